/**
 * Finds the programs, regions, laws, indicators… a question names: by alias first, then by a piece of a
 * name that only one entity has (自立化促進 → 大学等産学官連携自立化促進プログラム), then by small typos
 * (都市エリヤ → 都市エリア). Weaker matches carry a lower score so answers can say how they read the question.
 */
import type { Entity, KnowledgeBase } from "../knowledge/load-knowledge.js";
import { normalizeForMatch } from "../knowledge/normalize-text.js";

export type Mention = { entity: Entity; start: number; end: number; score: number; how: "alias" | "partial" | "typo"; text: string; alternatives?: Entity[] };
export type EntityMatcher = { find(matchText: string, casedText?: string): Mention[] };

/** Pieces shorter than this are too common to identify an entity on their own. */
const MIN_PARTIAL = 4;
const TYPO_SIMILARITY = 0.74;
/** Names are matched partially only within runs of kanji and katakana, never across particles or digits. */
const NAME_RUN = /[\p{Script=Han}\p{Script=Katakana}ー・]+/gu;

/**
 * Prepares the question for matching: lower case, and no spaces except between ASCII words.
 * @example toMatchText("知的 クラスター の budget  plan") // "知的クラスターのbudget plan"
 */
export function toMatchText(normalized: string, keepCase = false): string {
  const word = /[A-Za-z0-9'’?.,!()-]/;
  return (keepCase ? normalized : normalized.toLowerCase()).replace(/\s+/g, (space, at: number, all: string) => (word.test(all[at - 1] ?? "") && word.test(all[at + space.length] ?? "") ? " " : ""));
}

/**
 * Builds a matcher over every entity's name, English name and aliases.
 * @example buildEntityMatcher(kb).find(toMatchText("都市エリアの予算"))[0].entity.id // "toshi-area"
 */
export function buildEntityMatcher(kb: KnowledgeBase): EntityMatcher {
  const names: Array<{ name: string; entity: Entity; ascii: boolean; acronym: boolean }> = [];
  for (const entity of kb.entities.values()) {
    const rawNames = [entity.name, entity.name.replace(/[（(][^）)]*[）)]/g, ""), entity.nameEn ?? "", ...entity.aliases];
    for (const raw of new Set(rawNames.filter(Boolean))) {
      // Decided after NFKC: a full-width ＩＴ is the word IT, matched on word boundaries, not inside "universities".
      const name = raw.normalize("NFKC");
      const ascii = /^[\x20-\x7e]+$/.test(name);
      // An all-caps alias (START, TLO) is an acronym: matched only in capitals, so "start" stays a word.
      const acronym = ascii && /^[A-Z0-9-]+$/.test(name) && /[A-Z]/.test(name);
      const form = acronym ? name : ascii ? name.toLowerCase().replace(/\s+/g, " ").trim() : normalizeForMatch(name, kb.vocabulary.variants).toLowerCase();
      if (form.length >= 2) names.push({ name: form, entity, ascii, acronym });
    }
  }
  const cjkNames = names.filter((n) => !n.ascii);
  const factCount = new Map<string, number>();
  for (const fact of kb.facts) factCount.set(fact.subject, (factCount.get(fact.subject) ?? 0) + 1);
  const weight = (e: Entity) => factCount.get(e.id) ?? 0;
  const english = [...kb.entities.values()].map((entity) => ({ entity, words: new Set([entity.nameEn ?? "", ...entity.aliases.filter((a) => /^[\x20-\x7e]+$/.test(a))].flatMap(englishWords)) })).filter((e) => e.words.size > 0);
  return {
    find(text, cased = text) {
      const exact: Mention[] = [];
      for (const { name, entity, ascii, acronym } of names) {
        if (ascii) {
          const re = new RegExp(`(?<![a-zA-Z0-9])${escapeRegExp(name)}(?![a-zA-Z0-9])`, "g");
          const haystack = acronym ? cased : text;
          for (let m = re.exec(haystack); m; m = re.exec(haystack)) exact.push({ entity, start: m.index, end: m.index + name.length, score: 1, how: "alias", text: name });
        } else {
          for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            if (!gluedToWord(text, at, at + name.length, name)) exact.push({ entity, start: at, end: at + name.length, score: 1, how: "alias", text: name });
          }
        }
      }
      const chosen = keepLongest(exact);
      const partial = [...findPartial(text, chosen, cjkNames, weight), ...findTypos(text, chosen, cjkNames)];
      const abbreviations = findAbbreviations(text, [...chosen, ...partial], cjkNames, weight);
      const more = [...partial, ...abbreviations, ...(chosen.length ? [] : findByEnglishWords(text, english))];
      return keepLongest([...chosen, ...more]).sort((a, b) => a.start - b.start);
    },
  };
}

/** Longest matches win; a match inside a longer one is dropped; one mention per entity. */
function keepLongest(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start));
  const kept: Mention[] = [];
  for (const m of sorted) {
    if (kept.some((k) => m.start < k.end && m.end > k.start)) continue;
    if (kept.some((k) => k.entity.id === m.entity.id)) continue;
    kept.push(m);
  }
  return kept;
}

