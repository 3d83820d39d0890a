/**
 * The words a question is read against that do not change between questions: built once at start-up
 * from intents/ and knowledge/, never on the per-question path.
 */
import type { KnowledgeBase } from "../knowledge/load-knowledge.js";
import type { Intent, Lexicon } from "./intent-schema.js";
import { katakanaWords } from "./fold-kana.js";

export type QuestionWords = {
  /** Every intent's trigger words, normalized: a partial name that is one of them is a verb, not a name. */
  triggers: Set<string>;
  /** Triggers, kind cues and stop words as compiled patterns: what a question's leftover is stripped of. */
  explained: RegExp[];
  /** Every fact's scope, joined: an organization named in one (復興庁一括計上分) is not a restriction. */
  scopes: string;
  /** The katakana words of every entity name: a name typed in hiragana (くらすたー) is read as one of them. */
  katakanaNames: string;
  /** Category nouns (事業, プログラム): never a piece of a name. */
  categories: Set<string>;
};

/**
 * @example buildQuestionWords(kb, intents, lexicon).triggers.has("予算") // true
 */
export function buildQuestionWords(kb: KnowledgeBase, intents: Intent[], lexicon: Lexicon): QuestionWords {
  const normal = (w: string) => w.normalize("NFKC").toLowerCase();
  const triggers = new Set(intents.flatMap((i) => i.triggers).map(normal));
  const categories = new Set(Object.values(lexicon.categories).flat().map(normal));
  const words = new Set([...triggers, ...Object.values(lexicon.qualifierCues).flat().map(normal), ...lexicon.stopwords.map(normal), ...lexicon.fillers.map(normal), ...categories]);
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const explained = [...words].map((w) => (/^[\x20-\x7e]+$/.test(w) ? new RegExp(`(?<![a-z])${escape(w)}(?![a-z])`, "g") : new RegExp(escape(w), "g")));
  const names = [...kb.entities.values()].flatMap((e) => [e.name, ...e.aliases]);
  return { triggers, explained, scopes: kb.facts.map((f) => f.scope ?? "").join("\n"), katakanaNames: katakanaWords(names), categories };
}
