/**
 * Names typed in hiragana (知的くらすたー, てぃーえるおー): a run of hiragana whose katakana form is a katakana
 * word of the entities' names is read as that word. Ordinary hiragana (っていつ, だったっけ) matches no name and stays.
 */

const HIRAGANA_RUN = /[\p{Script=Hiragana}ー]{3,}/gu;

/** Hiragana → katakana, code point by code point (the two blocks are parallel). */
const toKatakana = (s: string) => s.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));

/**
 * @example foldKanaNames("知的くらすたーの予算", "クラスター\nエリア") // "知的クラスターの予算"
 */
export function foldKanaNames(text: string, katakanaNames: string): string {
  return text.replace(HIRAGANA_RUN, (run) => {
    // The longest prefix of three or more characters that is part of a katakana name.
    for (let end = run.length; end >= 3; end--) {
      const kana = toKatakana(run.slice(0, end));
      if (/[\u30a1-\u30f6]/.test(kana) && katakanaNames.includes(kana)) return kana + run.slice(end);
    }
    return run;
  });
}

/**
 * The katakana words (three or more characters) of a list of names, joined for substring look-ups.
 * @example katakanaWords(["知的クラスター創成事業"]) // "クラスター"
 */
export function katakanaWords(names: string[]): string {
  return [...new Set(names.flatMap((n) => n.normalize("NFKC").match(/[\u30a1-\u30f6ー]{3,}/g) ?? []))].join("\n");
}

const KATAKANA_RUN = /[\u30a1-\u30f6ー]{3,}/g;
let wordSet: { names: string; words: Set<string> } | undefined;

/**
 * A katakana word of the names typed without its last ー (クラスタ, コーディネータ: the same word in another
 * house style, as aliases that keep both show) is read as the names write it.
 * @example foldLongVowels("神戸クラスタの参加機関", "クラスター") // "神戸クラスターの参加機関"
 */
export function foldLongVowels(text: string, katakanaNames: string): string {
  if (!/[\u30a1-\u30f6]{2}/.test(text)) return text;
  // (The names' words as a set, made once per list: not the joined list searched for every katakana run.)
  if (wordSet?.names !== katakanaNames) wordSet = { names: katakanaNames, words: new Set(katakanaNames.split("\n")) };
  const { words } = wordSet;
  const listed = (word: string) => words.has(word);
  return text.replace(KATAKANA_RUN, (run) => (!run.endsWith("ー") && listed(`${run}ー`) ? `${run}ー` : run));
}
