/**
 * 八戸市です。うちの都市エリアって分野なんでしたっけ: the asker says where they are from in a sentence of its own,
 * and the asker's own word (うちの, our) points at that place. The place's name is put where the pointing words
 * were (八戸エリアって分野なんでしたっけ), so that the question names its subject. The words are data
 * (`cues.ours` and `categories` in intents/lexicon.yaml).
 */
import type { Entity } from "../../knowledge/load-knowledge.js";
import type { Lexicon } from "../intent-schema.js";
import { escapeRegExp } from "../match/mention.js";

/**
 * The text with the asker's own words (and the kind of place after them, 都市エリア) replaced by the place's name,
 * or undefined when the text has no such words.
 * @example namingOurPlace("うちの都市エリアって分野は？", hachinohe, lexicon) // "八戸エリアって分野は？"
 */
export function namingOurPlace(text: string, place: Entity, lexicon: Pick<Lexicon, "cues" | "categories">): string | undefined {
  const ours = lexicon.cues.ours.map(escapeRegExp).join("|");
  const kinds = (lexicon.categories.region ?? []).map(escapeRegExp).join("|");
  // (Latin words stand alone: my of mystery is none.)
  const pointing = new RegExp(`(?<![A-Za-z])(?:${ours})(?![A-Za-z])\\s*(?:[^\\s、。,.?？]{0,6}?(${kinds}))?`, "iu");
  const hit = pointing.exec(text);
  if (!hit) return undefined;
  // (In English the name stands alone, our area → Hachinohe area; in Japanese it takes の unless a kind ends it.)
  const english = /^[a-z]/i.test(hit[0]);
  const name = english ? `${place.nameEn ?? place.name} ` : `${place.name}${hit[1] ? "" : "の"}`;
  return `${text.slice(0, hit.index)}${name}${text.slice(hit.index + hit[0].length)}`.replace(/\s{2,}/g, " ");
}
