/**
 * The kinds of figure (qualifiers of knowledge/vocabulary.yaml) and the words documents write them with, in
 * table headers, row labels and sentences. Longer words first, so 補正後予算額 is not read as 補正予算.
 */
const KIND_WORDS: Array<[RegExp, string]> = [
  [/年度ごとの目標値?/u, "年度ごとの目標値"],
  [/補正後予算/u, "補正後予算額"],
  [/当初予算/u, "当初予算額"],
  [/補正予算/u, "補正予算"],
  [/概算要求/u, "概算要求額"],
  [/要求額/u, "要求額"],
  [/予算案/u, "予算案"],
  [/繰越/u, "繰越し等"],
  [/執行額/u, "執行額"],
  [/合計/u, "合計"],
  [/基準値/u, "基準値"],
  [/実績/u, "実績"],
  [/目標値/u, "目標値"],
  [/累計/u, "累計"],
  [/予算/u, "予算"],
];

/**
 * The kinds that are amounts of a budget (not a figure in money that an indicator measures, such as 受入額).
 * @example BUDGET_KINDS.has("執行額") // true
 */
export const BUDGET_KINDS = new Set([
  "予算",
  "予算案",
  "概算要求額",
  "要求額",
  "当初予算額",
  "補正予算",
  "補正後予算額",
  "繰越し等",
  "合計",
  "執行額",
]);

/**
 * The kind a text names first (by the list's priority), or undefined.
 * @example kindOf("24年度補正後予算額（千円）") // "補正後予算額"
 */
export function kindOf(text: string): string | undefined {
  return KIND_WORDS.find(([pattern]) => pattern.test(text))?.[1];
}

/**
 * Every distinct kind a sentence names, each once (補正後予算 counts as one kind, not also 予算).
 * @example kindsIn("当初予算額と執行額") // ["当初予算額", "執行額"]
 */
export function kindsIn(text: string): string[] {
  const found: string[] = [];
  let rest = text;
  for (const [pattern, kind] of KIND_WORDS) {
    if (!pattern.test(rest)) continue;
    found.push(kind);
    rest = rest.replace(new RegExp(pattern.source, "gu"), "　");
  }
  return found;
}

/**
 * Whether a row label is nothing but a kind (年度ごとの目標値, 当初予算, 執行額（千円）): such a row belongs to
 * the row above it, or to the table's own subject.
 * @example isKindOnly("執行額（千円）") // true
 */
export function isKindOnly(label: string): boolean {
  const bare = label
    .normalize("NFKC")
    .replace(/[（(][^）)]*[）)]/gu, "")
    .replace(/[\s・]/gu, "");
  return (
    bare.length > 0 &&
    bare.replace(
      /年度ごとの目標値?|補正後予算額?|当初予算額?|補正予算額?|概算要求額?|要求額|予算案|繰越し等|執行額|合計|基準値|実績値?|目標値|累計|予算額?/gu,
      "",
    ) === ""
  );
}
