/**
 * `npm run kb -- readings`: writes knowledge/readings.yaml, how the kanji words of the entities' names and
 * aliases and of the question words (intent triggers, kind cues) are read, so that a word typed in hiragana
 * is understood. Readings come from kuromoji's dictionary (IPADIC, shipped inside the npm package; nothing is
 * downloaded). Run it after adding entities or intents; the bot itself only reads the YAML.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { dump } from "js-yaml";
import type { KnowledgeBase } from "../knowledge/load-knowledge.js";
import type { Intent, Lexicon } from "../qa/intent-schema.js";

type Token = { surface_form: string; reading?: string };
type Tokenizer = { tokenize(text: string): Token[] };

const KANJI = /^\p{Script=Han}+$/u;
const toHiragana = (s: string) => s.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

/**
 * Writes the readings file and returns how many words it reads.
 * @example await writeReadings(kb, intents, lexicon, "knowledge", sourceTexts) // 412
 */
export async function writeReadings(
  kb: KnowledgeBase,
  intents: Intent[],
  lexicon: Lexicon,
  dir: string,
  sources: string[] = [],
): Promise<number> {
  const tokenizer = await buildTokenizer();
  const texts = [...kb.entities.values()]
    .flatMap((e) => [e.name, ...e.aliases, ...e.generic])
    .concat(
      intents.flatMap((i) => i.triggers),
      Object.values(lexicon.qualifierCues).flat(),
    );
  const readings = new Map<string, string>();
  const questionWords = new Map<string, string>();
  // The lexicon's own words with kanji, each read whole too (教えて → おしえて, 課題 → かだい): a question typed in
  // romaji (kadai wa nan desu ka) or kana is read by them as well as by the names.
  const words = [
    // (The readings' triggers too, read whole: kawatta → 変わった, fuete → 増えて.)
    ...intents.flatMap((i) => i.triggers),
    ...Object.values(lexicon.cues).flat(),
    ...lexicon.fillers,
    ...lexicon.asides,
    ...lexicon.stopwords,
    ...Object.values(lexicon.units).flat(),
    ...Object.values(lexicon.categories).flat(),
    ...Object.values(lexicon.aspects).flatMap((a) => a.cues),
    ...lexicon.outOfScope.flatMap((o) => o.cues),
    // (And the vocabulary's words for terms, 経産省 for 経済産業省: keisanshou.)
    ...Object.values(kb.vocabulary.synonyms).flat(),
  ].map((w) => w.normalize("NFKC"));
  // (Words with kanji: a word all in kana is its own reading, indexed where the lexicon is read.)
  for (const word of new Set(words.filter((w) => /\p{Script=Han}/u.test(w) && !/[A-Za-z0-9.]/.test(w) && w.length >= 2))) {
    const tokens = tokenizer.tokenize(word);
    const reading = toHiragana(tokens.map((t) => t.reading ?? t.surface_form).join(""));
    if (/^[\p{Script=Hiragana}ー]+$/u.test(reading) && reading.length >= 2) questionWords.set(word, reading);
  }
  for (const text of new Set(texts.map((t) => t.normalize("NFKC")))) {
    for (const { word, reading } of kanjiRuns(tokenizer.tokenize(text)))
      if (word.length >= 2 && reading.length >= 2 && !readings.has(word)) readings.set(word, reading);
  }
  // The documents' own words (施策, 効率性, コーディネーター), for a question typed in romaji (sesaku no gaiyou):
  // runs of one to three kanji tokens, and katakana words of three kana or more, as the names' words are read.
  const corpusWords = new Map<string, string>();
  for (const text of sources) {
    // (A katakana word whole on its line: one the PDF's line break cut, イノベーシ, is no word.)
    for (const [katakana] of text
      .normalize("NFKC")
      .matchAll(/(?<![\p{Script=Katakana}ー\n])\p{Script=Katakana}[\p{Script=Katakana}ー]{2,}(?![\p{Script=Katakana}ー\n])/gu))
      if (!corpusWords.has(katakana)) corpusWords.set(katakana, toHiragana(katakana));
    for (const { word, reading } of kanjiRuns(tokenizer.tokenize(text.normalize("NFKC")))) {
      // (等 joins no word: read とう, it would take the particle to, jisseki to mokuhyo → 実績等目標.)
      const known = readings.has(word) || questionWords.has(word) || corpusWords.has(word) || word.includes("等");
      if (word.length >= 2 && reading.length >= 3 && !known) corpusWords.set(word, reading);
    }
  }
  const sorted = (map: Map<string, string>) => Object.fromEntries([...map].sort(([a], [b]) => a.localeCompare(b, "ja")));
  const header = "# How the kanji words of names and question words are read (made by `npm run kb -- readings`; do not edit by hand).\n";
  writeFileSync(
    join(dir, "readings.yaml"),
    header +
      dump({ readings: sorted(readings), questionWords: sorted(questionWords), corpusWords: sorted(corpusWords) }, { lineWidth: -1 }),
  );
  return readings.size + questionWords.size + corpusWords.size;
}

/**
 * The text of every document under the knowledge folder's sources/ (the extracted PDFs).
 * @example sourceTexts("knowledge").length // 5
 */
export function sourceTexts(knowledgeDir: string): string[] {
  const dir = join(knowledgeDir, "sources");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(dir, f), "utf8"));
}

/**
 * Words of one to three tokens in a run of kanji (産学 + 官 → 産学官), so a compound typed whole is found, each
 * with its reading in hiragana.
 * @example [...kanjiRuns(tokenizer.tokenize("産学官連携"))].map((r) => r.word) // ["産学", "産学官", "産学官連携", "官", …]
 */
function* kanjiRuns(tokens: Token[]): Generator<{ word: string; reading: string }> {
  for (let i = 0; i < tokens.length; i++) {
    for (let n = 1; n <= 3 && i + n <= tokens.length; n++) {
      const run = tokens.slice(i, i + n);
      if (!run.every((t) => KANJI.test(t.surface_form) && t.reading)) break;
      const reading = toHiragana(run.map((t) => t.reading!).join(""));
      if (/^[\p{Script=Hiragana}ー]+$/u.test(reading)) yield { word: run.map((t) => t.surface_form).join(""), reading };
    }
  }
}

async function buildTokenizer(): Promise<Tokenizer> {
  const require = createRequire(import.meta.url);
  const kuromoji = require("kuromoji") as { builder(o: { dicPath: string }): { build(cb: (e: Error | null, t: Tokenizer) => void): void } };
  const dicPath = join(dirname(require.resolve("kuromoji/package.json")), "dict");
  return new Promise((resolve, reject) =>
    kuromoji.builder({ dicPath }).build((error, tokenizer) => (error ? reject(error) : resolve(tokenizer))),
  );
}
