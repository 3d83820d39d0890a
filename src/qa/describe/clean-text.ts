/**
 * Text of the documents as shown to users: PDF doubling undone, Markdown marks dropped, lines joined the way
 * the sentence reads. Citations keep the verbatim text; only what is shown is cleaned.
 */

/**
 * A line the PDF drew twice, run by run ("年間年間55億円程度億円程度"), read once; any other line unchanged.
 * A line counts as doubled only when all of it pairs up, so "第II期 55億円" keeps its 55.
 * @example undouble("（１地域当たり（１地域当たり 年間年間55億円程度億円程度××55年間）年間）") // "（１地域当たり 年間5億円程度×5年間）"
 */
export function undouble(line: string): string {
  const s = line.trim();
  // Only a line that starts with a repeated run can be doubled: most lines are ruled out at once.
  if (s.length < 4 || !startsPaired(s)) return line;
  // half[i]: the undoubled text of s.slice(i), or null when s.slice(i) does not pair up.
  const half: Array<string | null> = new Array(s.length + 1).fill(null);
  half[s.length] = "";
  for (let i = s.length - 1; i >= 0; i--) {
    if (s[i] === " " && half[i + 1] !== null) {
      half[i] = half[i + 1]!.startsWith(" ") ? half[i + 1]! : ` ${half[i + 1]}`;
      continue;
    }
    for (let k = 1; i + 2 * k <= s.length; k++) {
      const rest = half[i + 2 * k];
      if (rest !== null && rest !== undefined && s.startsWith(s.slice(i, i + k), i + k)) {
        half[i] = s.slice(i, i + k) + rest;
        break;
      }
    }
  }
  const out = half[0];
  // A line made only of one-character pairs (ーー, ５５) is as likely real text as doubling: kept.
  return out !== null && out !== undefined && out.trim().length > 1 && out.length <= s.length / 2 + 2 ? out.trim() : line;
}

/** A list item's number standing alone before its text: (2), （２）, 2. */
const LIST_NUMBER = /^(?:[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．])$/u;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々、。「」（）・]/u;

/**
 * Lines of one sentence or list item as one readable string: each line undoubled, Markdown heading and list
 * marks dropped, no space where a Japanese line was broken, PDF-displaced empty brackets removed.
 * @example cleanText("## 背景\n◇人口減少・少子高齢化の\n急速な進展") // "背景 ◇人口減少・少子高齢化の急速な進展"
 */
export function cleanText(raw: string): string {
  let out = "";
  for (const rawLine of raw.split("\n")) {
    // A Markdown bullet reads as ・, unless a number follows it (- ① …), which is the item's own mark.
    const line = dropColumnLabels(undouble(rawLine))
      .replace(/^\s*#{1,6}\s*/, "")
      .replace(/^\s*[-*]\s+(?=[①-⑳(（])/u, "")
      .replace(/^\s*[-*]\s+/, "・")
      .replace(/\*\*/g, "")
      .trim();
    if (!line) continue;
    const glue = !out || CJK.test(out.at(-1)!) || CJK.test(line[0]!) ? "" : " ";
    out += glue + line;
  }
  return out
    .replace(/[（(]\s*[）)]|「\s*」/g, "")
    .replace(/^[、。，．\s]+/, "")
    .replace(/\s+([、。）」])/g, "$1")
    .replace(
      /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー])\s+(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー])/gu,
      "$1",
    )
    .trim();
}

function startsPaired(s: string): boolean {
  for (let k = 1; 2 * k <= s.length; k++) if (s.startsWith(s.slice(0, k), k)) return true;
  return false;
}

/**
 * A line of a form (調書) whose label column ran into the text: a short fragment before or after the long run
 * of prose, set off by a space (⑨達成年度, 効果, 平成１９年度), is the label, not the sentence.
 * @example dropColumnLabels("効果 みに頼らず、実際の業務に従事する教職員の知的財産関する") // "みに頼らず、実際の業務に従事する教職員の知的財産関する"
 */
export function dropColumnLabels(line: string): string {
  const parts = line.trim().split(/[ \u3000]+/);
  const body = Math.max(...parts.map((p) => p.length));
  if (parts.length < 2 || body < 20) return line;
  // (A list item's own number, (2) or 2., is no label: listAround reads the item by it.)
  const label = (p: string | undefined) =>
    p !== undefined && p.length >= 2 && p.length <= 8 && p.length < body && !/[、。，,]$/.test(p) && !LIST_NUMBER.test(p);
  if (label(parts[0]) && parts[0]!.length < parts[1]!.length) parts.shift();
  if (label(parts.at(-1)) && parts.at(-1)!.length < parts.at(-2)!.length) parts.pop();
  return parts.join(" ");
}

/**
 * A verbatim quote as shown to a reader: each line read once where the PDF drew it twice, lines joined.
 * The citation itself keeps the verbatim text, which tests find in the source.
 * @example shownQuote("熊本エリア熊本エリア ナノテク・材料ナノテク・材料") // "熊本エリア ナノテク・材料"
 */
