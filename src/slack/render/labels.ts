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
    thanksFeedback: "フィードバックありがとうございます。",
    kind: "種類",
    page: (n: number) => `p.${n}`,
    columnHeaders: "表の見出し（年度）",
    greeting: "こんにちは。産学官連携・地域科学技術政策について、数値と出典つきで答えます。",
    suggestedTitle: "質問の例",
    usage: [
      "*sangaku*: 文部科学省の産学官連携・地域科学技術政策の資料から、数値と出典つきで答えます。",
      "• `/sangaku 質問`: 自分だけに回答（「チャンネルに投稿」で全員に共有）",
      "• `@sangaku 質問`: スレッドで回答（スレッド内の続きの質問も文脈を引き継ぎます）",
      "• DM（メッセージタブ）でもそのまま質問できます",
      "_Ask in English too: `/sangaku budget of the City Area program`_",
    ].join("\n"),
    homeTitle: "sangaku: 産学官連携 Q&A",
    documents: "資料",
    programs: "事業",
    years: (from: number, to: number, facts: number) => `*年度*: ${from}〜${to}年度 ・ 数値 ${facts} 件`,
    examples: "質問の例（クリックで回答）",
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
    thanksFeedback: "Thanks for the feedback.",
    kind: "Kind",
    page: (n: number) => `p. ${n}`,
    columnHeaders: "Table headers (fiscal years)",
    greeting:
      "Hello. I answer questions on Japan's industry–academia–government collaboration and regional science policy, with figures and sources.",
    suggestedTitle: "Try asking",
    usage: [
      "*sangaku*: answers from MEXT documents on industry–academia–government collaboration and regional science policy, with figures and sources.",
      '• `/sangaku question`: only you see the answer ("Post to channel" shares it)',
      "• `@sangaku question`: answered in the thread (follow-ups in the thread keep the topic)",
      "• In a DM (the Messages tab), just ask",
      "_日本語でも質問できます: `/sangaku 都市エリアの予算は？`_",
    ].join("\n"),
    homeTitle: "sangaku: industry–academia Q&A",
    documents: "Documents",
    programs: "Programs",
    years: (from: number, to: number, facts: number) => `*Fiscal years*: FY${from}–FY${to} · ${facts} figures`,
    examples: "Example questions (click to ask)",
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
