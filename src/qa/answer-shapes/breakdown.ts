/**
 * What a figure is given for (マッチングの場のアンケート、どのイベントが対象？): the scopes of the subject's figures,
 * each named once and cited where the documents give it (新技術説明会・聴講者, 大学見本市・来場者…).
 */
import type { Entity, Fact } from "../../knowledge/load-knowledge.js";
import type { Query } from "../understand-question.js";
import { numberCitations, say, shortEntityName, type Deps, type Draft } from "../answer-kit.js";

/**
 * The one subject named whose figures are given for two or more scopes, or undefined.
 * @example scopedSubject(understand("マッチングの場のアンケートってどのイベントが対象？"), deps)?.id // "ind-matching-ba-rate"
 */
export function scopedSubject(query: Query, deps: Deps): Entity | undefined {
  const named = [...new Set(query.mentions.filter((m) => m.score >= 0.6).map((m) => m.entity))];
  if (named.length !== 1) return undefined;
  const scopes = new Set(deps.kb.facts.filter((f) => f.subject === named[0]!.id && f.scope).map((f) => f.scope));
  return scopes.size >= 2 ? named[0] : undefined;
}

/**
 * @example answerBreakdown(understand("マッチングの場アンケートの対象になってる取組は？"), deps, subject).lines?.[0] // "・新技術説明会・聴講者 [1]"
 */
export function answerBreakdown(query: Query, deps: Deps, subject: Entity): Draft {
  const { lang } = query;
  const first = new Map<string, Fact>();
  for (const f of deps.kb.facts) if (f.subject === subject.id && f.scope && !first.has(f.scope)) first.set(f.scope, f);
  const facts = [...first.values()];
  const { citations, numberOf } = numberCitations(facts);
  const name = shortEntityName(subject, lang);
  return {
    status: "answered",
    summary: say(
      lang,
      `${name}の数値は、資料では次の${facts.length}つの区分ごとに示されています。`,
      `The documents give ${name} for these ${facts.length} groups:`,
    ),
    lines: facts.map((f) => `・${f.scope} [${numberOf(f)}]`),
    facts,
    citations,
    topic: { intent: query.intent?.name, subject: subject.id },
  };
}
