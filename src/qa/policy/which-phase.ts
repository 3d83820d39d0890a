/**
 * A program given in phases, asked its money with no year, phase or kind (知的クラスターの予算は？): its budgets are
 * the phases', year by year, and the program's own from before the phases; which one is the user's to say.
 */
import type { Entity } from "../../knowledge/load-knowledge.js";
import { asksMoney, hasCue, say, shortEntityName, type Deps, type Draft } from "../answer-kit.js";
import { optionLabel } from "../option-label.js";
import type { Query } from "../understand-question.js";
import { allows } from "../answer-shapes/select-facts.js";

/**
 * The program asked, when its money is asked in general and two or more of its phases have figures of it.
 * @example phasedProgram(understand("知的クラスターの予算は？"), deps)?.id // "chiteki-cluster"
 */
export function phasedProgram(query: Query, deps: Deps): Entity | undefined {
  const intent = query.intent;
  if (!intent || intent.shape !== "facts" || !asksMoney(intent) || query.mentions.length !== 1) return undefined;
  if (query.years.years.length > 0 || query.years.latest || query.qualifiers.length > 0 || query.leftover) return undefined;
  // (Only general money words: 予算, いくら, how much; a kind or an operation said narrows it already.)
  if (hasCue(deps, query, "previousYear") || hasCue(deps, query, "firstYear")) return undefined;
  const [mention] = query.mentions;
  const program = mention!.entity;
  if (program.type !== "program" || mention!.how !== "alias") return undefined;
  const phases = [...deps.kb.entities.values()].filter(
    (e) => e.parent === program.id && e.type === program.type && deps.kb.facts.some((f) => f.subject === e.id && allows(deps, intent, f)),
  );
  return phases.length >= 2 ? program : undefined;
}

/**
 * Asks which: each phase's money, and the program's money over the years.
 * @example askWhichPhase(understand("知的クラスターの予算は？"), deps, program).options?.length // 3
 */
export function askWhichPhase(query: Query, deps: Deps, program: Entity): Draft {
  const { lang } = query;
  const template = query.intent!.option;
  // (Its phases are programs too: its indicators are figures of it, not parts of its budget.)
  const phases = [...deps.kb.entities.values()].filter((e) => e.parent === program.id && e.type === program.type);
  const name = shortEntityName(program, lang);
  const questions = [
    ...phases.map((p) => (template ? say(lang, template.ja, template.en).replaceAll("{name}", shortEntityName(p, lang)) : "")),
    say(lang, `${name}の予算の推移は？`, `How has the budget of ${name} changed over the years?`),
  ].filter(Boolean);
  return {
    status: "clarify",
    summary: say(
      lang,
      `${name}の予算は期ごと・年度ごとに分かれています。どれですか？`,
      `The budget of ${name} is given by phase and by year. Which one?`,
    ),
    options: questions.map((q) => ({ label: optionLabel(q), question: q })),
    topic: { subject: program.id, intent: query.intent!.name },
  };
}
