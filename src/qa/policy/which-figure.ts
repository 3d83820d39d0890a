/**
 * Figures asked of a subject in general (都市エリアの数字ください): the subject has figures of several kinds, and
 * which one is the user's to say. The options are whole questions, one per kind of figure it has.
 */
import type { Entity } from "../../knowledge/load-knowledge.js";
import type { Query } from "../understand-question.js";
import { hasCue, say, shortEntityName, type Deps, type Draft } from "../answer-kit.js";

/**
 * The questions a subject's figures answer, one per intent whose measures they are, then its indicators'.
 * @example figureQuestions(deps, toshiArea, "ja") // ["都市エリア産学官連携促進事業の予算は？", …]
 */
export function figureQuestions(deps: Deps, subject: Entity, lang: "ja" | "en"): string[] {
  const category = (measure: string) => deps.kb.vocabulary.measures.find((m) => m.id === measure)?.category;
  const own = new Set(deps.kb.facts.filter((f) => f.subject === subject.id).map((f) => category(f.measure)));
  const name = shortEntityName(subject, lang);
  // An option that adds nothing to the name ({name}は？) asks nothing more than the question did.
  const asksMore = (template: string) => /[\p{Script=Han}\p{Script=Katakana}]{2}|[a-z]{4}/u.test(template.replace("{name}", ""));
  const byIntent = deps.intents
    .filter((i) => i.shape === "facts" && i.option && i.subjectTypes.includes(subject.type) && i.measures.some((m) => own.has(m)))
    .filter((i) => asksMore(i.option![lang]))
    .map((i) => i.option![lang].replace("{name}", name));
  // Its indicators, each named with the subject so that the option is a whole question.
  const children = [...deps.kb.entities.values()]
    .filter((e) => e.parent === subject.id && e.type !== "program" && deps.kb.facts.some((f) => f.subject === e.id))
    .map((e) => shortEntityName(e, lang))
    .map((child) => say(lang, `${child.includes(name) ? child : `${name}の${child}`}は？`, `What is ${child}?`));
  return [...new Set([...byIntent, ...children])].slice(0, 6);
}

/** The subject a general figure question names, when it asks nothing more and has two or more kinds of figure. */
export function generalFigureSubject(query: Query, deps: Deps): Entity | undefined {
  // A year or a figure's own name (共同研究件数のH22の数字) already says which figure.
  if (!hasCue(deps, query, "anyFigure") || query.triggers.length > 0 || query.leftover.trim() || query.years.years.length > 0)
    return undefined;
  const named = [...new Set(query.mentions.filter((m) => m.score >= 0.6).map((m) => m.entity))];
  const [subject] = named;
  return named.length === 1 && subject!.type === "program" && figureQuestions(deps, subject!, query.lang).length >= 2 ? subject : undefined;
}

/**
 * @example askWhichFigure(understand("都市エリアの数字ください"), deps, toshiArea).status // "clarify"
 */
export function askWhichFigure(query: Query, deps: Deps, subject: Entity): Draft {
  const { lang } = query;
  return {
    status: "clarify",
    summary: say(lang, `${shortEntityName(subject, lang)}のどの数値ですか？`, `Which figure of ${shortEntityName(subject, lang)}?`),
    options: figureQuestions(deps, subject, lang).map((q) => ({ label: q.slice(0, 70), question: q })),
    topic: { subject: subject.id },
  };
}
