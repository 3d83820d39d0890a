/**
 * Answers "一番多かった年度" / "一番少なかった年度" over a subject's actual yearly figures.
 */
import type { Query } from "../understand-question.js";
import { entityName, factFigure, numberCitations, say, termLabel, type Deps, type Draft } from "../answer-kit.js";
import { formatFiscalYear } from "../fiscal-year.js";
import { askWhich, pickSubjects } from "./pick-subject.js";
import { candidatesFor, subjectsByScope } from "./select-facts.js";
import { seriesFacts, seriesTable } from "./series-facts.js";

/**
 * @example answerExtreme(understand("共同研究件数が一番多かった年度は？"), deps).summary // "…平成23年度（2011年度）の16,302件…"
 */
export function answerExtreme(query: Query, deps: Deps): Draft {
  const { lang } = query;
  const intent = query.intent!;
  const [subject] = [...pickSubjects(query, deps, intent.subjectTypes), ...subjectsByScope(query, deps)];
  if (!subject) return askWhich(query, candidatesFor(deps, intent));
  const name = entityName(subject, lang);
  const topic = { intent: intent.name, subject: subject.id };
  const { actual } = seriesFacts(deps, query, subject);
  const isBaseline = (id: string) => deps.kb.vocabulary.qualifiers.find((q) => q.id === id)?.group === "baseline";
  const comparable = actual.filter((f) => f.qualifier === actual[actual.length - 1]?.qualifier || isBaseline(f.qualifier));
  if (comparable.length < 2) return { status: "not_found", summary: say(lang, `${name}は年度ごとの比較ができる数値が資料にありません。`, `The documents do not give ${name} for enough years to compare.`), topic };
  const best = comparable.reduce((a, b) => ((intent.direction === "min" ? b.value < a.value : b.value > a.value) ? b : a));
  const ties = comparable.filter((f) => f.value === best.value);
  const { citations, numberOf } = numberCitations([best, ...comparable.filter((f) => f !== best)]);
  const when = ties.map((f) => formatFiscalYear(f.fiscalYear!, lang)).join(say(lang, "・", ", "));
  const most = intent.direction === "min" ? say(lang, "最も少なかった", "lowest") : say(lang, "最も多かった", "highest");
  const kind = termLabel(deps.kb, "qualifiers", best.qualifier, lang);
  const summary = say(lang, `${name}が${most}のは ${when} の ${factFigure(best, lang)}（${kind}）です。 [${numberOf(best)}]`, `${name} was ${most} in ${when}: ${factFigure(best, lang)} (${kind}) [${numberOf(best)}]`);
  return { status: "answered", summary, table: seriesTable(deps, comparable, lang, name), lines: [say(lang, `比較した年度: ${comparable.length}年度分`, `Compared ${comparable.length} fiscal years.`)], facts: [best, ...comparable.filter((f) => f !== best)], citations, topic };
}
