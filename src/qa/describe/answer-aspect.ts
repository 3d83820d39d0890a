/**
 * Descriptive answers by aspect: the definition of a term for "what is", the passage that states the asked
 * aspect (必要性, 課題, 評価…) of the subject, or a clear not_found that lists what can be asked instead.
 */
import type { Entity } from "../../knowledge/load-knowledge.js";
import { normalizeForMatch } from "../../knowledge/normalize-text.js";
import { contentBigrams } from "../../search/section-index.js";
import { entityName, say, type Deps, type Draft } from "../answer-kit.js";
import type { Query } from "../understand-question.js";
import { findAspectPassage, type AspectAsk, type Passage } from "./by-aspect.js";
import { findDefinition } from "./definition.js";
import { citeUnits, shownLines } from "./render-passage.js";
import { sectionUnits } from "./section-units.js";

/**
 * "What is X": the sentence that defines X as the question writes it, when the documents have one.
 * @example answerDefinition(understand("「知的クラスター」ってそもそも何？"), deps)?.lines?.[0] // "「知的クラスター」とは、…"
 */
export function answerDefinition(query: Query, deps: Deps, subject: Entity | undefined): Draft | undefined {
  const exact = query.mentions.filter((m) => m.entity === subject && m.how === "alias").map((m) => normal(deps, m.text));
  // The term asked about is the words before とは or って (「共創の場」ってどういうもの？, 知的クラスター本部とは);
  // without them, the subject when the question asks nothing more (スーパー産学官連携本部はどういうものですか).
  const before = /^[「『]?(.{2,30}?)[」』]?\s*(?:とは|って)/u.exec(query.text)?.[1];
  const term = before ? normal(deps, before) : undefined;
  if (!term && (query.leftover || exact.length === 0)) return undefined;
  const names = term ? [term, ...(exact.includes(term) ? [normal(deps, subject!.name)] : [])] : [...exact, normal(deps, subject!.name)];
  const found = findDefinition(sectionUnits(deps.kb), [...new Set(names)]);
  return found && passageDraft(query, found, subject);
}

/**
 * The passage stating the asked aspect of the subject (or of the question's own words), or not_found.
 * @example answerAspect(understand("総合的産学官連携推進事業はなぜ必要なのですか"), deps, subject, "necessity").status // "answered"
 */
export function answerAspect(query: Query, deps: Deps, subject: Entity | undefined, aspectId: string): Draft {
  const ask = askFor(query, deps, subject, aspectId);
  const found = findAspectPassage(sectionUnits(deps.kb), ask);
  return found ? passageDraft(query, found, subject, aspectId, deps) : aspectNotFound(query, deps, subject, aspectId);
}

function askFor(query: Query, deps: Deps, subject: Entity | undefined, aspectId: string): AspectAsk {
  const exactly = query.mentions.some((m) => m.entity === subject && m.how === "alias");
  const names = subject ? [subject.name, ...subject.aliases].map((n) => normal(deps, n)).filter((n) => n.length >= 2) : [];
  // A guessed subject (クラスター → 知的クラスター創成事業) is a word of the question, not a filter.
  const guessed = subject && !exactly ? query.mentions.filter((m) => m.entity === subject).map((m) => m.text) : [];
  // A cue inside a longer compound (中間評価) is part of what is asked, not the aspect: it stays a word.
  const cues = Object.values(deps.lexicon.aspects).flatMap((a) => a.cues).map((c) => normal(deps, c));
  const compounds = (query.match.match(/[\p{Script=Han}\p{Script=Katakana}ー]{3,}/gu) ?? []).filter((run) => cues.some((c) => run.includes(c) && run !== c));
  const words = contentBigrams(normal(deps, [query.leftover, ...guessed, ...compounds].join(" "))).filter((b) => /[^\x00-\x7f]/.test(b));
  return { aspect: deps.lexicon.aspects[aspectId]!, names: exactly ? names : [], strict: Boolean(exactly), words };
}

function passageDraft(query: Query, found: Passage, subject: Entity | undefined, aspectId?: string, deps?: Deps): Draft {
  const { lang } = query;
  const label = aspectId && deps ? deps.lexicon.aspects[aspectId]!.label[lang] : undefined;
  const name = subject ? entityName(subject, lang) : undefined;
  const about = name
    ? say(lang, `${subject!.name}${label ? `の${label}` : ""}について、資料には次のようにあります。 [1]`, `What the documents say about ${label ? `the ${label} of ` : ""}${name} [1]:`)
    : say(lang, `${label ? `${label}について、` : ""}資料の該当箇所です。 [1]`, "The passage of the documents on that [1]:");
  const lines = shownLines(found.units, found.where.section.title);
  const list = found.units.length > 1 && found.units.every((u) => u.list);
  return {
    status: "answered", summary: about,
    lines: list ? lines : lines.map((l) => `「${l}」`),
    citations: [citeUnits(found.where, found.units)],
    topic: { intent: "describe", subject: subject?.id },
  };
}

/** Not in the documents for this aspect: say which aspects of the subject the documents do state. */
function aspectNotFound(query: Query, deps: Deps, subject: Entity | undefined, aspectId: string): Draft {
  const { lang } = query;
  const label = deps.lexicon.aspects[aspectId]!.label[lang];
  const name = subject ? entityName(subject, lang) : say(lang, "お尋ねの事柄", "that");
  const sections = sectionUnits(deps.kb);
  const others = Object.entries(deps.lexicon.aspects)
    .filter(([id, a]) => id !== aspectId && !a.weak && subject && findAspectPassage(sections, askFor(query, deps, subject, id)))
    .map(([, a]) => a.label[lang]);
  const asks = subject ? [say(lang, `${subject.name}とは？`, `What is ${name}?`), ...others.map((l) => say(lang, `${subject.name}の${l}は？`, `What is the ${l} of ${name}?`))] : [];
  return {
    status: "not_found",
    summary: say(lang, `資料には、${name}の${label}についての記述はありません。`, `The documents say nothing about the ${label} of ${name}.`),
    lines: asks.length ? [say(lang, "資料から答えられるのは、例えば次のことです:", "The documents do answer, for example:")] : [],
    options: asks.slice(0, 4).map((q) => ({ label: q, question: q })),
    topic: { intent: "describe", subject: subject?.id },
  };
}

function normal(deps: Deps, text: string): string {
  return normalizeForMatch(text, deps.kb.vocabulary.variants).toLowerCase();
}
