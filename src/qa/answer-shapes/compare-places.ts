/**
 * Figures by country (日本の大学発ベンチャー数を米英と比べて): each named country's figure, cited, side by side;
 * a country the documents give no figure for is said to be missing, never filled with a neighbour's.
 */
import type { Entity, Fact } from "../../knowledge/load-knowledge.js";
import type { Query } from "../understand-question.js";
import { factFigure, factYear, kindAfterYear, numberCitations, say, shortEntityName, type Deps, type Draft } from "../answer-kit.js";
import { findPlaces } from "../query/places.js";

/** A subject whose figures are given per country, and the places the question names. */
export type PlacesAsked = { subject: Entity; places: string[]; byPlace: Map<string, Fact> };

/**
 * The places a question names and, for a subject it names whose family (itself, its parent, their children) has
 * figures per country, each place's figure: the scope's for another country, the latest of the figures without a
 * place in the same document for the home country. Undefined when no such subject or no place is named.
 * @example placesAsked(understand("日本の大学発ベンチャー数を米英と比べて"), deps)?.places // ["日本", "アメリカ", "イギリス"]
 */
export function placesAsked(query: Query, deps: Deps): PlacesAsked | undefined {
  const places = findPlaces(query.text.normalize("NFKC"), deps.lexicon);
  if (places.length === 0) return undefined;
  const home = deps.lexicon.homePlace;
  for (const mention of query.mentions) {
    const family = familyOf(deps, mention.entity);
    const facts = deps.kb.facts.filter((f) => family.has(f.subject) && f.fiscalYear !== null);
    const placeOf = (f: Fact) => Object.keys(deps.lexicon.places).find((p) => p !== home && f.scope?.includes(p));
    const abroad = facts.filter((f) => placeOf(f) !== undefined);
    if (abroad.length === 0) continue;
    const byPlace = new Map<string, Fact>();
    for (const f of abroad) if (!byPlace.has(placeOf(f)!)) byPlace.set(placeOf(f)!, f);
    // The home country's figure is the one the same document sets beside them: its latest without a place.
    const documents = new Set(abroad.map((f) => f.evidence.document));
    const own = facts
      .filter((f) => !placeOf(f) && !f.scope && documents.has(f.evidence.document))
      .sort((a, b) => b.fiscalYear! - a.fiscalYear!)[0];
    if (home && own) byPlace.set(home, own);
    const subject = deps.kb.entities.get(own?.subject ?? mention.entity.id) ?? mention.entity;
    return { subject, places, byPlace };
  }
  return undefined;
}

/** A place in the question's language: its first English word of more than three letters (Japan), with its name. */
function placeName(deps: Deps, place: string, lang: "ja" | "en"): string {
  const english = (deps.lexicon.places[place] ?? []).find((w) => /^[A-Z][a-z]{3,}/.test(w));
  return lang === "en" && english ? `${english} (${place})` : place;
}

/** An entity, its parent, and the children of both. */
function familyOf(deps: Deps, entity: Entity): Set<string> {
  const roots = new Set([entity.id, ...(entity.parent ? [entity.parent] : [])]);
  const family = new Set(roots);
  for (const e of deps.kb.entities.values()) if (e.parent && roots.has(e.parent)) family.add(e.id);
  return family;
}

/**
 * @example answerPlaces(query, deps, asked).lines?.[0] // "・日本: 424社（平成14年8月までの累計（2002年度）） [1]"
 */
