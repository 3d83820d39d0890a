const HAN = /\p{Script=Han}/u;
const KANA_OR_HAN = /[\p{Script=Han}\p{Script=Katakana}ー]/u;

/**
 * A short or generic alias inside a longer word is not that entity: 京都 in 京都大学, クラスター in
 * 産業クラスター. Two-character names must not run on into kanji; all-katakana names into kana or kanji.
 */
export function gluedToWord(text: string, start: number, end: number, name: string): boolean {
  const before = text[start - 1] ?? "";
  const after = text[end] ?? "";
  if (name.length <= 2 && HAN.test(name) && (HAN.test(after) || HAN.test(before))) return true;
  return /^[\p{Script=Katakana}ー・]+$/u.test(name) && (KANA_OR_HAN.test(before) || /[\p{Script=Katakana}ー]/u.test(after));
}
