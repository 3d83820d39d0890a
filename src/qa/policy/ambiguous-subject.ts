/**
 * A guessed name that fits two or more subjects equally (支援機関数 → 産学官連携本部等支援機関数 and
 * 産学官連携コーディネーター支援機関数): ask which, with each option a whole question.
 */
import { optionLabel } from "../option-label.js";
import type { Entity } from "../../knowledge/load-knowledge.js";
import { entityName, say, type Deps, type Draft } from "../answer-kit.js";
import type { Query } from "../understand-question.js";
import { ofPreviousPart } from "../answer-shapes/pick-subject.js";

/**
 * The entities a question's only guessed name leaves open, or none when it names one clearly.
 * @example openSubjects(understand("支援機関数は？")).length // 2
 */
export function openSubjects(query: Query): Entity[] {
  // Other words of the question (a program's name in quotes, a scope) may tell them apart: then no question back.
  if (query.mentions.some((m) => m.how === "alias") || /[\p{Script=Han}\p{Script=Katakana}]{2}/u.test(query.leftover)) return [];
  const guessed = query.mentions.filter((m) => m.score >= 0.6 && (m.close?.length ?? 0) > 0);
  if (guessed.length !== 1) return [];
  const m = guessed[0]!;
  // A later part about the part before's subject (…のH15予算と、初年度の特許出願件数): its own indicator is meant.
  return ofPreviousPart(query, m) ? [] : [m.entity, ...m.close!];
}

/**
 * @example askWhichSubject(query, deps, entities).status // "clarify"
 */
export function askWhichSubject(query: Query, _deps: Deps, entities: Entity[]): Draft {
  const { lang } = query;
  const typed = query.mentions.find((m) => m.close?.length)!.text;
  const options = entities.slice(0, 6).map((e) => ({
    label: optionLabel(entityName(e, lang)),
    question: query.text.replace(new RegExp(typed.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i"), e.name),
  }));
  return {
    status: "clarify",
    summary: say(
      lang,
      `「${typed}」に当たるものが複数あります。どれについてですか？`,
      `"${typed}" fits several things. Which do you mean?`,
    ),
    options,
  };
}
