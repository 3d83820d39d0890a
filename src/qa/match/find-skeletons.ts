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
  found.push(...findAcrossParticle(text, taken, skeletons));
  return found.sort((a, b) => b.end - b.start - (a.end - a.start));
}

const AROUND_NO = /([\p{Script=Han}\p{Script=Katakana}ー]{2,8})の([\p{Script=Han}\p{Script=Katakana}ー]{2,8})/gu;

/**
 * A shortened name written with の between its words (本部の整備状況 for …産学官連携本部等の整備状況): the words on
 * both sides, read together, end one entity's names only. The longest such piece is taken.
 * @example findAcrossParticle("本部の整備状況は", [], skeletons)[0]?.entity.id // "ind-renkei-honbu-seibi"
 */
function findAcrossParticle(text: string, taken: Mention[], skeletons: Skeleton[]): Mention[] {
  const found: Mention[] = [];
  for (const [from, to] of uncovered(text, taken)) {
    for (const m of text.slice(from, to).matchAll(AROUND_NO)) {
      const [before, after] = [m[1]!, m[2]!];
      const start = from + m.index!;
      // Longest first: the most of the word before that one entity's names hold.
      for (let b = before.length; b >= 2; b--) {
        const hit = longestWith(before.slice(-b), after, skeletons);
        if (!hit) continue;
        // The whole word before is the name's (産連本部の整備状況: 産連 abbreviates the rest of the name).
        const end = start + before.length + 1 + hit.length;
        found.push({ entity: hit.entity, start, end, score: 0.9, how: "partial", text: text.slice(start, end) });
        break;
      }
    }
  }
  return found;
}

/**
 * The entity one of whose names ends with `before` and the whole of `after` (five characters or more), when only
 * one does: a shortened name keeps its head, the last word (整備状況), never stops inside a name (評価のプロジェクト
 * of …評価したプロジェクトの割合).
 */
function longestWith(before: string, after: string, skeletons: Skeleton[]): { entity: Entity; length: number } | undefined {
  const piece = before + after;
  if (piece.length < MIN_SKELETON) return undefined;
  const holders = new Set((byEnding(skeletons).get(piece.slice(-2)) ?? []).filter((s) => s.skeleton.endsWith(piece)).map((s) => s.entity));
  return holders.size === 1 ? { entity: [...holders][0]!, length: after.length } : undefined;
}

const endings = new WeakMap<Skeleton[], Map<string, Skeleton[]>>();

/** The skeletons by their last two characters, made once per list: a piece is compared with names ending as it does. */
function byEnding(skeletons: Skeleton[]): Map<string, Skeleton[]> {
  let index = endings.get(skeletons);
  if (!index) {
    index = new Map();
    for (const s of skeletons) index.set(s.skeleton.slice(-2), [...(index.get(s.skeleton.slice(-2)) ?? []), s]);
    endings.set(skeletons, index);
  }
  return index;
}

const indexes = new WeakMap<Skeleton[], FirstPairIndex>();

/** The skeletons by their first two characters, made once per list: a question is searched only for those starting in it. */
function indexOf(skeletons: Skeleton[]): FirstPairIndex {
  let index = indexes.get(skeletons);
  if (!index) indexes.set(skeletons, (index = indexByFirstPair(skeletons.map((s) => s.skeleton))));
  return index;
}
