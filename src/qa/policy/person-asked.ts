/**
 * People asked for (誰, who): the documents name only the heads of the owning divisions, with their office. A
 * question naming an office gets its head; any other person asked for is not in the documents.
 */
import type { Query } from "../understand-question.js";
import type { Attribute, Entity } from "../../knowledge/load-knowledge.js";
import { entityName, hasCue, numberCitations, say, type Deps, type Draft } from "../answer-kit.js";
import { escapeRegExp } from "../match/mention.js";

/**
 * Whether an answer names a person by a post (室長：中川健朗, …課（木村 直人）): the documents write heads so.
 * @example namesPerson({ status: "answered", summary: "…振興室（室長：中川健朗）" }, deps) // true
 */
export function namesPerson(d: Draft, deps: Pick<Deps, "lexicon">): boolean {
  return personPattern(deps).test([d.summary, ...(d.lines ?? [])].join("\n"));
}

const patterns = new WeakMap<object, RegExp>();

/**
 * A head named after a post of the lexicon (室長：中川健朗) or in brackets after an office (…地域支援課（木村 直人）),
 * as the documents write heads; made once per lexicon.
 */
function personPattern(deps: Pick<Deps, "lexicon">): RegExp {
  let pattern = patterns.get(deps.lexicon);
  if (!pattern) {
    const posts = deps.lexicon.cues.posts
      .filter((p) => /\p{Script=Han}/u.test(p))
      .map(escapeRegExp)
      .join("|");
    pattern = new RegExp(
      `(?:${posts})[：:\\s]\\s*\\p{Script=Han}{2,}|(?:室|課|局)[（(]\\p{Script=Han}{1,3}\\s?\\p{Script=Han}{1,3}[）)]`,
      "u",
    );
    patterns.set(deps.lexicon, pattern);
  }
  return pattern;
}

/**
 * The head of an office the question names (地域科学技術振興室の室長って誰): the attribute that names the office
 * with its head, cited. Undefined when the question names no such office.
 * @example personByOffice(understand("地域科学技術振興室の室長って誰？"), deps)?.summary // "「…（室長：中川健朗）」です…"
 */
export function personByOffice(query: Query, deps: Deps): Draft | undefined {
  const runs = query.match.match(/\p{Script=Han}{4,}/gu) ?? [];
  // The office that shares most of the question's words (産業連携 and 地域支援課, not 産業連携 alone).
  let best: { score: number; entity: Entity; attribute: Attribute } | undefined;
  for (const entity of deps.kb.entities.values())
    for (const attribute of entity.attributes) {
      const value = attribute.value.normalize("NFKC");
      const score = runs.filter((r) => value.includes(r)).reduce((n, r) => n + r.length, 0);
      if (personPattern(deps).test(value) && score > 0 && (!best || score > best.score)) best = { score, entity, attribute };
    }
  // Or the office of a program the question names (who heads the office running the knowledge cluster program),
  // when the office is what it asks of (神戸クラスターの本部長 asks another post).
  const ofOffice = hasCue(deps, query, "offices");
  const namesHead = (a: Attribute) => personPattern(deps).test(a.value.normalize("NFKC"));
  // (The surest name first: the Knowledge Cluster Initiative typed whole before a guess at regional S&T promotion.)
  const named = query.mentions.filter((m) => m.entity.attributes.some(namesHead)).sort((a, b) => b.score - a.score);
  const owner = !best && ofOffice ? named[0]?.entity : undefined;
  if (owner) best = { score: 1, entity: owner, attribute: owner.attributes.find(namesHead)! };
  if (!best) return undefined;
  const { entity, attribute } = best;
  const { citations } = numberCitations([attribute]);
  return {
    status: "answered",
    summary: say(
      query.lang,
      `「${attribute.value}」です（${entity.name}の主管課）。 [1]`,
      `${attribute.value} (the owning division of ${entityName(entity, query.lang)}). [1]`,
    ),
    citations,
    topic: { subject: entity.id },
  };
}

/**
 * Who holds a post is not in the documents, but a program's owning division and its head are.
 * @example personNotNamed(understand("神戸クラスターの本部長って誰？"), deps).status // "not_found"
 */
export function personNotNamed(query: Query, deps: Deps): Draft {
  const subject = query.mentions[0]?.entity;
  const { lang } = query;
  const ask = subject ? say(lang, `${subject.name}の主管課は？`, `Which division owns ${subject.nameEn ?? subject.name}?`) : undefined;
  return {
    status: "not_found",
    summary: say(
      lang,
      "資料には、その役職の人の名前は載っていません（載っているのは、事業の主管課とその室長・課長の名前です）。",
      "The documents do not name who holds that post (they name each program's owning division and its head).",
    ),
    options: ask ? [{ label: ask, question: ask }] : [],
    ...(subject ? { topic: { subject: subject.id } } : {}),
  };
}
