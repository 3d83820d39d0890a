/**
 * Names typed with other particles and endings: 拠点に参画してる大学数 for 拠点に参画する大学数, ハブ拠点参画大学 for
 * 拠点に参画する大学. Compared by their skeleton (the kanji and katakana, without hiragana), a name whose whole
 * skeleton occurs in the question, its characters at most a few kana apart, is mentioned there.
 */
import type { Entity } from "../../knowledge/load-knowledge.js";
import { uncovered, type Mention, type Name } from "./mention.js";
import { indexByFirstPair, wordsIn, type FirstPairIndex } from "./first-pair-index.js";

const KEPT = /[\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9]/u;
/** Shorter skeletons (共同研究) are common words, found by the partial matcher already. */
const MIN_SKELETON = 5;
/** At most this many characters of other kinds between two kept ones: a name, not two words of a sentence. */
const MAX_GAP = 4;

export type Skeleton = { skeleton: string; entity: Entity };

/**
 * The skeletons of names worth comparing, built once.
 * @example skeletonsOf([{ name: "拠点に参画する大学数", entity }])[0].skeleton // "拠点参画大学数"
 */
export function skeletonsOf(names: Name[]): Skeleton[] {
  // A unit in brackets is no part of the name: …（件）. A name that ends or starts in kana (知的財産戦略について)
  // would leave a shorter, commoner skeleton than the name: it is not compared.
  const bare = names.map(({ name, entity }) => ({ name: name.replace(/[（(][^（）()]*[）)]$/u, "").replace(/^[①-⑳]\s*/u, ""), entity }));
  const whole = bare.filter(({ name }) => KEPT.test(name[0] ?? "") && KEPT.test(name.at(-1) ?? ""));
  const skeletons = whole.map(({ name, entity }) => ({ skeleton: [...name].filter((c) => KEPT.test(c)).join(""), entity }));
  return skeletons.filter((s) => s.skeleton.length >= MIN_SKELETON && /\p{Script=Han}/u.test(s.skeleton));
}

/**
 * Mentions found by skeleton in the parts of the question no other mention covers; the longest first.
 * @example findSkeletons("拠点に参画してる大学数", [], skeletons)[0].entity.name // "拠点に参画する大学数"
 */
export function findSkeletons(text: string, taken: Mention[], skeletons: Skeleton[]): Mention[] {
  const found: Mention[] = [];
  for (const [from, to] of uncovered(text, taken)) {
    const kept: number[] = [];
    for (let i = from; i < to; i++) if (KEPT.test(text[i]!)) kept.push(i);
    const skeleton = kept.map((i) => text[i]).join("");
    for (const { skeleton: name, entity } of wordsIn(indexOf(skeletons), skeleton).map((i) => skeletons[i]!)) {
      for (let at = skeleton.indexOf(name); at >= 0; at = skeleton.indexOf(name, at + 1)) {
        const positions = kept.slice(at, at + name.length);
        if (positions.some((p, k) => k > 0 && p - positions[k - 1]! - 1 > MAX_GAP)) continue;
        const start = positions[0]!;
        const end = positions.at(-1)! + 1;
        // Written alike, it is a plain piece of the name: the partial matcher weighs those against each other.
        if (end - start === name.length && !/[^\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9]/u.test(entity.name)) continue;
        found.push({ entity, start, end, score: 0.9, how: "partial", text: text.slice(start, end) });
      }
    }
  }
  return found.sort((a, b) => b.end - b.start - (a.end - a.start));
}

const indexes = new WeakMap<Skeleton[], FirstPairIndex>();

/** The skeletons by their first two characters, made once per list: a question is searched only for those starting in it. */
function indexOf(skeletons: Skeleton[]): FirstPairIndex {
  let index = indexes.get(skeletons);
  if (!index) indexes.set(skeletons, (index = indexByFirstPair(skeletons.map((s) => s.skeleton))));
  return index;
}
