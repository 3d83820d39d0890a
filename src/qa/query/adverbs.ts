/**
 * A filler that only colours a question, standing between its topic and what it asks (…って結局なに, …は一体いくら,
 * …ってそもそも何): dropped, so that the asking words stand together as the lexicon writes them (ってなに, はいくら).
 */
import { escapeRegExp } from "../match/mention.js";

const patterns = new WeakMap<string[], RegExp>();

/**
 * @example dropFillersBeforeAsk("スーパー産学官連携本部って結局なに？", ["結局"]) // "スーパー産学官連携本部ってなに？"
 */
export function dropFillersBeforeAsk(text: string, fillers: string[]): string {
  let pattern = patterns.get(fillers);
  if (!pattern) {
    // (Words of Japanese script only: an English filler, please, never stands between って and なに.)
    const words = fillers.filter((f) => /^[\p{Script=Han}\p{Script=Hiragana}]+$/u.test(f)).map(escapeRegExp);
    pattern = new RegExp(`(って|とは|は)(?:${words.join("|")})[、,\\s]*(?=[なに何どいく])`, "gu");
    patterns.set(fillers, pattern);
  }
  return text.replace(pattern, "$1");
}
