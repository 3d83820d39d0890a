/**
 * The aspect a descriptive question asks about (概要・定義, 目的, 必要性, 課題, 評価, 役割, 分野, 成果, 今後…),
 * read from the cue words declared in intents/lexicon.yaml › aspects. No aspect id is written in code.
 */
import { z } from "zod";

const Words = z.array(z.string().min(1)).default([]);

/** One aspect: the question's cue words, words of section titles that hold it, words of sentences that state it. */
export const AspectDecl = z.strictObject({
  label: z.strictObject({ ja: z.string().min(1), en: z.string().min(1) }),
  /** A weak aspect (what is, overview) yields to any other aspect the question also names. */
  weak: z.boolean().default(false),
  cues: z.array(z.string().min(1)).min(1),
  headings: Words,
  markers: Words,
  /** The section titled with the subject's name states this aspect (a plan's own section is its content). */
  subjectSection: z.boolean().default(false),
  /** Figures never answer it (なぜ, 必要性, 目的): asked of a subject only guessed to want figures, passages do. */
  beyondFigures: z.boolean().default(false),
  /** A list of names never answers it (なぜ, いつ: 19エリアはいつ選定された asks a date, not the areas). */
  beyondLists: z.boolean().default(false),
  /** It asks when (いつ時点): a figure the question quotes is answered with its year. */
  asksDate: z.boolean().default(false),
  /** It relates the subject to a second one named (連携, 関係): a passage must name both. */
  relates: z.boolean().default(false),
  /** A subject's attribute that states this aspect (a program's description says what it does). */
  attribute: z.string().optional(),
  /** Aspects this one outranks when both are asked: the content of a collaboration (連携の内容) is the collaboration. */
  outranks: Words,
  /** When no passage states this aspect, the aspect (weak, such as overview) whose answer stands for it. */
  orElse: z.string().optional(),
});
export type AspectDecl = z.infer<typeof AspectDecl>;
export const AspectLexicon = z.record(z.string().regex(/^[a-z][a-z-]*$/), AspectDecl);
export type AspectLexicon = z.infer<typeof AspectLexicon>;

type Hit = { id: string; end: number; length: number; weak: boolean };

/**
 * The aspect asked: of the cue words found, a strong aspect's over a weak one's, then the one ending last
 * (Japanese and English questions alike end on what they ask: 〜の課題は？, How was X evaluated?), then the longest.
 * @example detectAspect("総合的産学官連携推進事業はなぜ必要なのですか", { aspects }) // "necessity"
 */
export function detectAspect(
  text: string,
  lexicon: { aspects?: AspectLexicon; fillers?: string[]; cues?: { documentWords?: string[] } },
): string | undefined {
  const { fillers, cues } = prepared(lexicon);
  // Politeness is no aspect: なんですか holds なんで (why) but asks nothing (目的はなんですか asks the purpose).
  const hay = fillers.reduce((t, f) => (t.includes(f) ? t.split(f).join(" ".repeat(f.length)) : t), text.normalize("NFKC").toLowerCase());
  const hits: Hit[] = [];
  for (const { id, cue, weak } of cues)
    if (hay.includes(cue)) for (const at of findCue(hay, cue)) hits.push({ id, end: at + cue.length, length: cue.length, weak });
  const outranked = new Set(hits.flatMap((h) => lexicon.aspects?.[h.id]?.outranks ?? []));
  const kept = hits.filter((h) => !outranked.has(h.id));
  kept.sort((a, b) => Number(a.weak) - Number(b.weak) || b.end - a.end || b.length - a.length);
  // A strong cue inside the phrase a what-is question ends on (成果グラフでいう…4事業ってどれ) modifies the term
  // asked about: words of the question's own stand between it and the closing cue.
  const strong = kept[0];
  const weak = kept.filter((h) => h.weak).sort((a, b) => b.end - a.end)[0];
  if (strong && !strong.weak && weak && weak.end > strong.end) {
    const between = hay.slice(strong.end, weak.end - weak.length);
    // (A name between them, two kanji or katakana, an English word or a name blanked, says the later cue is what is
    // asked of it: what does 'knowledge cluster' mean asks its meaning.)
    if ((between.match(/[\p{Script=Han}\p{Script=Katakana}]/gu) ?? []).length >= 2 || /[a-z]{3,}|\s{3,}/.test(between)) return weak.id;
  }
  return strong?.id;
}

type Prepared = { fillers: string[]; cues: Array<{ id: string; cue: string; weak: boolean }> };
const preparedOf = new WeakMap<object, Prepared>();

/** The fillers (longest first) and every aspect's cues, normalized once per lexicon (asked many times a question). */
function prepared(lexicon: { aspects?: AspectLexicon; fillers?: string[]; cues?: { documentWords?: string[] } }): Prepared {
  let found = preparedOf.get(lexicon);
  if (!found) {
    const norm = (w: string) => w.normalize("NFKC").toLowerCase();
    // (A word for a document, 評価書 or 調書, names where to look, not an aspect: 評価書に出てくる asks no 評価.)
    const documents = (lexicon.cues?.documentWords ?? []).filter((w) => /[\p{Script=Han}]{3}/u.test(w));
    found = {
      fillers: [...(lexicon.fillers ?? []), ...documents].map(norm).sort((a, b) => b.length - a.length),
      cues: Object.entries(lexicon.aspects ?? {}).flatMap(([id, a]) => a.cues.map((c) => ({ id, cue: norm(c), weak: a.weak }))),
    };
    preparedOf.set(lexicon, found);
  }
  return found;
}

/** Where a cue occurs; a Latin cue only as a whole word (need, not needle). */
function findCue(hay: string, cue: string): number[] {
  const out: number[] = [];
  const latin = /^[\x20-\x7e]+$/.test(cue);
  for (let at = hay.indexOf(cue); at >= 0; at = hay.indexOf(cue, at + 1)) {
    if (!latin || (!/[a-z]/.test(hay[at - 1] ?? "") && !/[a-z]/.test(hay[at + cue.length] ?? ""))) out.push(at);
  }
  return out;
}
