/**
 * Every fixed word the bot shows in Slack, in Japanese and English; the answer's `lang` picks the set.
 */
export type Lang = "ja" | "en";

const LABELS = {
  ja: {
    source: "出典",
    showQuote: "原文を表示",
    helpful: "役に立った",
    wrong: "違う",
    postToChannel: "チャンネルに投稿",
    more: "…（続きは出典を参照）",
    moreSources: (n: number) => `ほか ${n} 件`,
    quotesTitle: "出典の原文",
    thanks: "フィードバックありがとうございます。記録しました。",
    apology: "すみません、回答の途中で問題が起きました。少し待ってからもう一度お試しください。",
    expired: "このボタンの情報を読み取れませんでした。もう一度質問してください。",
    thinking: "考えています…",
  },
  en: {
    source: "Source",
    showQuote: "Show quote",
    helpful: "Helpful",
    wrong: "Not right",
    postToChannel: "Post to channel",
    more: "… (see the source for the rest)",
    moreSources: (n: number) => `and ${n} more`,
    quotesTitle: "Quoted source",
    thanks: "Thanks for the feedback: it has been recorded.",
    apology: "Sorry, something went wrong while answering. Please try again in a moment.",
    expired: "This button's data could not be read. Please ask the question again.",
    thinking: "is thinking…",
  },
} as const;

export type Labels = (typeof LABELS)[Lang];

/**
 * The labels for a language.
 * @example labelsFor("en").showQuote // "Show quote"
 */
export function labelsFor(lang: Lang): Labels {
  return LABELS[lang];
}

/**
 * The language to reply in when there is no Answer to take it from (an apology, a thank-you).
 * @example guessLang("budget of City Area") // "en"
 * @example guessLang("予算は?") // "ja"
 */
export function guessLang(text: string): Lang {
  return /^[\x00-\x7F…–—’“”]*$/.test(text) ? "en" : "ja";
}
