/**
 * The label of an option (a button, a numbered line): Slack cuts a button's text at 75 characters, so a long
 * option is shortened here, at a word's end in English and with "…" to say so; the option's question is whole.
 */
const MAX = 70;

/**
 * @example optionLabel("What figures are given for institutions taking part in joint research in the Knowledge Cluster Initiative?")
 * // "What figures are given for institutions taking part in joint research…"
 */
export function optionLabel(text: string): string {
  if (text.length <= MAX) return text;
  const cut = text.slice(0, MAX - 1);
  // (A word of Latin letters is not cut in its middle; Japanese has no spaces to cut at.)
  const space = cut.lastIndexOf(" ");
  return `${(/[A-Za-z]$/.test(cut) && space > MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
