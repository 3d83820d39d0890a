/**
 * Money asked of one region (富山・高岡クラスターは年間いくら？): the documents give no region a budget of its own,
 * but its program's support per region, for trial regions apart (試行地域 年間1億円). That is what the region gets,
 * said as the program's figure, never as the region's own budget.
 */
import type { Entity, Fact } from "../../knowledge/load-knowledge.js";
import type { Query } from "../understand-question.js";
import { asksMoney, factLine, numberCitations, say, shortEntityName, type Deps, type Draft } from "../answer-kit.js";
import { allows } from "./select-facts.js";

export type RegionSupport = { region: Entity; program: Entity; facts: Fact[] };

/**
 * The region a question asks money of, and its program's support figures that fit it (trial or not).
 * @example regionSupport(understand("富山・高岡クラスターは年間いくら？"), deps)?.program.id // "chiteki-cluster"
 */
export function regionSupport(query: Query, deps: Deps): RegionSupport | undefined {
  const region = query.mentions.length === 1 ? query.mentions[0]!.entity : undefined;
  const support = deps.intents.find((i) => i.keys.includes("support"));
  if (!region || region.type !== "region" || !support) return undefined;
  // (Money of someone else, a prefecture's own 県単予算 from 北海道庁, is not the program's support.)
  if (query.organizations.length > 0 || query.unknownWords.length > 0 || query.ownNames.length > 0) return undefined;
  // (Money may be the reading's or the figure word beside another reading: 試行地域って1年あたりいくら.)
  if (!asksMoney(query.intent) && !asksMoney(query.measureIntent)) return undefined;
  // (The support a region gets, in general words: 年間いくらの支援, how much … per year. The region's own budget
  // asked by its noun, 浜松クラスターに配分された予算額, 札幌クラスター単体の年間予算, or a year's amount, is
  // no support per region: the documents have none.)
  const general = deps.lexicon.cues.howMuch.map((w) => w.toLowerCase());
  const ownBudget = query.intent !== support && query.triggers.some((t) => !general.some((g) => t.toLowerCase().includes(g)));
  if (query.years.years.length > 0 || ownBudget) return undefined;
  if (deps.kb.facts.some((f) => f.subject === region.id)) return undefined;
  const trialWords = deps.lexicon.cues.trial.map((w) => w.normalize("NFKC").toLowerCase());
  const isTrial = (text: string) => trialWords.some((w) => text.normalize("NFKC").toLowerCase().includes(w));
  const trial = region.attributes.some((a) => a.key === "trial");
  for (let program = parentOf(deps, region); program; program = parentOf(deps, program)) {
    const facts = deps.kb.facts.filter(
      (f) => f.subject === program.id && allows(deps, support, f) && isTrial(`${f.scope ?? ""}${f.remark ?? ""}`) === trial,
    );
    if (facts.length) return { region, program, facts };
  }
  return undefined;
}

function parentOf(deps: Deps, entity: Entity): Entity | undefined {
  return entity.parent ? deps.kb.entities.get(entity.parent) : undefined;
}

/**
 * The program's support per region, introduced as what the region gets.
 * @example answerRegionSupport(query, deps, found).summary // "富山・高岡クラスターだけの額は資料にありませんが、…年間5億円程度 [1] です。"
 */
export function answerRegionSupport(query: Query, deps: Deps, found: RegionSupport): Draft {
  const { lang } = query;
  const { region, program, facts } = found;
  const { citations, numberOf } = numberCitations(facts);
  const trial = region.attributes.some((a) => a.key === "trial");
  const regionName = shortEntityName(region, lang);
  const programName = shortEntityName(program, lang);
  const kind = trial ? say(lang, "試行地域", "trial region") : say(lang, "地域", "region");
  return {
    status: "answered",
    summary: say(
      lang,
      `${regionName}だけの額は資料にありません。${programName}の1${kind}あたりの支援額は次のとおりです。`,
      `The documents give no amount for ${regionName} alone; ${programName} supports each ${kind} as follows.`,
    ),
    lines: facts.map((f) => `・${factLine(deps.kb, f, lang, numberOf(f))}`),
    facts,
    citations,
    topic: { subject: program.id },
  };
}
