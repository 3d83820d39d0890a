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
  return mapNormalized(text, variants).text;
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
  const fold = foldingOf(variants);
  for (const char of text) {
    let folded = fold.get(char);
    if (folded === undefined) {
      folded = [...char.normalize("NFKC")].map((c) => variants[c] ?? c).join("").replace(/\s+/gu, "");
      fold.set(char, folded);
    }
    for (const unit of folded) {
      out += unit;
      for (let k = 0; k < unit.length; k++) origin.push(index);
    }
    index += char.length;
  }
  return { text: out, origin };
}

/** Each character's folding, remembered per variant map: questions and quotes reuse a few thousand characters. */
const foldings = new WeakMap<VariantMap, Map<string, string>>();
function foldingOf(variants: VariantMap): Map<string, string> {
  let fold = foldings.get(variants);
  if (!fold) foldings.set(variants, (fold = new Map()));
  return fold;
}

/**
 * The digits of a figure, without separators: what must appear in a quote that grounds it.
 * @example figureDigits("△359,976千円") // "359976"
 */
export function figureDigits(display: string): string {
  const match = display.normalize("NFKC").replace(/[,，\s]/g, "").match(/\d+(?:\.\d+)?/);
  return match ? match[0] : "";
}