function uncovered(text: string, taken: Mention[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (const m of [...taken].sort((a, b) => a.start - b.start)) {
    if (m.start > start) spans.push([start, m.start]);
    start = Math.max(start, m.end);
  }
  if (start < text.length) spans.push([start, text.length]);
  return spans;
}

/**
 * A run of kanji/katakana (4+ characters) that is part of an entity's name. When several entities share
 * it, the one with the most facts is taken (共同研究 → the indicator series, not a one-off count) and the
 * others are kept as `alternatives` so the answer can name them.
 */
function findPartial(text: string, taken: Mention[], names: Array<{ name: string; entity: Entity }>, weight: (e: Entity) => number): Mention[] {
  const fit = fitTo(text, names);
  const allNames = names.map((n) => n.name).join("\n");
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
          best = { entity, start: start + i, end: start + j, score: Math.min(0.95, 0.6 + piece.length / full / 2) - shared, how: "partial", text: piece, alternatives: owners.slice(1, 4) };
        }
        if (best) { found.push(best); i = best.end - start - 1; }
      }
    }
  }
  return found;
}

function findTypos(text: string, taken: Mention[], names: Array<{ name: string; entity: Entity }>): Mention[] {
  const found: Mention[] = [];
  const runs = uncovered(text, taken).flatMap(([from, to]) => [...text.slice(from, to).matchAll(NAME_RUN)].map((m): [number, string] => [from + m.index, m[0]]));
  for (const [from, span] of runs) {
    if (span.length < 4) continue;
    const spanGrams = bigrams(span);
    for (const { name, entity } of names) {
      if (name.length < 5 || name.length > span.length + 1) continue;
      const nameGrams = bigrams(name);
      if (![...nameGrams].some((g) => spanGrams.has(g))) continue;
      for (let len = name.length - 1; len <= name.length + 1; len++) {
        for (let i = 0; i + len <= span.length; i++) {
          const score = dice(nameGrams, bigrams(span.slice(i, i + len)));
          if (score >= TYPO_SIMILARITY) found.push({ entity, start: from + i, end: from + i + len, score: score * 0.9, how: "typo", text: span.slice(i, i + len) });
        }
      }
    }
  }
  return found;
}

function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) out.add(text.slice(i, i + 2));
  return out;
}

function dice(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return (2 * shared) / (a.size + b.size || 1);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const ENGLISH_STOP = new Set("the of for in on at a an and or by to with from how many much what which who when where was were is are be been did does do that this there their its it as per number total amount value fy year years".split(" "));

/** Content words of English text, lower case, possessives and plural -s dropped (patents → patent). */
export function englishWords(text: string): string[] {
  return (text.toLowerCase().replace(/'s\b/g, "").match(/[a-z0-9]+/g) ?? [])
    .map((w) => (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w))
    .filter((w) => !ENGLISH_STOP.has(w) && !/^\d+$/.test(w));
}

/**
 * English questions rarely repeat an English name word for word: the entity whose English names share
 * the most content words with the question (three, or two covering at least 40% of the name) is meant.
 */
function findByEnglishWords(text: string, english: Array<{ entity: Entity; words: Set<string> }>): Mention[] {
  const asked = new Set(englishWords(text));
  if (asked.size < 2) return [];
  const scored = english.map(({ entity, words }) => {
    const shared = [...words].filter((w) => asked.has(w)).length;
    return { entity, words, shared, coverage: shared / words.size };
  }).filter((s) => s.shared >= 3 || (s.shared >= 2 && s.coverage >= 0.4)).sort((a, b) => b.shared - a.shared || b.coverage - a.coverage);
  const best = scored[0];
  if (!best) return [];
  const shared = [...asked].filter((w) => best.words.has(w)).join(" ");
  return [{ entity: best.entity, start: 0, end: 0, score: 0.6 + 0.3 * best.coverage, how: "partial", text: shared, alternatives: scored.slice(1, 3).map((s) => s.entity) }];
}

const HAN = /\p{Script=Han}/u;
const KANA_OR_HAN = /[\p{Script=Han}\p{Script=Katakana}ー]/u;

/**
 * A short or generic alias inside a longer word is not that entity: 京都 in 京都大学, クラスター in
 * 産業クラスター. Two-character names must not run on into kanji; all-katakana names into kana or kanji.
 */
function gluedToWord(text: string, start: number, end: number, name: string): boolean {
  const before = text[start - 1] ?? "";
  const after = text[end] ?? "";
  if (name.length <= 2 && HAN.test(name) && (HAN.test(after) || HAN.test(before))) return true;
  return /^[\p{Script=Katakana}ー・]+$/u.test(name) && (KANA_OR_HAN.test(before) || /[\p{Script=Katakana}ー]/u.test(after));
}

/**
 * Abbreviations people type for long names: 知クラ (知的クラスター), 地域イノベ戦略支援 (地域イノベーション
 * 戦略支援プログラム). A run of three or more kanji/katakana that starts a name and whose characters occur in
 * it in order. Several owners: the root of one family, else the one with most facts, naming the others.
 */
function findAbbreviations(text: string, taken: Mention[], names: Array<{ name: string; entity: Entity }>, weight: (e: Entity) => number): Mention[] {
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
        found.push({ entity, start, end: start + end, score: roots.length > 1 ? 0.65 : 0.75, how: "partial", text: piece, alternatives: roots.slice(1, 4) });
        break;
      }
    }
  }
  return found;
}

function isSubsequence(piece: string, name: string): boolean {
  let at = 0;
  for (const c of piece) {
    at = name.indexOf(c, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/**
 * How much of the whole question an entity's names share, in two-character pieces: among entities that
 * share a partial name, the one that also has the question's other words (…参加機関数) is meant.
 */
function fitTo(text: string, names: Array<{ name: string; entity: Entity }>): (e: Entity) => number {
  const asked = bigrams(text);
  const cache = new Map<Entity, number>();
  return (entity) => {
    if (!cache.has(entity)) {
      const own = bigrams(names.filter((n) => n.entity === entity).map((n) => n.name).join("|"));
      cache.set(entity, [...asked].filter((g) => own.has(g)).length);
    }
    return cache.get(entity)!;
  };
}
