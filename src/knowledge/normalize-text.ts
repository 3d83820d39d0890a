/**
 * Text normalization shared by the loader (grounding quotes) and the question pipeline (matching).
 * NFKC folds full-width digits and letters (２，３６１ → 2,361); the variant map folds OCR and old forms (产 → 産).
 */

export type VariantMap = Readonly<Record<string, string>>;

/**
 * Normalizes one string for matching: NFKC, variants, no white space.
 * @example normalizeForMatch("都市エリア产学研官\n連携", { 产: "産" }) // "都市エリア産学研官連携"
 */
export function normalizeForMatch(text: string, variants: VariantMap): string {
  // The pipeline normalizes the same section titles and names on every question: remember the results.
  const memo = memoOf(results, variants);
  let normalized = memo.get(text);
  if (normalized === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear(); // questions are unbounded; titles and names come back at once
    const fold = memoOf(foldings, variants);
    normalized = "";
    for (const char of text) normalized += fold.get(char) ?? foldChar(char, variants, fold);
    memo.set(text, normalized);
  }
  return normalized;
}

/**
 * Normalizes like normalizeForMatch and also returns, for each output character, the index of the
 * input character it came from, so that a match in normalized text can be traced back to the source lines.
 * @example mapNormalized("Ａ Ｂ", {}).origin // [0, 2]
 */
export function mapNormalized(text: string, variants: VariantMap): { text: string; origin: number[] } {
  let out = "";
  const origin: number[] = [];
  let index = 0;
  const fold = memoOf(foldings, variants);
  for (const char of text) {
    const folded = fold.get(char) ?? foldChar(char, variants, fold);
    for (const unit of folded) {
      out += unit;
      for (let k = 0; k < unit.length; k++) origin.push(index);
    }
    index += char.length;
  }
  return { text: out, origin };
}

/** One character folded: NFKC, then variants, white space dropped; remembered, as texts reuse a few thousand characters. */
function foldChar(char: string, variants: VariantMap, fold: Map<string, string>): string {
  const folded = [...char.normalize("NFKC")]
    .map((c) => variants[c] ?? c)
    .join("")
    .replace(/\s+/gu, "");
  fold.set(char, folded);
  return folded;
}

const MEMO_LIMIT = 20_000;
const foldings = new WeakMap<VariantMap, Map<string, string>>();
const results = new WeakMap<VariantMap, Map<string, string>>();
/** Callers often pass a fresh {} for "no variants": every empty map shares one memo. */
const NO_VARIANTS: VariantMap = {};
function memoOf(memos: WeakMap<VariantMap, Map<string, string>>, variants: VariantMap): Map<string, string> {
  const key = Object.keys(variants).length === 0 ? NO_VARIANTS : variants;
  let memo = memos.get(key);
  if (!memo) memos.set(key, (memo = new Map()));
  return memo;
}

/**
 * The digits of a figure, without separators: what must appear in a quote that grounds it.
 * @example figureDigits("△359,976千円") // "359976"
 */
export function figureDigits(display: string): string {
  const match = display
    .normalize("NFKC")
    .replace(/[,，\s]/g, "")
    .match(/\d+(?:\.\d+)?/);
  return match ? match[0] : "";
}