export function shownQuote(quote: string, figure?: string, otherYears: string[] = []): string {
  // A Japanese line broken by the PDF (産学官連 / 携体制) joins without a space; other lines with one.
  const text = quote
    .split(/\r?\n/)
    .map((line) => undouble(line).trim())
    .filter(Boolean)
    .reduce((out, line) => (out && CJK.test(out.slice(-1)) && CJK.test(line[0]!) ? out + line : out ? `${out} ${line}` : line), "");
  if (!figure) return text;
  return rowCell(text, figure) ?? elide(text, otherYears);
}

/**
 * The quote with other years' figures replaced by …, their year words kept (平成15年度…): matched by their digits
 * with the PDF's spaces and commas between them allowed, and the unit the figure is written with.
 * @example elide("9000百万円 (平成15年度6900百万円)", ["6900百万円"]) // "9000百万円 (平成15年度…)"
 */
function elide(text: string, figures: string[]): string {
  // Matched on the text as written (full-width digits too): NFKC would also change the quote's other characters.
  let out = text;
  for (const figure of figures) {
    const shown = figure.normalize("NFKC");
    const digits = shown.replace(/[^\d.]/g, "");
    if (!digits) continue;
    const unit = shown
      .replace(/^[^\d]*[\d,.]+/, "")
      .replace(/[()（）]/g, "")
      .trim();
    out = out.replace(
      memoized(`elide ${digits} ${unit}`, () => elidePattern(digits, unit)),
      "…",
    );
  }
  return out;
}

/** The pattern of a figure's digits, spaces and commas allowed between them, and its unit. */
function elidePattern(digits: string, unit: string): RegExp {
  const wide = (d: string) => (d === "." ? "[.．]" : `[${d}${String.fromCharCode(0xff10 + Number(d))}]`);
  const body = [...digits].map(wide).join("[\\s,，]*");
  const unitPart = unit ? `(?:\\s*${unit.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")})?` : "";
  // Never a year's number (平成１５年度 keeps its １５ when 15地域 is elided).
  return new RegExp(`(?<![\\d.,０-９]|平成|令和|昭和|[HhＨｈ])${body}${unitPart}(?![\\d０-９]|\\s*年)`, "g");
}

/**
 * Patterns built from a figure, compiled once per figure, not on every citation shown. The figures are the
 * knowledge's (a few hundred); the limit only keeps a long-running bot's memory bounded whatever it is asked.
 * Each is global and used only by replace (which starts at 0 and leaves lastIndex at 0) or by matchAll (which runs
 * a copy), so none is ever left part-way through a text.
 */
const patterns = new Map<string, RegExp>();
function memoized(key: string, make: () => RegExp): RegExp {
  let re = patterns.get(key);
  if (!re) {
    if (patterns.size >= 5_000) patterns.clear();
    patterns.set(key, (re = make()));
  }
  return re;
}

/**
 * A table row cut to its label and the one cell cited (「…実施件数 … 16,302 件 …」), so the other years' figures
 * in the row, which the quote cannot tell apart without the header, are not read as the answer. A quote with fewer
 * figures, with brackets or a multiple, or where the figure cannot be found once, is shown whole.
 * @example rowCell("件数 14,974 件 15,544 件 16,302 件", "16,302件") // "件数 … 16,302 件"
 */
function rowCell(text: string, figure: string): string | undefined {
  const digits = figure.normalize("NFKC").replace(/[^\d.]/g, "");
  // Positions of the quote's digits with separators (spaces, commas) skipped: PDF rows split numbers (15,659, 209).
  const kept: number[] = [];
  let compact = "";
  for (const [i, ch] of [...text].entries()) {
    const c = ch.normalize("NFKC");
    if (/[\s,，]/.test(c)) continue;
    kept.push(i);
    compact += c;
  }
  const numbers = compact.match(/\d+(?:\.\d+)?/g) ?? [];
  // Only a row of like cells (four or more figures, no sentence, nothing in brackets, no stated multiple) is cut: a prior
  // year's figure in brackets, a 〜倍 or a remark beside the figure is context the reader wants.
  if (!digits || numbers.length < 4 || /[()（）倍～〜。、]/.test(text)) return undefined;
  const hits = [
    ...compact.matchAll(memoized(`cell ${digits}`, () => new RegExp(`(?<![\\d.])${digits.replace(".", "\\.")}(?![\\d.])`, "g"))),
  ];
  if (hits.length !== 1) return undefined;
  const chars = [...text];
  const start = kept[hits[0]!.index!]!;
  let end = kept[hits[0]!.index! + digits.length - 1]! + 1;
  // The unit written after the number (件, 機関, ％, 億円) belongs to the cell.
  while (end < chars.length && /[\s]?[^\s\d,，(（]/u.test(chars[end]!) && !/\s/.test(chars[end]!) && end - start < digits.length + 6) end++;
  const unitAfterSpace = /^\s([^\s\d,，]{1,3})(?=\s|$)/.exec(chars.slice(end).join(""));
  if (unitAfterSpace) end += unitAfterSpace[0].length;
  const firstDigit = chars.findIndex((c) => /\d/.test(c.normalize("NFKC")));
  const label = chars.slice(0, firstDigit).join("").trim();
  const head = label ? `${label} … ` : "… ";
  const cell = chars.slice(start, end).join("").trim();
  return `${head}${cell}${end < chars.length ? " …" : ""}`;
}
