/**
 * Fuzzed questions for the latency benchmark: real questions bent the ways people and pastes bend them
 * (typos, fillers, other years, two questions glued, half a question, full-width, noise), reproducibly
 * from a seed. They measure speed, not accuracy: no answer is checked.
 */

/** A small seeded generator (mulberry32): the same seed gives the same inputs on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILLERS = ["すみません、", "えーと", "ちなみに", "教えてください", "ね", "？？", "!!", "って何だっけ", "please ", "あの、"];
const NOISE = "産学官連携予算年度地域知的クラスター都市エリア件数目標abcXYZ0123456789平成令和、。・（）「」 ";
type Bend = (question: string, pool: string[], random: () => number) => string;

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;
const at = (text: string, random: () => number) => Math.floor(random() * (text.length + 1));

const BENDS: Bend[] = [
  (q) => q,
  (q, _, r) => {
    const i = at(q, r);
    return q.slice(0, i) + q.slice(i + 1);
  },
  (q, _, r) => {
    const i = at(q, r);
    return q.slice(0, i) + q.charAt(i) + q.slice(i);
  },
  (q, _, r) => `${pick(FILLERS, r)}${q}${pick(FILLERS, r)}`,
  (q, _, r) => q.replace(/\d+/g, () => String(Math.floor(r() * 40))),
  (q, _, r) => q.replace(/(平成\d+年度|\d{4}年度?)/g, () => pick(["平成16年度", "2011年", "FY2008", "令和5年度", "H23"], r)),
  (q, pool, r) => `${q} ${pick(pool, r)}`,
  (q, _, r) => q.slice(0, 1 + Math.floor(r() * q.length)),
  (q) => q.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
  (_, __, r) => Array.from({ length: 1 + Math.floor(r() * 120) }, () => pick([...NOISE], r)).join(""),
  (q, pool, r) => `${q}と${pick(pool, r)}を比べると？`,
  (q, _, r) => q.repeat(1 + Math.floor(r() * 4)),
];

/**
 * Makes `count` inputs from a pool of real questions.
 * @example fuzzQuestions(["都市エリアの予算は?"], 3, 7) // three bent copies, the same ones for seed 7 every time
 */
export function fuzzQuestions(pool: string[], count: number, seed: number): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => pick(BENDS, random)(pick(pool, random), pool, random));
}
