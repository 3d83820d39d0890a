/**
 * Answers "一番多かった年度" / "一番少なかった年度" per subject: an extreme needs figures of one kind
 * for two or more distinct years of one subject; a program's phases are compared each within itself.
 */
import type { Query } from "../understand-question.js";
import { entityName, factFigure, hasCue, numberCitations, say, termLabel, withDescendants, type Deps, type Draft } from "../answer-kit.js";
import { formatFiscalYear } from "../fiscal-year.js";
import { askWhich, pickSubjects } from "./pick-subject.js";
import { candidatesFor, subjectsByScope } from "./select-facts.js";
import { rowFacts, seriesLines, seriesTable, shortName } from "./series-facts.js";
import { distinctYears, type SeriesLine } from "./series-lines.js";
import { answerRanking } from "./ranking.js";
import { chartOf } from "./chart-of.js";
import { subjectsInScope } from "../query/ranking-scope.js";

/**
 * @example answerExtreme(understand("共同研究件数が一番多かった年度は？"), deps).summary // "…平成23年度（2011年度）の16,302件…"
 */
export function answerExtreme(query: Query, deps: Deps): Draft {
  const { lang } = query;
  const intent = query.intent!;
  const named = pickSubjects(query, deps, intent.subjectTypes);
  // Several subjects named (知的クラスター・都市エリア・…のうち一番大きいのは): they are ranked against each other.
  const among =
    named.length >= 2 ? answerRanking(query, deps, new Set(named.flatMap((e) => [...withDescendants(deps.kb, e.id)]))) : undefined;
  if (among) return among;
  // どれ / どの事業: subjects are ranked, within the part of a document or the whole the question names.
  if (hasCue(deps, query, "whichSubject") || query.askedTypes.length > 0) {
    const within = subjectsInScope(query, deps, named);
    const ranked = within ? answerRanking(query, deps, within) : undefined;
    if (ranked) return ranked;
    // (A scope only guessed, 地域科学技術関係で…H20予算案がいちばん大きい事業: when nothing of it has the asked
    // figures, the subjects of that kind that have them are ranked.)
    const guessed = named.every((e) => query.mentions.some((m) => m.entity === e && m.how !== "alias"));
    const all = named.length > 0 && guessed ? answerRanking(query, deps) : undefined;
    if (all) return all;
  }
  const [subject] = [...named, ...subjectsByScope(query, deps)];
  // No subject named, or only a kind of subject (事業): the subjects of that kind ranked, when the documents allow.
  if (!subject) return answerRanking(query, deps) ?? askWhich(query, candidatesFor(deps, intent, query.match, query));
  const name = entityName(subject, lang);
  const topic = { intent: intent.name, subject: subject.id };
  const comparable = seriesLines(deps, query, subject)
    .lines.map((l) => comparableRows(deps, l))
    .filter((l) => distinctYears(l).length >= 2);
  if (comparable.length === 0)
    return {
      status: "not_found",
      summary: say(
        lang,
        `${name}は、年度ごとに比べられる数値（同じ種類の数値が2年度以上）が資料にありません。`,
        `The documents do not give ${name} for two or more years to compare.`,
      ),
      topic,
    };
  const facts = rowFacts(comparable);
  const { citations, numberOf } = numberCitations(facts);
  const most = intent.direction === "min" ? say(lang, "最も少なかった", "lowest") : say(lang, "最も多かった", "highest");
  const statements = comparable.map((line) => {
    const best = line.rows.reduce((a, b) =>
      (intent.direction === "min" ? b.fact.value < a.fact.value : b.fact.value > a.fact.value) ? b : a,
    ).fact;
    const ties = line.rows.filter((r) => r.fact.value === best.value).map((r) => formatFiscalYear(r.fact.fiscalYear!, lang));
    const who = comparable.length > 1 ? shortName(deps.kb, line.subject, lang) : name;
    const kind = termLabel(deps.kb, "qualifiers", best.qualifier, lang);
    return say(
      lang,
      `${who}が${most}のは ${ties.join("・")} の ${factFigure(best, lang)}（${kind}）です。 [${numberOf(best)}]`,
      `${who} was ${most} in ${ties.join(", ")}: ${factFigure(best, lang)} (${kind}) [${numberOf(best)}]`,
    );
  });
  const compared = comparable.map((l) => distinctYears(l).length).reduce((a, b) => a + b, 0);
  // Phases compared each within itself: the first line says so and answers for each.
  const summary =
    comparable.length > 1
      ? `${say(lang, `${name}は期ごとに比べます: `, `${name}, phase by phase: `)}${statements.join(" ")}`
      : statements[0]!;
  return {
    status: "answered",
    summary,
    table: seriesTable(deps, comparable, lang, name),
    chart: chartOf(deps, comparable, lang, `${name} ${termLabel(deps.kb, "measures", facts[0]!.measure, lang)}`, "bar"),
    lines: [
      say(lang, `比較した年度: ${compared}年度分（同じ事業・同じ種類の数値どうし）`, `Compared ${compared} fiscal years (like with like).`),
    ],
    facts,
    citations,
    topic,
  };
}

/** The rows of a line that compare with its newest: the same kind, or a kind the lexicon says compares with it. */
function comparableRows(deps: Deps, line: SeriesLine): SeriesLine {
  const newest = line.rows[line.rows.length - 1]!.fact.qualifier;
  const family = deps.lexicon.comparableKinds.find((kinds) => kinds.includes(newest)) ?? [newest];
  return { ...line, rows: line.rows.filter((r) => family.includes(r.fact.qualifier)) };
}
