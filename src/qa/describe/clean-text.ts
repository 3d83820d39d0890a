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
    if (s[i] === " " && half[i + 1] !== null) { half[i] = half[i + 1]!.startsWith(" ") ? half[i + 1]! : ` ${half[i + 1]}`; continue; }
    for (let k = 1; i + 2 * k <= s.length; k++) {
      const rest = half[i + 2 * k];
      if (rest !== null && rest !== undefined && s.startsWith(s.slice(i, i + k), i + k)) { half[i] = s.slice(i, i + k) + rest; break; }
    }
  }
  const out = half[0];
  // A line made only of one-character pairs (ーー, ５５) is as likely real text as doubling: kept.
  return out !== null && out !== undefined && out.trim().length > 1 && out.length <= s.length / 2 + 2 ? out.trim() : line;
}

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
    const line = dropColumnLabels(undouble(rawLine)).replace(/^\s*#{1,6}\s*/, "").replace(/^\s*[-*]\s+(?=[①-⑳(（])/u, "")
      .replace(/^\s*[-*]\s+/, "・").replace(/\*\*/g, "").trim();
    if (!line) continue;
    const glue = !out || CJK.test(out.at(-1)!) || CJK.test(line[0]!) ? "" : " ";
    out += glue + line;
  }
  return out
    .replace(/[（(]\s*[）)]|「\s*」/g, "")
    .replace(/^[、。，．\s]+/, "")
    .replace(/\s+([、。）」])/g, "$1")
    .replace(/([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー])\s+(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー])/gu, "$1")
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
  const label = (p: string | undefined) => p !== undefined && p.length >= 2 && p.length <= 8 && p.length < body && !/[、。，,]$/.test(p);
  if (label(parts[0]) && parts[0]!.length < parts[1]!.length) parts.shift();
  if (label(parts.at(-1)) && parts.at(-1)!.length < parts.at(-2)!.length) parts.pop();
  return parts.join(" ");
}

/**
 * A verbatim quote as shown to a reader: each line read once where the PDF drew it twice, lines joined.
 * The citation itself keeps the verbatim text, which tests find in the source.
 * @example shownQuote("熊本エリア熊本エリア ナノテク・材料ナノテク・材料") // "熊本エリア ナノテク・材料"
 */
export function shownQuote(quote: string): string {
  return quote.split(/\r?\n/).map((line) => undouble(line).trim()).filter(Boolean).join(" ");
}
