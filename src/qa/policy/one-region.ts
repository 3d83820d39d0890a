/**
 * One region named exactly and asked where (浜松クラスターってどこ？, 浜松クラスターの中核機関ってどこ？): the list of
 * its program's regions answers neither. Where it is, the documents say by its program and field; anything else of
 * it (its core institution, its office) they do not say.
 */
import type { Query } from "../understand-question.js";
import { hasCue, say, type Deps, type Draft } from "../answer-kit.js";
import { answerRegionField } from "../answer-shapes/regions.js";
import { regionNotDescribed } from "./check-answer.js";

/**
 * The one region a where-question names, with nothing that filters a list (a field, 同じ分野, 試行地域).
 * @example oneRegionAsked(understand("浜松クラスターってどこ？"), deps) // true
 */
export function oneRegionAsked(query: Query, deps: Deps): boolean {
  const [only, ...more] = query.mentions;
  return (
    only !== undefined &&
    more.length === 0 &&
    only.how === "alias" &&
    only.entity.type === "region" &&
    !hasCue(deps, query, "sameField") &&
    !hasCue(deps, query, "trial")
  );
}

/**
 * The region's program and field; or, when a thing of it is asked (の中核機関ってどこ), that the documents do not say.
 * @example answerOneRegion(understand("浜松クラスターの中核機関ってどこ？"), deps).status // "not_found"
 */
export function answerOneRegion(query: Query, deps: Deps): Draft {
  const region = query.mentions[0]!;
  // (A noun after the name, 中核機関 or core institution, is what is asked of it.)
  const after = query.match.slice(region.end).replace(/^\s*(?:の|'s)\s*/u, "");
  const thing = query.lang === "ja" ? /^[\p{Script=Han}\p{Script=Katakana}ー]{2,}/u.test(after) : query.leftover.trim().length > 0;
  if (thing) return regionNotDescribed(query, deps);
  // Where it is: the program it is a region of first (its last line), then its field.
  const field = answerRegionField(query, deps);
  const lines = field.lines ?? [];
  if (field.status !== "answered" || !region.entity.parent || lines.length === 0) return field;
  const name = query.lang === "en" ? (region.entity.nameEn ?? region.entity.name) : region.entity.name;
  const where = say(query.lang, `${name}は${lines[lines.length - 1]}`, `${name}: ${lines[lines.length - 1]}`);
  return { ...field, summary: where, lines: [field.summary, ...lines.slice(0, -1)] };
}
