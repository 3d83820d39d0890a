/**
 * "目標を上回った？": a year's actual figure against its target (that year's, or the overall target), both
 * cited, with the gap and the share of the target reached computed and shown as such.
 */
import type { Fact } from "../../knowledge/load-knowledge.js";
import type { Query } from "../understand-question.js";
import { entityName, factFigure, factYear, numberCitations, say, type Deps, type Draft } from "../answer-kit.js";
import { askWhich, pickSubjects } from "./pick-subject.js";
import { candidatesFor, narrowByScope, scopeText, selectFacts } from "./select-facts.js";

/**
 * @example answerVersusTarget(understand("2011年度の共同研究件数は目標を上回った？"), deps).summary // "…16,302件…目標値…"
 */
export function answerVersusTarget(query: Query, deps: Deps): Draft {
  const { lang } = query;
  const intent = query.intent!;
  const [subject] = pickSubjects(query, deps, intent.subjectTypes);
  if (!subject) return askWhich(query, candidatesFor(deps, intent, query.match, query));
  const name = entityName(subject, lang);
  const topic = { intent: intent.name, subject: subject.id };
  const group = (f: Fact) => deps.kb.vocabulary.qualifiers.find((q) => q.id === f.qualifier)?.group;
  const facts = narrowByScope(scopeText(query, deps), selectFacts(deps, intent, [subject.id]), query.triggers);
  const asked = query.years.years.map((y) => y.fiscalYear);
  const targets = facts.filter((f) => group(f) === "target");
  // 25年度目標に対して直近の実績は: a year that only a target has is the target's year, and the actual is the latest.
  const targetYears = asked.filter((y) => targets.some((t) => t.fiscalYear === y));
  const actualYears = asked.filter((y) => !targetYears.includes(y) || facts.some((f) => group(f) === "actual" && f.fiscalYear === y));
  const all = facts.filter((f) => f.fiscalYear !== null && group(f) === "actual").sort((a, b) => b.fiscalYear! - a.fiscalYear!);
  const inYears = all.filter((f) => actualYears.length === 0 || actualYears.includes(f.fiscalYear!));
  // 直近の実績 asked beside a year that has none: the latest actual is what is asked.
  const actuals = inYears.length === 0 && query.years.latest ? all : inYears;
  const actual = actuals[0];
  // The asked target's year; else that year's target; else one for every year (毎年度); else the next one after it,
  // or with no year asked at all (今と目標を比べると) the last one, the goal the targets lead to.
  const later = targets
    .filter((t) => t.fiscalYear !== null && t.fiscalYear >= (actual?.fiscalYear ?? 0))
    .sort((a, b) => a.fiscalYear! - b.fiscalYear!);
  const target =
    actual &&
    (targets.find((t) => t.fiscalYear !== null && targetYears.includes(t.fiscalYear) && !actualYears.includes(t.fiscalYear)) ??
      targets.find((t) => t.fiscalYear === actual.fiscalYear) ??
      targets.find((t) => t.fiscalYear === null) ??
      (asked.length === 0 ? later.at(-1) : later[0]));
  if (!actual || !target) {
    const missing = !actual ? say(lang, "実績", "actual figure") : say(lang, "目標値", "target");
    return {
      status: "not_found",
      summary: say(
        lang,
        `${name}の${asked.length ? "その年度の" : ""}${missing}は資料にないため、目標との比較はできません。`,
        `The documents give no ${missing} of ${name}${asked.length ? " for that year" : ""}, so it cannot be compared with the target.`,
      ),
      topic,
    };
  }
  const { citations, numberOf } = numberCitations([actual, target]);
  const reached = actual.value >= target.value;
  const share = target.value ? Math.round((actual.value / target.value) * 100) : undefined;
  const verdict = reached ? say(lang, "上回っています", "met or exceeded it") : say(lang, "下回っています", "fell short of it");
  const summary = say(
    lang,
    `${name}の${factYear(actual, lang)}の実績は ${factFigure(actual, lang)} [${numberOf(actual)}] で、目標値 ${factFigure(target, lang)}（${factYear(target, lang)}） [${numberOf(target)}] を${verdict}。`,
    `${name}: ${factFigure(actual, lang)} in ${factYear(actual, lang)} [${numberOf(actual)}] against a target of ${factFigure(target, lang)} (${factYear(target, lang)}) [${numberOf(target)}]: it ${verdict}.`,
  );
  const lines =
    share !== undefined
      ? [
          say(
            lang,
            `（目標に対する割合は約${share}%。資料の2つの数値から計算したものです）`,
            `(About ${share}% of the target, computed from the two cited figures.)`,
          ),
        ]
      : [];
  return {
    status: "answered",
    summary,
    lines,
    facts: [actual, target],
    citations,
    topic: { ...topic, fiscalYear: actual.fiscalYear ?? undefined },
  };
}
