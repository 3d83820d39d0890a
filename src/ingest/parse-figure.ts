/**
 * Figures as documents write them: 7,248 件, △359,976（千円の表で）, 31億円, 12.5%. The value is in base units
 * (円 for money, the counter otherwise), so ingested facts compare with curated ones.
 */

const SCALE: Record<string, [number, string]> = {
  千円: [1e3, "円"],
  百万円: [1e6, "円"],
  億円: [1e8, "円"],
  万円: [1e4, "円"],
  円: [1, "円"],
  "%": [1, "%"],
};
export const UNIT_WORDS =
  "千円|百万円|億円|万円|円|件|機関|%|人|名|社|地域|校|拠点|課題|大学|エリア|クラスター|プロジェクト|倍|団体|自治体|都道府県|市町村|か所|箇所|カ所|ヶ所|回|チーム";
const FIGURE = new RegExp(`(約)?\\s*([△▲-])?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*(${UNIT_WORDS})?\\s*(以上|以下|程度|未満)?`, "u");

export type Figure = { value: number; display: string; unit?: string; approx: boolean };

/**
 * Reads a figure; `unit` is the table's unit for a bare number (千円 in a budget table).
 * @example parseFigure("△359,976", "千円") // { value: -359976000, display: "△359,976千円", unit: "円", approx: false }
 */
export function parseFigure(text: string, tableUnit?: string): Figure | undefined {
  const folded = text.normalize("NFKC").trim();
  const match = folded.match(FIGURE);
  if (!match || match.index === undefined) return undefined;
  const [, about, minus, digits, decimals = "", ownUnit, bound = ""] = match;
  const written = ownUnit ?? tableUnit;
  if (!written) return { value: 0, display: folded, approx: false };
  const [scale, unit] = SCALE[written] ?? [1, written];
  const number = Number(`${digits!.replace(/,/g, "")}${decimals}`) * (minus ? -1 : 1);
  // A bound (30%以上) or an approximation (約160件, 7件程度) is part of what the document states.
  const display = `${about ?? ""}${minus ? "△" : ""}${digits}${decimals}${written}${bound}`;
  return { value: Math.round(number * scale * 1e6) / 1e6, display, unit, approx: Boolean(about) || bound === "程度" };
}

/**
 * Whether a table cell is a figure (a number, with or without its unit) rather than words.
 * @example isFigureCell("14,974件") // true
 */
export function isFigureCell(text: string): boolean {
  // ⑫ folds to 12 and 0187 is a sheet number: neither is a figure.
  if (/[\u2460-\u24ff]/u.test(text) || /^[0０][0-9０-９]/u.test(text.trim())) return false;
  return new RegExp(`^(約)?[△▲-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?(${UNIT_WORDS})?(以上|以下|程度|未満)?$`, "u").test(
    text.normalize("NFKC").replace(/\s+/gu, ""),
  );
}

/**
 * Whether a cell stands in a table for a figure that is not there (－, ―, 調査中, 該当なし…): it holds a column.
 * @example isPlaceholderCell("調査中") // true
 */
export function isPlaceholderCell(text: string): boolean {
  return /^([－―ー\-‐–—]|調査中|集計中|該当なし|未定|[…‥]|\*|＊)$/u.test(text.normalize("NFKC").replace(/\s+/gu, ""));
}

/**
 * Every figure with a unit in a text, with its position: for sentences.
 * @example figuresIn("予算額は31億円である。")[0].figure.display // "31億円"
 */
export function figuresIn(text: string): Array<{ index: number; written: string; figure: Figure }> {
  const found: Array<{ index: number; written: string; figure: Figure }> = [];
  // "4 548百万円": the extraction lost the separator of an amount; the space before three digits stands for it.
  const pattern = new RegExp(
    `(?<![\\d.,])(約)?([△▲])?(\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?: \\d{3})+(?=百万円|千円)|\\d+)(\\.\\d+)?\\s?(${UNIT_WORDS})(以上|以下|程度|未満)?`,
    "gu",
  );
  const folded = text.normalize("NFKC");
  for (const m of folded.matchAll(pattern)) {
    // The end of a range (1~2名) is no figure of its own, nor is a heading's number (達成目標1 大学、…).
    if (/(\d\s*[~〜～-]|達成目標|施策目標|指標|第)\s*$/u.test(folded.slice(0, m.index))) continue;
    const figure = parseFigure(m[0].replace(/(\d) (\d{3})/gu, "$1,$2"));
    if (figure?.unit) found.push({ index: m.index, written: m[0], figure });
  }
  return found;
}
