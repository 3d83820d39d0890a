/**
 * Example questions made from what the knowledge base holds (a program's budget series, an indicator's latest
 * year, a law, a program's description), so that suggested prompts and App Home examples follow the documents
 * instead of a fixed list. Each candidate is asked once and kept only when the bot answers it.
 */
import type { Entity, KnowledgeBase } from "../knowledge/load-knowledge.js";
import type { Answer } from "./types.js";

type Lang = "ja" | "en";
type Ask = (question: string) => Pick<Answer, "status">;

/**
 * Up to `max` questions in `lang` that `ask` answers with status "answered", one of each kind first.
 * @example suggestQuestions(kb, (q) => answerQuestion(deps, q), "ja")
 * // ["知的クラスターの予算の推移は？", "2011年度の共同研究件数は？", "TLO法はいつ制定された？", "都市エリア事業とは？"]
 */
export function suggestQuestions(kb: KnowledgeBase, ask: Ask, lang: Lang, max = 4): string[] {
  const kinds = [budgetSeries(kb, lang), latestIndicator(kb, lang), enactedLaw(kb, lang), programDescription(kb, lang)];
  // Round robin over the kinds: the first of each kind, then the second of each.
  const candidates = [0, 1].flatMap((i) => kinds.flatMap((k) => (k[i] ? [k[i]] : [])));
  const kept: string[] = [];
  for (const question of candidates) {
    if (kept.length >= max) break;
    if (!kept.includes(question) && ask(question).status === "answered") kept.push(question);
  }
  return kept;
}

/** A name people type: the first alias in the question's script, else the entity's own name. */
function nameOf(entity: Entity, lang: Lang): string {
  const ascii = (s: string) => /^[\x20-\x7E]+$/.test(s);
  if (lang === "en")
    return entity.nameEn && entity.nameEn.length <= 40
      ? entity.nameEn
      : (entity.aliases.find((a) => ascii(a) && /[a-z]{3}/i.test(a)) ?? entity.nameEn ?? entity.name);
  return entity.aliases.find((a) => !ascii(a) && a.length >= 3) ?? entity.name;
}

function topLevel(kb: KnowledgeBase, type: Entity["type"]): Entity[] {
  return [...kb.entities.values()].filter((e) => e.type === type && !e.parent);
}

/** Programs with budgets in two or more fiscal years, the longest series first. */
function budgetSeries(kb: KnowledgeBase, lang: Lang): string[] {
  const budget = new Set(kb.vocabulary.measures.filter((m) => m.category === "budget").map((m) => m.id));
  const years = (e: Entity) =>
    new Set(kb.facts.filter((f) => f.subject === e.id && budget.has(f.measure) && f.fiscalYear !== null).map((f) => f.fiscalYear)).size;
  return topLevel(kb, "program")
    .filter((e) => years(e) >= 2)
    .sort((a, b) => years(b) - years(a))
    .slice(0, 2)
    .map((e) => (lang === "ja" ? `${nameOf(e, lang)}の予算の推移は？` : `How did the ${nameOf(e, lang)} budget change?`));
}

/** Indicators with an actual figure, asked for their latest such year. */
function latestIndicator(kb: KnowledgeBase, lang: Lang): string[] {
  const actual = new Set(kb.vocabulary.qualifiers.filter((q) => q.group === "actual").map((q) => q.id));
  return [...kb.entities.values()]
    .filter((e) => e.type === "indicator")
    .flatMap((e) => {
      const latest = Math.max(
        ...kb.facts.filter((f) => f.subject === e.id && actual.has(f.qualifier) && f.fiscalYear !== null).map((f) => f.fiscalYear!),
      );
      if (!Number.isFinite(latest)) return [];
      return [lang === "ja" ? `${latest}年度の${nameOf(e, lang)}は？` : `${nameOf(e, lang)} in FY${latest}`];
    })
    .slice(0, 2);
}

/** Laws whose enactment the documents date. */
function enactedLaw(kb: KnowledgeBase, lang: Lang): string[] {
  return topLevel(kb, "law")
    .filter((e) => e.attributes.some((a) => a.key === "enacted"))
    .slice(0, 2)
    .map((e) => (lang === "ja" ? `${nameOf(e, lang)}はいつ制定された？` : `When was the ${nameOf(e, lang)} enacted?`));
}

/** Programs the documents describe. */
function programDescription(kb: KnowledgeBase, lang: Lang): string[] {
  return topLevel(kb, "program")
    .slice(0, 2)
    .map((e) => (lang === "ja" ? `${nameOf(e, lang)}とは？` : `What is the ${nameOf(e, lang)}?`));
}