export function answerPlaces(query: Query, deps: Deps, asked: PlacesAsked): Draft {
  const { lang } = query;
  const name = shortEntityName(asked.subject, lang);
  const given = asked.places.filter((p) => asked.byPlace.has(p));
  const missing = asked.places.filter((p) => !asked.byPlace.has(p));
  const have = [...asked.byPlace.keys()];
  const topic = { intent: "places", subject: asked.subject.id };
  if (given.length === 0)
    return {
      status: "not_found",
      summary: say(
        lang,
        `${missing.join("・")}の${name}の数値は資料にありません。資料にあるのは${have.join("・")}の数値です。`,
        `The documents give no figure of ${name} for ${missing.map((p) => placeName(deps, p, lang)).join(", ")}; they give it for ${have.map((p) => placeName(deps, p, lang)).join(", ")}.`,
      ),
      options: [{ label: have.join("・"), question: say(lang, `${have.join("・")}の${name}を比べて`, `${name}: ${have.join(", ")}`) }],
      topic,
    };
  // A year asked that none of the named countries' figures is of (UK spinouts set up in 2005: 1996's only) is not
  // answered with another year's figure: the years the documents give are said instead.
  const years = query.years.years.map((y) => y.fiscalYear);
  // (Any country's: a year may be another part's, 大学発ベンチャーの累計（H14.8まで）とアメリカの年間設立数.)
  const ofYear = [...asked.byPlace.values()].filter((f) => years.includes(f.fiscalYear ?? NaN));
  if (years.length > 0 && ofYear.length === 0) {
    const asWritten = given.map((p) => `${placeName(deps, p, lang)}: ${factYear(asked.byPlace.get(p)!, lang)}`).join(say(lang, "、", "; "));
    return {
      status: "not_found",
      summary: say(
        lang,
        `${query.years.years.map((y) => y.text).join("・")}の${name}の数値は資料にありません（資料にあるのは ${asWritten} の数値です）。`,
        `The documents give no figure of ${name} for ${query.years.years.map((y) => y.text).join(", ")} (they give ${asWritten}).`,
      ),
      topic,
    };
  }
  // One country asked alone with its figure is the plain figure; two or more are set side by side.
  const shown = given.length === 1 && missing.length === 0 ? given : [...new Set([...given, ...have])];
  const facts = shown.map((p) => asked.byPlace.get(p)!);
  const { citations, numberOf } = numberCitations(facts);
  const kinds = new Set(facts.map((f) => `${f.qualifier}|${f.remark ?? ""}`));
  const line = (p: string) => {
    const f = asked.byPlace.get(p)!;
    const year = factYear(f, lang);
    // The remark says what the figure counts (年間の設立件数), unless the year already says it (…までの累計).
    const remark = f.remark && !year.normalize("NFKC").includes(f.remark.normalize("NFKC")) ? f.remark : "";
    const when = `${year}${kindAfterYear(deps.kb, f, lang, " ")}${remark ? say(lang, `、${remark}`, `, ${remark}`) : ""}`;
    return `・${placeName(deps, p, lang)}: ${factFigure(f, lang)}${say(lang, `（${when}）`, ` (${when})`)} [${numberOf(f)}]`;
  };
  // A comparison with a country the documents lack (ドイツ vs 日本) cannot be made: said so first, with the one
  // country's figure there is; the other countries are no part of what was asked.
  if (given.length === 1 && missing.length > 0) {
    const only = given[0]!;
    return {
      status: "not_found",
      summary: say(
        lang,
        `${missing.join("・")}の${name}の数値は資料にないため、比べられません。${only}の数値は次のとおりです。`,
        `The documents give no figure of ${name} for ${missing.map((p) => placeName(deps, p, lang)).join(", ")}, so the two cannot be compared. The figure for ${placeName(deps, only, lang)}:`,
      ),
      lines: [line(only)],
      facts: [asked.byPlace.get(only)!],
      citations: numberCitations([asked.byPlace.get(only)!]).citations,
      topic,
    };
  }
  return {
    status: "answered",
    summary: say(
      lang,
      `${name}を国ごとに並べます${kinds.size > 1 ? "（数値の種類や年が国によって異なり、そのままは比べられません）" : ""}。`,
      `${name} by country${kinds.size > 1 ? " (the figures differ in kind or year from country to country, so they do not compare directly)" : ""}:`,
    ),
    lines: [
      ...shown.map(line),
      ...missing.map((p) => say(lang, `・${p}: 資料に数値はありません`, `・${placeName(deps, p, lang)}: not in the documents`)),
    ],
    facts,
    citations,
    topic,
  };
}
