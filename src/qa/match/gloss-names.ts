/**
 * English questions often translate a Japanese name loosely (university startup hub programme for
 * 大学発新産業創出拠点プロジェクト, cluster program for 知的クラスター創成事業). The vocabulary's glossary gives
 * English words for the pieces names are built of; a name is then named by the pieces a question translates.
 * Built once per knowledge base, so a new document's names are glossed without code.
 */
import { englishWords } from "./find-english.js";

/** One piece of a name and the English phrases for it, each as its content words. */
export type GlossPiece = { key: string; phrases: string[][] };

/** A name as glossed pieces, and how many stretches of it the glossary does not know. */
export type Gloss = { pieces: GlossPiece[]; unglossed: number };

const NAME_CHARACTER = /[\p{Script=Han}\p{Script=Katakana}ー]/u;

/**
 * The pieces of a name, longest glossary word first at each place; kana particles and brackets are skipped,
 * every other stretch of two characters or more the glossary has no word for is counted once.
 * @example glossName("知的クラスター創成事業", { 知的: ["knowledge"], クラスター: ["cluster"], 事業: ["program"] }).unglossed // 1 (創成)
 */
export function glossName(name: string, glossary: Readonly<Record<string, string[]>>, keys = sortedKeys(glossary)): Gloss {
  const text = name.normalize("NFKC");
  const pieces: GlossPiece[] = [];
  let unglossed = 0;
  let stretch = 0;
  // (A single character left over, 等 or 数 of …本部等支援機関数, is a suffix, not a piece of its own.)
  const endStretch = () => {
    if (stretch >= 2) unglossed++;
    stretch = 0;
  };
  for (let at = 0; at < text.length;) {
    const key = keys.find((k) => text.startsWith(k, at));
    if (key) {
      endStretch();
      pieces.push({ key, phrases: glossary[key]!.map(englishWords).filter((p) => p.length > 0) });
      at += key.length;
      continue;
    }
    if (NAME_CHARACTER.test(text[at]!)) stretch++;
    else endStretch();
    at++;
  }
  endStretch();
  // (A piece a name holds twice, 特許 of 外国特許出願支援…特許になった割合, is one piece to translate.)
  return { pieces: [...new Map(pieces.map((p) => [p.key, p])).values()], unglossed };
}

/** The glossary's words, longest first, so 知的財産 is read before 知的. */
export function sortedKeys(glossary: Readonly<Record<string, string[]>>): string[] {
  return Object.keys(glossary)
    .map((k) => k.normalize("NFKC"))
    .sort((a, b) => b.length - a.length);
}

/**
 * How a question's English words cover a glossed name: the pieces it translates (a phrase of a piece whose
 * every word is asked), those of them that few names share, and the share of the name's pieces translated.
 * @example glossHits(new Set(["cluster", "program"]), gloss, common) // { hits: 2, distinct: 1, coverage: 0.5, words: [...] }
 */
export function glossHits(asked: ReadonlySet<string>, gloss: Gloss, common: ReadonlySet<string>) {
  // (Run for every name on every English question: plain loops, the words only of the pieces translated.)
  const said = (ws: string[]) => ws.every((w) => asked.has(w));
  const words = new Set<string>();
  let hits = 0;
  let distinct = 0;
  for (const p of gloss.pieces) {
    let hit = false;
    for (const ws of p.phrases)
      if (said(ws)) {
        hit = true;
        for (const w of ws) words.add(w);
      }
    if (!hit) continue;
    hits++;
    if (!common.has(p.key)) distinct++;
  }
  const total = gloss.pieces.length + gloss.unglossed;
  return { hits, distinct, coverage: total ? hits / total : 0, words: [...words] };
}

/**
 * Pieces so many families of names hold (事業, 大学, 産学官連携) that they tell names apart only beside a rarer
 * one. A family is a subject with its indicators, whose names repeat its own (大学発新産業創出拠点プロジェクトに
 * おいて…の割合): a piece counts once per family.
 * @example commonPieces([{ gloss, family: "start-project" }, …], 6).has("事業") // true
 */
export function commonPieces(glosses: Array<{ gloss: Gloss; family: string }>, atLeast: number): Set<string> {
  const families = new Map<string, Set<string>>();
  for (const { gloss, family } of glosses)
    for (const p of gloss.pieces) families.set(p.key, (families.get(p.key) ?? new Set()).add(family));
  return new Set([...families].filter(([, f]) => f.size >= atLeast).map(([k]) => k));
}
