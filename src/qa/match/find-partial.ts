import type { Entity } from "../../knowledge/load-knowledge.js";
import { MIN_PARTIAL, NAME_RUN, bigrams, blankMentions, uncovered, type Mention, type Name } from "./mention.js";

/**
 * A run of kanji/katakana (4+ characters) that is part of an entity's name. When several entities share
 * it, the one whose names share most with the whole question is taken, then the one with most facts
 * (共同研究 → the indicator series, not a one-off count); the others are kept as `alternatives` so the
 * answer can name them.
 */
export function findPartial(text: string, taken: Mention[], names: Name[], weight: (e: Entity) => number): Mention[] {
  const fit = fitTo(text, names, taken);
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
          const holders = names.filter((n) => n.name.includes(piece));
          const owners = [...new Set(holders.map((n) => n.entity))];
          const fits = (e: Entity) => fit(e, start + j);
          // A run that starts with a name cut off inside a katakana word (知的クラ) holds the start of a name, as
          // names are shortened from their end: a name that starts so goes before one that holds it inside
          // (札幌知的クラスター).
          // (A short katakana run at its end, クラ of クラスター: a whole word, イノベーション, ends no cut.)
          const cut = (n: Name) => n.name.startsWith(piece) && CUT_KATAKANA.test(piece) && KATAKANA.test(n.name[piece.length] ?? "");
          const starters = new Set(i === 0 ? holders.filter(cut).map((n) => n.entity) : []);
          const starts = (e: Entity) => Number(starters.has(e));
          owners.sort(
            (a, b) =>
              starts(b) - starts(a) || fits(b) - fits(a) || weight(b) - weight(a) || Number(Boolean(a.parent)) - Number(Boolean(b.parent)),
          );
          const entity = owners[0]!;
          const full = Math.min(...names.filter((n) => n.entity === entity && n.name.includes(piece)).map((n) => n.name.length));
          const shared = owners.length > 1 ? 0.1 : 0;
          // As good a fit and about as many facts: the piece does not tell them apart.
          const close = owners.slice(1).filter((o) => fits(o) === fits(entity) && weight(o) === weight(entity) && weight(o) > 0);
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

const KATAKANA = /[\p{Script=Katakana}ー]/u;
/** A piece that ends in one to three katakana after a character of another script: a word cut short (知的クラ). */
const CUT_KATAKANA = /[^\p{Script=Katakana}ー][\p{Script=Katakana}ー]{1,3}$/u;

const namePieces = new WeakMap<Name[], Map<Entity, Set<string>>>();

/** Each entity's name pieces, kept per list of names: an entity's names do not change between questions. */
function namePiecesOf(names: Name[]): Map<Entity, Set<string>> {
  let found = namePieces.get(names);
  if (!found) namePieces.set(names, (found = new Map()));
  return found;
}

const byIds = new WeakMap<Name[], Map<string, Entity>>();

/** The names' entities by id, made once per list of names (the matcher's), not on every question. */
function entitiesById(names: Name[]): Map<string, Entity> {
  let found = byIds.get(names);
  if (!found) byIds.set(names, (found = new Map(names.map((n) => [n.entity.id, n.entity]))));
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
 * share a partial name, the one that also has the question's other words (…参加機関数) is meant. A name that
 * follows the piece is another subject's, not a word of it (支援 of 産学官連携本部数と地域イノベ戦略支援プロ…),
 * unless it is the entity's own program; one before it may modify it (大学発特許の取得数と実施件数).
 */
export function fitTo(text: string, names: Name[], taken: Mention[] = []): (e: Entity, end?: number) => number {
  const cache = new Map<string, number>();
  const byId = entitiesById(names);
  const ancestors = (e: Entity) => {
    const ids = new Set<string>();
    for (let p = e.parent; p && !ids.has(p); p = byId.get(p)?.parent) ids.add(p);
    return ids;
  };
  // The question's pieces once per set of names left out (none, for most questions), each name's pieces once.
  const askedBy = new Map<string, Set<string>>();
  const asked = (left: Mention[]) => {
    const key = left.map((m) => m.start).join(",");
    let found = askedBy.get(key);
    if (!found) {
      found = bigrams(blankMentions(text, left));
      askedBy.set(key, found);
    }
    return found;
  };
  const mineOf = namePiecesOf(names);
  const mine = (entity: Entity) => {
    let found = mineOf.get(entity);
    if (!found) {
      found = bigrams(
        names
          .filter((n) => n.entity === entity)
          .map((n) => n.name)
          .join("|"),
      );
      mineOf.set(entity, found);
    }
    return found;
  };
  const ancestorsOf = new Map<Entity, Set<string>>();
  return (entity, end = text.length) => {
    let own = ancestorsOf.get(entity);
    if (!own) ancestorsOf.set(entity, (own = ancestors(entity)));
    const after = taken.length ? taken.filter((m) => m.start >= end && m.entity !== entity && !own.has(m.entity.id)) : [];
    // (Keyed by the names left out, not by the end: most pieces of a question leave out the same ones, or none.)
    const key = after.length ? `${entity.id} ${after.map((m) => m.start).join(",")}` : entity.id;
    let fit = cache.get(key);
    if (fit === undefined) {
      const theirs = mine(entity);
      let shared = 0;
      for (const g of asked(after)) if (theirs.has(g)) shared++;
      cache.set(key, (fit = shared));
    }
    return fit;
  };
}
