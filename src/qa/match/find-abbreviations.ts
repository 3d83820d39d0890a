import type { Entity } from "../../knowledge/load-knowledge.js";
import { NAME_RUN, uncovered, type Mention, type Name } from "./mention.js";
import { fitTo } from "./find-partial.js";

/**
 * Abbreviations people type for long names: 知クラ (知的クラスター), 地域イノベ戦略支援 (地域イノベーション
 * 戦略支援プログラム). A run of three or more kanji/katakana that starts a name and whose characters occur in
 * it in order. Several owners: the root of one family, else the one with most facts, naming the others.
 */
export function findAbbreviations(text: string, taken: Mention[], names: Name[], weight: (e: Entity) => number): Mention[] {
  const fit = fitTo(text, names);
  const found: Mention[] = [];
  for (const [from, to] of uncovered(text, taken)) {
    for (const run of text.slice(from, to).matchAll(NAME_RUN)) {
      // Three or more characters with a kanji: katakana alone (プラン) abbreviates too many words.
      if (run[0].length < 3 || !/\p{Script=Han}/u.test(run[0])) continue;
      // The longest prefix of the run that abbreviates some name (知クラの… → 知クラ); only names that
      // start with the run's first character can be abbreviated by it.
      const pool = names.filter((n) => n.name.startsWith(run[0][0]!));
      for (let end = run[0].length; end >= 3 && pool.length > 0; end--) {
        const piece = run[0].slice(0, end);
        if (!/\p{Script=Han}/u.test(piece)) break;
        const owners = [...new Set(pool.filter((n) => n.name.length > piece.length && isSubsequence(piece, n.name)).map((n) => n.entity))];
        if (owners.length === 0) continue;
        const roots = owners.filter((e) => !e.parent || !owners.some((o) => o.id === e.parent));
        roots.sort((a, b) => fit(b) - fit(a) || weight(b) - weight(a));
        const entity = roots[0]!;
        const start = from + run.index;
        found.push({
          entity,
          start,
          end: start + end,
          score: roots.length > 1 ? 0.65 : 0.75,
          how: "partial",
          text: piece,
          alternatives: roots.slice(1, 4),
        });
        break;
      }
    }
  }
  return found;
}

export function isSubsequence(piece: string, name: string): boolean {
  let at = 0;
  for (const c of piece) {
    at = name.indexOf(c, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/**
 * A name's start typed whole and then a later word of it, the middle left out (地域イノベーション強化 for
 * 地域イノベーション・システムの強化): the run read as the one name that starts so and holds that word after its
 * start, over the start alone, which many names share.
 * @example withTails("地域イノベーション強化", [piece("地域イノベーション")], names, [])[0].entity.id // "chiiki-innovation-system"
 */
export function withTails(text: string, mentions: Mention[], names: Name[], taken: Mention[]): Mention[] {
  return mentions.map((m) => {
    if (m.how !== "partial") return m;
    const run = /^[\p{Script=Han}\p{Script=Katakana}ー・]+/u.exec(text.slice(m.end))?.[0] ?? "";
    // (A word of two characters or more after the start, 強化; one kanji is as often a suffix, 数 or 等. Not a name
    // found whole there.)
    if (run.length < 2 || taken.some((o) => o.start < m.end + run.length && o.end > m.end)) return m;
    const owners = [
      ...new Set(names.filter((n) => n.name.startsWith(m.text) && n.name.indexOf(run, m.text.length + 1) > 0).map((n) => n.entity)),
    ];
    if (owners.length !== 1) return m;
    return { ...m, entity: owners[0]!, end: m.end + run.length, text: m.text + run, score: 0.85, alternatives: undefined };
  });
}
