import type { Entity } from "../../knowledge/load-knowledge.js";
import { MIN_PARTIAL, NAME_RUN, bigrams, uncovered, type Mention, type Name } from "./mention.js";

/**
 * A run of kanji/katakana (4+ characters) that is part of an entity's name. When several entities share
 * it, the one whose names share most with the whole question is taken, then the one with most facts
 * (共同研究 → the indicator series, not a one-off count); the others are kept as `alternatives` so the
 * answer can name them.
 */
export function findPartial(text: string, taken: Mention[], names: Name[], weight: (e: Entity) => number): Mention[] {
  const fit = fitTo(text, names);
  const allNames = joinedNames(names);
  const found: Mention[] = [];
  for (const [from, to] of uncovered(text, taken)) {
    for (const run of text.slice(from, to).matchAll(NAME_RUN)) {
      const start = from + run.index;
      for (let i = 0; i + MIN_PARTIAL <= run[0].length; i++) {
        let best: Mention | undefined;
        for (let j = i + MIN_PARTIAL; j <= run[0].length; j++) {
          const piece = run[0].slice(i, j);
          // One look in all names together rules most pieces out before the per-name search.
          if (!allNames.includes(piece)) break;
          const owners = [...new Set(names.filter((n) => n.name.includes(piece)).map((n) => n.entity))];
          owners.sort((a, b) => fit(b) - fit(a) || weight(b) - weight(a) || Number(Boolean(a.parent)) - Number(Boolean(b.parent)));
          const entity = owners[0]!;
          const full = Math.min(...names.filter((n) => n.entity === entity && n.name.includes(piece)).map((n) => n.name.length));
          const shared = owners.length > 1 ? 0.1 : 0;
          // As good a fit and about as many facts: the piece does not tell them apart.
          const close = owners.slice(1).filter((o) => fit(o) === fit(entity) && weight(o) === weight(entity) && weight(o) > 0);
          best = {
            entity,
            start: start + i,
            end: start + j,
            score: Math.min(0.95, 0.6 + piece.length / full / 2) - shared,
            how: "partial",
            text: piece,
            alternatives: owners.slice(1, 4),
            close,
          };
        }
        if (best) {
          found.push(best);
          i = best.end - start - 1;
        }
      }
    }
  }
  return found;
}

const joined = new WeakMap<Name[], string>();

/** Every name in one text, joined once per list of names (the matcher's), not on every question (tens of KB each time). */
function joinedNames(names: Name[]): string {
  let all = joined.get(names);
  if (all === undefined) joined.set(names, (all = names.map((n) => n.name).join("\n")));
  return all;
}

/**
 * How much of the whole question an entity's names share, in two-character pieces: among entities that
 * share a partial name, the one that also has the question's other words (…参加機関数) is meant.
 */
export function fitTo(text: string, names: Name[]): (e: Entity) => number {
  const asked = bigrams(text);
  const cache = new Map<Entity, number>();
  return (entity) => {
    if (!cache.has(entity)) {
      const own = bigrams(
        names
          .filter((n) => n.entity === entity)
          .map((n) => n.name)
          .join("|"),
      );
      cache.set(entity, [...asked].filter((g) => own.has(g)).length);
    }
    return cache.get(entity)!;
  };
}
