/**
 * A figure of each member of a kind (都市エリアの各エリアの事業化件数), or the member that ranks first
 * (一番成果が出たのはどこのエリア), where the documents give no figure of any one member: the knowledge holds no fact
 * of that kind (regions), so the program's total or a passage on its outcome would answer another question.
 */
import type { EntityType } from "../../knowledge/schema.js";
import type { Query } from "../understand-question.js";
import { findTriggers } from "../detect-intent.js";
import { exampleOptions } from "../answer-shapes/help.js";
import { hasCue, say, shortEntityName, type Deps, type Draft } from "../answer-kit.js";

export type MembersAsked = { kind: EntityType; how: "each" | "pick" | "rank"; label: { ja: string; en: string } };
type Phrases = { kind: EntityType; each: string[]; pick: string[]; rank: string[]; label: { ja: string; en: string } };

const phrasesOf = new WeakMap<Deps["kb"], Phrases[]>();

/** The kinds of which no member holds a figure, with the lexicon's phrases for their members; made once per knowledge. */
function unfiguredKinds(deps: Deps): Phrases[] {
  let kinds = phrasesOf.get(deps.kb);
  if (kinds) return kinds;
  const figured = new Set(deps.kb.facts.map((f) => deps.kb.entities.get(f.subject)?.type));
  const fill = (templates: string[], words: string[]) =>
    templates.flatMap((t) => words.map((w) => t.replaceAll("{kind}", w).normalize("NFKC").toLowerCase()));
  kinds = Object.entries(deps.lexicon.categories)
    .filter(([kind]) => !figured.has(kind as EntityType))
    .map(([kind, words]) => ({
      kind: kind as EntityType,
      each: fill(deps.lexicon.memberAsks.each, words),
      pick: fill(deps.lexicon.memberAsks.pick, words),
      rank: fill(deps.lexicon.memberAsks.rank, words),
      label: { ja: words[0]!, en: words.find((w) => /^[a-z]+s$/.test(w)) ?? words[0]! },
    }));
  phrasesOf.set(deps.kb, kinds);
  return kinds;
}

/**
 * What a question asks of the members of a kind with no figures: each one's figure, their ranking, or the first.
 * @example membersAsked(understand("都市エリアで一番成果が出たのはどこのエリア？"), deps)?.how // "pick"
 */
export function membersAsked(query: Query, deps: Deps): MembersAsked | undefined {
  for (const { kind, each, pick, rank, label } of unfiguredKinds(deps)) {
    if (findTriggers(each, query.match, []).length > 0) return { kind, how: "each", label };
    // (Words inside a name are no kind asked: 地域 of 地域科学技術の事業を予算でランキング; nor is a kind that only
    // places another asked, 地域の事業の予算ランキング ranks programs.)
    const onlyKind = query.askedTypes.every((t) => t === kind);
    if (onlyKind && findTriggers(rank, query.match, query.mentions).length > 0) return { kind, how: "rank", label };
    if (findTriggers(pick, query.match, []).length > 0 && hasCue(deps, query, "superlative")) return { kind, how: "pick", label };
  }
  return undefined;
}

/**
 * "Not in the documents", saying that their figures are of programs, with the members' list to ask instead.
 * @example answerMembersAsked(query, deps, asked).summary // "資料には、地域ごとの数値や順位は載っていません。…"
 */
export function answerMembersAsked(query: Query, deps: Deps, asked: MembersAsked): Draft {
  const { lang } = query;
  const programs = query.mentions.map((m) => m.entity).filter((e) => e.type === "program");
  const options = programs.length
    ? programs.map((p) => {
        const q = say(
          lang,
          `${shortEntityName(p, lang)}の${asked.label.ja}は？`,
          `Which ${asked.label.en} does ${shortEntityName(p, lang)} have?`,
        );
        return { label: q, question: q };
      })
    : exampleOptions(deps);
  return {
    status: "not_found",
    summary: say(
      lang,
      `資料には、${asked.label.ja}ごとの数値や順位は載っていません（数値は事業全体のものです）。`,
      `The documents give no figure or ranking of individual ${asked.label.en}; their figures are program-wide.`,
    ),
    options,
    topic: programs[0] ? { subject: programs[0].id } : undefined,
  };
}
