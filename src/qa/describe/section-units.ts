/**
 * Every section of the knowledge base as units (sentences, list items), split once per knowledge base and
 * kept beside it, with the normalized text that subject names and question words are matched against.
 */
import type { KnowledgeBase } from "../../knowledge/load-knowledge.js";
import type { Section, SourceDocument } from "../../knowledge/document-model.js";
import { normalizeForMatch } from "../../knowledge/normalize-text.js";
import { splitUnits, type Unit } from "./sentences.js";

export type UnitSection = {
  section: Section;
  document: SourceDocument;
  units: Unit[];
  /** Each unit's shown text, normalized for matching (NFKC, variants, no spaces, lower case). */
  match: string[];
  /** The heading path, normalized: a section is about what its headings name (not what the document's title lists). */
  context: string;
  /** The section's own title, normalized, without its number (⑥必要性 → 必要性). */
  own: string;
  /** Its own title and those of parents that are only a heading, normalized, without numbers. */
  titles: string[];
};

const cache = new WeakMap<KnowledgeBase, UnitSection[]>();

/**
 * The knowledge base's sections as units, built on first use.
 * @example sectionUnits(kb).find((s) => s.own === "必要性")?.units[0].shown
 */
export function sectionUnits(kb: KnowledgeBase): UnitSection[] {
  const known = cache.get(kb);
  if (known) return known;
  const norm = (t: string) => normalizeForMatch(t, kb.vocabulary.variants).toLowerCase();
  const bare = (t: string) => norm(t).replace(/^[\p{N}\p{P}\p{S}①-⑳]+/u, "");
  const built = [...kb.documents.values()].flatMap((document) => {
    const split = document.sections.map((section) => ({ section, units: splitUnits(section) }));
    // A parent that is only a heading (## 目指すべき方向性) titles its subsections; one with text of its own
    // (5. …施策の成果) does not lend its title words to them.
    const headingOnly = new Set(split.filter((s) => s.units.length <= 1).map((s) => s.section.label));
    return split.map(({ section, units }): UnitSection => {
      const parents = section.path.slice(0, -1).map((_t, i) => [document.file, ...section.path.slice(0, i + 1)].join(" › "));
      const titles = [bare(section.title), ...parents.filter((l) => headingOnly.has(l)).map((l) => bare(l.split(" › ").pop()!))];
      const match = units.map((u) => norm(u.shown));
      return { section, document, units, match, context: norm(section.path.join("")), own: titles[0]!, titles };
    });
  });
  cache.set(kb, built);
  return built;
}

/**
 * The unit's text shown without the section's own heading it starts with (⑥必要性 地域産業が… → 地域産業が…).
 * @example withoutTitle("⑥必要性地域産業が…", "⑥必要性") // "地域産業が…"
 */
export function withoutTitle(shown: string, title: string): string {
  const head = title.replace(/[（(].*$/u, "").replace(/\s/g, "");
  const squeezed = shown.replace(/\s/g, "");
  if (head.length < 2 || !squeezed.startsWith(head)) return shown;
  let taken = 0;
  let i = 0;
  while (taken < head.length && i < shown.length) {
    if (!/\s/.test(shown[i]!)) taken++;
    i++;
  }
  const rest = shown.slice(i).trim();
  return rest.length >= 8 ? rest : shown;
}
