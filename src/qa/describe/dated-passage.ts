/**
 * An aspect asked of one year of a subject (知的クラスターの初年度の評価, H14の進み具合): the sentence of the subject's
 * documents that dates itself to that year and states the aspect (１４年度については…概ね順調…と判断される).
 * 初年度 is the subject's start year, from its cited start-year attribute.
 */
import type { Entity } from "../../knowledge/load-knowledge.js";
import type { Query } from "../understand-question.js";
import { hasCue, type Deps } from "../answer-kit.js";
import { annotateEraYears } from "../../search/tokenize.js";
import type { UnitSection } from "./section-units.js";
import type { AspectAsk, Passage } from "./by-aspect.js";

/** Words after a year that place the question in time (H16の時点で, 当時): the documents of then, no dated sentence. */
const PLACING = /^(?:時点で|時点では|時点の|当時|頃|ごろ|のころ)/u;

/**
 * The years the question dates its aspect to: those it names, or the subject's start year for 初年度.
 * @example datedYears(understand("知的クラスターの初年度の評価"), deps, cluster) // [2002]
 */
export function datedYears(query: Query, deps: Deps, subject: Entity | undefined): number[] {
  // A question of when (H14開始の地域の中間評価はいつ) asks a date; its year says which regions, not which passage.
  const norm = (c: string) => c.normalize("NFKC").toLowerCase();
  if (Object.values(deps.lexicon.aspects).some((a) => a.asksDate && a.cues.some((c) => query.match.includes(norm(c))))) return [];
  // A year of a kind of figure (16年度要求の説明, H20予算案で) names a budget document, not the date of what is asked.
  // (In English too, of a budget's kinds only: the FY2004 request, not the 2013 target.)
  const budgetKinds = new Set(deps.kb.vocabulary.qualifiers.filter((q) => q.group === "budget").map((q) => q.id));
  const kinds = Object.entries(deps.lexicon.qualifierCues)
    .flatMap(([id, cues]) => cues.filter((c) => !/^[a-z]/i.test(c) || budgetKinds.has(id)))
    .map(norm);
  const ofKind = (y: Query["years"]["years"][number]) => {
    const after = query.match.slice(y.index + norm(y.text).length).replace(/^(?:の|\s)/u, "");
    return kinds.some((k) => after.startsWith(k)) || PLACING.test(after);
  };
  const named = query.years.years.filter((y) => !ofKind(y)).map((y) => y.fiscalYear);
  if (named.length || !subject || !hasCue(deps, query, "firstYear")) return named;
  const start = subject.attributes.find((a) => a.key === "start-year" && a.year !== undefined)?.year;
  return start === undefined ? [] : [start];
}

/**
 * The first unit of a section about the subject that names one of the years, with a marker of the aspect in it
 * or in the unit after it (a sentence the PDF broke before its verb); undefined when none does.
 * @example findDatedPassage(sectionUnits(kb), ask, [2002])?.units[0].shown // "また、１４年度については、…"
 */
export function findDatedPassage(sections: UnitSection[], ask: AspectAsk, years: number[]): Passage | undefined {
  if (years.length === 0 || ask.names.length === 0) return undefined;
  const markers = ask.aspect.markers.map((m) => m.normalize("NFKC").toLowerCase());
  const marked = (text: string | undefined) => text !== undefined && markers.some((m) => text.includes(m));
  const dated = (text: string) => years.some((y) => annotateEraYears(text).includes(`${y}年`));
  for (const where of sections) {
    // (Headed by the subject's name: a document about two programs dates the other's sentences too.)
    if (!ask.names.some((n) => where.context.includes(n))) continue;
    const at = where.units.findIndex((u, i) => dated(u.shown) && (marked(where.match[i]) || marked(where.match[i + 1])));
    if (at >= 0) return { where, units: where.units.slice(at, marked(where.match[at]) ? at + 1 : at + 2) };
  }
  return undefined;
}
