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
  return { pieces, unglossed };
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
  const hit = gloss.pieces.filter((p) => p.phrases.some((ws) => ws.every((w) => asked.has(w))));
  const words = [...new Set(hit.flatMap((p) => p.phrases.filter((ws) => ws.every((w) => asked.has(w))).flat()))];
  const total = gloss.pieces.length + gloss.unglossed;
  return {
    hits: hit.length,
    distinct: hit.filter((p) => !common.has(p.key)).length,
    coverage: total ? hit.length / total : 0,
    words,
  };
}

/**
 * Pieces so many names hold (事業, 大学, 産学官連携) that they tell names apart only beside a rarer one.
 * @example commonPieces([gloss1, gloss2, …], 8).has("事業") // true
 */
export function commonPieces(glosses: Gloss[], atLeast: number): Set<string> {
  const counts = new Map<string, number>();
  for (const g of glosses) for (const key of new Set(g.pieces.map((p) => p.key))) counts.set(key, (counts.get(key) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= atLeast).map(([k]) => k));
}
