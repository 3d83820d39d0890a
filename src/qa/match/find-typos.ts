import { NAME_RUN, bigrams, uncovered, type Mention, type Name } from "./mention.js";

const TYPO_SIMILARITY = 0.74;
const PARTICLE = /[でがはをにのともへや]/;

/** Each name's two-character pieces, and which names hold each piece: made once per list of names (the matcher's). */
type NameGrams = { grams: Array<Set<string>>; byGram: Map<string, number[]> };
const gramsOf = new WeakMap<Name[], NameGrams>();

function nameGrams(names: Name[]): NameGrams {
  let known = gramsOf.get(names);
  if (!known) {
    const grams = names.map(({ name }) => bigrams(name));
    const byGram = new Map<string, number[]>();
    grams.forEach((set, i) => {
      for (const gram of set) {
        const list = byGram.get(gram);
        if (list) list.push(i);
        else byGram.set(gram, [i]);
      }
    });
    gramsOf.set(names, (known = { grams, byGram }));
  }
  return known;
}

/**
 * Small typos (都市エリヤ → 都市エリア): a stretch of the question close to a name by two-character pieces.
 * Only names that share a piece with the stretch are compared (found through the pieces' index, in the names'
 * order), each with its pieces made once instead of on every question.
 * @example findTypos("都市エリヤの予算", [], names)[0]?.text // "都市エリヤ"
 */
export function findTypos(text: string, taken: Mention[], names: Name[]): Mention[] {
  const found: Mention[] = [];
  const runs = uncovered(text, taken).flatMap(([from, to]) =>
    [...text.slice(from, to).matchAll(NAME_RUN)].map((m): [number, string] => [from + m.index, m[0]]),
  );
  const { grams, byGram } = runs.some(([, span]) => span.length >= 4) ? nameGrams(names) : { grams: [], byGram: new Map() };
  for (const [from, span] of runs) {
    if (span.length < 4) continue;
    const sharing = new Set<number>();
    for (const gram of bigrams(span)) for (const i of byGram.get(gram) ?? []) sharing.add(i);
    const spanGrams = Array.from({ length: span.length - 1 }, (_, p) => span.slice(p, p + 2));
    for (const n of [...sharing].sort((a, b) => a - b)) {
      const { name, entity } = names[n]!;
      if (name.length < 5 || name.length > span.length + 1) continue;
      const own = grams[n]!;
      // How many of the span's first p pieces are the name's: a stretch with too few of them cannot reach the
      // similarity (dice ≤ 2s/(|name| + s) for s shared pieces), and is passed over without making its pieces.
      const ownBefore = [0];
      spanGrams.forEach((gram, p) => ownBefore.push(ownBefore[p]! + (own.has(gram) ? 1 : 0)));
      // A dropped character is a typo only in a long name: 事後評価 is a word of its own, not 事後評価書 mistyped.
      for (let len = name.length < 6 ? name.length : name.length - 1; len <= name.length + 1; len++) {
        for (let i = 0; i + len <= span.length; i++) {
          // A particle in the place of the name's last character (事後評価で for 事後評価書) ends a word, it is no typo.
          if (PARTICLE.test(span[i + len - 1]!) && span[i + len - 1] !== name[name.length - 1]) continue;
          const shared = Math.min(ownBefore[i + len - 1]! - ownBefore[i]!, own.size);
          if ((2 * shared) / (own.size + shared) < TYPO_SIMILARITY) continue;
          const score = dice(own, bigrams(span.slice(i, i + len)));
          if (score >= TYPO_SIMILARITY)
            found.push({ entity, start: from + i, end: from + i + len, score: score * 0.9, how: "typo", text: span.slice(i, i + len) });
        }
      }
    }
  }
  return found;
}

function dice(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return (2 * shared) / (a.size + b.size || 1);
}
