/**
 * Kanji numerals → digits, only where they are numbers: before a counter (年, 件, 億…) or after an era name.
 * Hand-written (a library converts blindly; place names like 千葉, 八戸, 九州 must stay untouched).
 */
const DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const NUMERAL = "[〇零一二三四五六七八九十百千]+";
const COUNTER = "(?=年|件|億|万|円|社|機関|地域|拠点|大学|名|倍|割|%|期|か月|ヶ月|月|日|エリア|クラスター)";
const IN_CONTEXT = new RegExp(`(?<=平成|令和|昭和|第)${NUMERAL}|${NUMERAL}${COUNTER}`, "g");

/**
 * Converts one kanji numeral: positional (二〇一一 → 2011) or with units (二十三 → 23, 千五百 → 1500).
 * @example kanjiToNumber("二十三") // 23
 */
export function kanjiToNumber(kanji: string): number {
  if (!/[十百千]/.test(kanji)) return Number([...kanji].map((c) => DIGIT[c] ?? 0).join(""));
  let total = 0;
  let digit = 0;
  for (const c of kanji) {
    if (c in SMALL_UNIT) {
      total += (digit || 1) * SMALL_UNIT[c]!;
      digit = 0;
    } else digit = DIGIT[c] ?? 0;
  }
  return total + digit;
}

/**
 * Replaces kanji numerals that stand before a counter or after an era with digits; leaves other kanji alone.
 * @example normalizeKanjiNumerals("平成二十三年度に五件、千葉で") // "平成23年度に5件、千葉で"
 */
export function normalizeKanjiNumerals(text: string): string {
  return text.replace(IN_CONTEXT, (m) => String(kanjiToNumber(m))).replace(/(平成|令和|昭和)元(?=年)/g, "$11");
}
