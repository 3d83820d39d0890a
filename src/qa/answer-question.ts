/**
 * The path of a question through the core: normalize → intent + slots → facts / search → answer.
 * Never throws for anything a user can type: empty, huge, emoji-only and markup-only input get an answer.
 */
import type { Answer, AskOptions } from "./types.js";
import type { Deps, Draft, Shape } from "./answer-kit.js";
import { say } from "./answer-kit.js";
import { hasWords, MAX_QUESTION_LENGTH, normalizeQuestion } from "./normalize-question.js";
import { understandQuestion, detectLanguage, type Query } from "./understand-question.js";
import { renderText } from "./render-text.js";
import { answerFacts } from "./answer-shapes/facts.js";
import { answerSeries } from "./answer-shapes/series.js";
import { answerExtreme } from "./answer-shapes/extreme.js";
import { answerDifference } from "./answer-shapes/difference.js";
import { answerAttribute } from "./answer-shapes/attribute.js";
import { answerRegions, answerRegionField } from "./answer-shapes/regions.js";
import { answerLawYear, answerLawsInYear } from "./answer-shapes/laws.js";
import { answerDescribe } from "./answer-shapes/describe.js";
import { asksBeyondEvidence, notForOrganization, notMentioned, otherSubjectsFigures, passageInstead, regionsNamed, withoutScopeWords } from "./guard-answer.js";
import { answerHelp, answerOutOfScope, exampleOptions } from "./answer-shapes/help.js";
import type { ANSWER_SHAPES } from "./intent-schema.js";
import { extractedCaution } from "./extracted-caution.js";
import { citePage } from "./cite-pages.js";

/** Shapes that answer with figures: a restriction they cannot honour (an organization) makes them not_found. */
const FIGURE_SHAPES: string[] = ["facts", "series", "extreme", "difference"];

const SHAPES: Record<(typeof ANSWER_SHAPES)[number], Shape> = {
  facts: answerFacts, series: answerSeries, extreme: answerExtreme, difference: answerDifference, attribute: answerAttribute,
  regions: answerRegions, "region-field": answerRegionField, "law-year": answerLawYear, "laws-in-year": answerLawsInYear,
  describe: answerDescribe, help: answerHelp, "out-of-scope": answerOutOfScope,
};

/**
 * Answers one question.
 * @example answerQuestion(deps, "2011年の共同研究件数").status // "answered"
 */
export function answerQuestion(deps: Deps, question: string, options: AskOptions = {}): Answer {
  return withProvenance(deps, answerOnce(deps, question, options));
}

/** Pages and links on the citations, and the caution line when a stated figure was extracted, not reviewed. */
function withProvenance(deps: Deps, answer: Answer): Answer {
  const citations = answer.citations.map((c) => citePage(deps.kb, c));
  const caution = extractedCaution(deps.kb, answer.facts, answer.lang);
  if (!caution && citations.every((c, i) => c === answer.citations[i])) return answer;
  const lines = caution ? [...answer.lines, caution] : answer.lines;
  return { ...answer, citations, ...(caution ? { caution } : {}), text: renderText({ ...answer, lines, citations }) };
}

function answerOnce(deps: Deps, question: string, options: AskOptions): Answer {
  const text = normalizeQuestion(question ?? "", deps.kb.vocabulary.variants);
  const lang = detectLanguage(text);
  if (!hasWords(text)) return finish(question, lang, "none", { status: "clarify", summary: say(lang, "質問を入力してください。例えば次のように聞けます:", "Please type a question, for example:"), options: exampleOptions(deps) });
  if (text.length > MAX_QUESTION_LENGTH) return finish(question, lang, "none", { status: "not_found", summary: say(lang, `質問が長すぎます（${MAX_QUESTION_LENGTH.toLocaleString()}文字まで）。知りたいことを短く聞いてください。`, `That is too long to be a question (${MAX_QUESTION_LENGTH.toLocaleString()} characters at most). Please ask briefly.`) });
  const query = understandQuestion(deps, question, options.previous);
  // An intent chosen only because the question names an entity of its type, with more words it does not
  // explain ("神戸クラスターの参加機関"), is a question for the passages, not for that intent.
  const onlyFallback = query.intent && query.triggers.length === 0 && !query.followUp && /[\p{Script=Han}\p{Script=Katakana}]{2}/u.test(withoutScopeWords(query, deps));
  const shape = query.intent && !onlyFallback ? query.intent.shape : "describe";
  const figures = FIGURE_SHAPES.includes(shape);
  // Words the documents never use stop a figure question, or one that names nothing known; a question about
  // a known subject in words of its own (知的財産本部は誰がトップを担う想定？) still goes to the passages.
  const unknownMatters = query.unknownWords.length > 0 && shape !== "help" && (figures || !query.mentions.some((m) => m.how === "alias"));
  const draft = unknownMatters ? notMentioned(query, deps)
    : (figures || FIGURE_SHAPES.includes(query.intent?.shape ?? "")) && query.organizations.length > 0 ? notForOrganization(query)
    : SHAPES[shape](query, deps);
  const checked = draft.status === "answered" && figures && otherSubjectsFigures(query, draft) ? notForOrganization({ ...query, organizations: regionsNamed(query) })
    : draft.status === "answered" && asksBeyondEvidence(query, draft) ? passageInstead(query, deps, draft) : draft;
  const answeredAs = checked !== draft || (query.intent && shape !== query.intent.shape) ? "describe" : (query.intent?.name ?? "search");
  return finish(question, query.lang, answeredAs, checked, query);
}

function finish(question: string, lang: "ja" | "en", intent: string, draft: Draft, query?: Query): Answer {
  const lines = [...(draft.lines ?? [])];
  const typo = query?.mentions.find((m) => m.how !== "alias" && m.score >= 0.6);
  if (typo && draft.status !== "not_found" && intent !== "regions" && draft.topic?.subject === typo.entity.id) {
    const others = (typo.alternatives ?? []).map((e) => e.name).join("、");
    lines.unshift(say(lang, `※「${typo.text}」を「${typo.entity.name}」と解釈しました。${others ? `ほかに「${typo.text}」を含むもの: ${others}` : ""}`, `Note: read "${typo.text}" as ${typo.entity.nameEn ?? typo.entity.name}.${others ? ` Also containing it: ${others}` : ""}`));
  }
  const citations = draft.citations ?? [];
  const options = draft.options ?? [];
  const text = renderText({ summary: draft.summary, lines, table: draft.table, options, citations, lang });
  return {
    question, status: draft.status, lang, intent, summary: draft.summary, lines, table: draft.table, citations,
    facts: (draft.facts ?? []).map((f) => f.id), options, text, topic: draft.topic ?? {},
  };
}
