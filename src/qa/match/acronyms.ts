/**
 * Acronyms people make of a program's English name (KC for the Knowledge Cluster Initiative, RISSP for the
 * Regional Innovation Strategy Support Program): the initials of its name's words, with and without the noun
 * for its kind (Initiative, Program…). The documents never write them, so they are guesses: an acronym that
 * several names make names none of them.
 */
import type { Entity } from "../../knowledge/load-knowledge.js";
import type { Mention } from "./mention.js";

/** Words no one takes an initial of (for, of, and…). */
const SKIPPED = new Set(["for", "of", "and", "the", "in", "on", "to", "by", "from", "through", "with", "a", "an"]);
/** Nouns for a program's kind, often left out of its acronym (KC of Knowledge Cluster Initiative). */
const KINDS = new Set(["initiative", "program", "programme", "project", "scheme", "plan"]);

/**
 * Each acronym and the entities whose English names make it.
 * @example indexAcronyms([knowledgeCluster]).get("KC") // [knowledgeCluster]
 */
export function indexAcronyms(entities: Iterable<Entity>): Map<string, Entity[]> {
  const index = new Map<string, Entity[]>();
  for (const entity of entities) {
    if (!entity.nameEn) continue;
    const words = entity.nameEn
      .replace(/\([^)]*\)/g, " ")
      .split(/[\s-]+/)
      .filter((w) => /^[A-Za-z]/.test(w) && !SKIPPED.has(w.toLowerCase()));
    const core = words.filter((w) => !KINDS.has(w.toLowerCase()));
    for (const ws of [words, core]) {
      const acronym = ws.map((w) => w[0]!.toUpperCase()).join("");
      if (acronym.length < 2) continue;
      const list = index.get(acronym) ?? [];
      if (!list.includes(entity)) index.set(acronym, [...list, entity]);
    }
  }
  return index;
}

/**
 * Mentions of the acronyms typed in capitals that one name makes (its phases' names make it too: the program is
 * meant), where nothing else was found.
 * @example acronymMentions("KC budget for 2003", "kc budget for 2003", index, [])[0].entity.id // "chiteki-cluster"
 */
export function acronymMentions(text: string, match: string, index: Map<string, Entity[]>, found: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(/(?<![A-Za-z])[A-Z]{2,5}(?![A-Za-z])/g)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (match.slice(start, end) !== m[0].toLowerCase() || found.some((f) => f.start < end && f.end > start)) continue;
    const named = index.get(m[0]) ?? [];
    // (A program and its phases make one acronym: the program.)
    const top = named.filter((e) => !named.some((p) => p.id === e.parent));
    if (top.length !== 1) continue;
    out.push({ entity: top[0]!, start, end, score: 0.8, how: "partial", text: match.slice(start, end) });
  }
  return out;
}
