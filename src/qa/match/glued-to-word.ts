const HAN = /\p{Script=Han}/u;
const KANA_OR_HAN = /[\p{Script=Han}\p{Script=Katakana}ー]/u;
const PLACE_SUFFIX = /^[市県府町村区]$/u;

/**
 * A short or generic alias inside a longer word is not that entity: 京都 in 京都大学, クラスター in
 * 産業クラスター. Two-character names must not run on into kanji; all-katakana names into kana or kanji.
 */
export function gluedToWord(text: string, start: number, end: number, name: string): boolean {
  const before = text[start - 1] ?? "";
  const after = text[end] ?? "";
  // (A place's own suffix ends the word, 八戸市です, 浜松市の: that is the place; 神戸市立大学 runs on.)
  const placeSuffix = PLACE_SUFFIX.test(after) && !HAN.test(text[end + 1] ?? "");
  if (name.length <= 2 && HAN.test(name) && ((HAN.test(after) && !placeSuffix) || HAN.test(before))) return true;
  return /^[\p{Script=Katakana}ー・]+$/u.test(name) && (KANA_OR_HAN.test(before) || /[\p{Script=Katakana}ー]/u.test(after));
}
