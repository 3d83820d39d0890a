import { NAME_RUN, bigrams, uncovered, type Mention, type Name } from "./mention.js";

const TYPO_SIMILARITY = 0.74;
const PARTICLE = /[でがはをにのともへや]/;

/** Small typos (都市エリヤ → 都市エリア): a stretch of the question close to a name by two-character pieces. */
export function findTypos(text: string, taken: Mention[], names: Name[]): Mention[] {
  const found: Mention[] = [];
  const runs = uncovered(text, taken).flatMap(([from, to]) =>
    [...text.slice(from, to).matchAll(NAME_RUN)].map((m): [number, string] => [from + m.index, m[0]]),
  );
  for (const [from, span] of runs) {
    if (span.length < 4) continue;
    const spanGrams = bigrams(span);
    for (const { name, entity } of names) {
      if (name.length < 5 || name.length > span.length + 1) continue;
      const nameGrams = bigrams(name);
      if (![...nameGrams].some((g) => spanGrams.has(g))) continue;
      // A dropped character is a typo only in a long name: 事後評価 is a word of its own, not 事後評価書 mistyped.
      for (let len = name.length < 6 ? name.length : name.length - 1; len <= name.length + 1; len++) {
        for (let i = 0; i + len <= span.length; i++) {
          // A particle in the place of the name's last character (事後評価で for 事後評価書) ends a word, it is no typo.
          if (PARTICLE.test(span[i + len - 1]!) && span[i + len - 1] !== name[name.length - 1]) continue;
          const score = dice(nameGrams, bigrams(span.slice(i, i + len)));
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
