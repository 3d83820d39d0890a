/**
 * The rules that keep an answer from answering a neighbouring question: words the documents never use,
 * one organization's figure, what the question asks beyond the evidence found, scope words explained.
 */
import { withDescendants, type Deps, type Draft } from "./answer-kit.js";
import { say } from "./answer-kit.js";
import type { Query } from "./understand-question.js";
import type { Fact } from "../knowledge/load-knowledge.js";
import { answerDescribe, notInDocuments } from "./answer-shapes/describe.js";
import { asDocumentsWrite } from "./describe/answer-aspect.js";
import { answerTopic, findTopicPassage, topicWords } from "./describe/topic-passage.js";
import { sectionUnits } from "./describe/section-units.js";
import { scoreIntents } from "./detect-intent.js";

/**
 * The leftover without words of the named entities' fact scopes (聴講者 of 新技術説明会・聴講者), a word or a
 * synonym of one (全国 for 我が国全体 of 我が国全体（大学と民間企業との共同研究数）).
 * @example withoutScopeWords(understand("全国の共同研究数はどれくらい"), deps) // ""
 */
export function withoutScopeWords(query: Query, deps: Deps): string {
  const ids = new Set(query.mentions.map((m) => m.entity.id));
  const scopes = deps.kb.facts
    .filter((f) => f.scope && ids.has(f.subject))
    .map((f) => f.scope!.normalize("NFKC").toLowerCase())
    .join("|");
  const inScope = (w: string) => scopes.includes(w) || scopes.includes(asDocumentsWrite(deps, w));
  return query.leftover
    .split(/\s+/)
    .filter((w) => w && !inScope(w))
    .join(" ");
}

/**
 * Words the question asks about (中間評価) that none of the answer's evidence contains, as typed or as a
 * synonym (全国 is in evidence that says 我が国全体).
 * @example asksBeyondEvidence(understand("…の中間評価は"), draftWithoutIt, deps) // true
 */
export function asksBeyondEvidence(query: Query, draft: Draft, deps?: Deps): boolean {
  // (A word that says which organizations a count counts, 対象 of 対象大学等の数, qualifies the figure's own noun.)
  const counting = draft.facts?.length ? (deps?.lexicon.cues.countedOrganizations ?? []) : [];
  const words = askedWords(query).filter((w) => !counting.includes(w));
  if (words.length === 0 || !draft.citations?.length) return false;
  const about = (draft.facts ?? []).map((f) => `${f.scope ?? ""}${f.remark ?? ""}`).join("");
  const evidence = `${draft.citations.map((c) => `${c.section}${c.quote}`).join("")}${about}`
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\s/g, "");
  const holds = (w: string) => evidence.includes(w) || (deps !== undefined && evidence.includes(asDocumentsWrite(deps, w)));
  return words.every((w) => !holds(w));
}

/** Words of two kanji or katakana the question asks beside its subject, its question words and its own phrasing. */
function askedWords(query: Query): string[] {
  // A word inside one of the intent's own words (期間 of 支援期間) is asked by the intent, not beyond it.
  const own = (query.intent?.triggers ?? []).map((t) => t.normalize("NFKC").toLowerCase());
  return (
    // (Things a clause picks out, 事後評価で高評価だった地域, are picked by its compounds whole: 評価 alone is no match.)
    (PICKED_BY_CLAUSE.test(query.match) ? compounds(leftoverWords(query), query.match) : leftoverWords(query))
      // Words the documents never use (範囲 of 分かる範囲で) are the asker's phrasing: no evidence could hold them.
      .filter(
        (w) =>
          (w.match(/[\p{Script=Han}\p{Script=Katakana}]/gu) ?? []).length >= 2 &&
          !own.some((t) => t.includes(w)) &&
          !query.unknownWords.includes(w),
      )
  );
}

/**
 * The passage that holds what was asked, when there is one; otherwise the figures, as they were. A description
 * of the subject that still lacks the word asked beside it (知クラの中間評価、何のため) gives way to the passage
 * that holds that word with the subject's (…事業開始3年目に中間評価を実施).
 */
export function passageInstead(query: Query, deps: Deps, draft: Draft): Draft {
  const passage = answerDescribe(query, deps);
  if (passage.status === "answered" && asksBeyondEvidence(query, passage, deps)) {
    const holding = passageHolding(query, deps);
    if (holding) return answerTopic(query, deps, holding);
    // A passage that holds the words no better than the figures (本格 of 本格実施地域の補助、1地域あたりいくら:
    // a list of the regions) answers a neighbouring question; the figures of the measure the question names stand.
    // (Not a change of a measure it never named: 雇用はどれだけ増えた is not the budget's change.)
    // Unless they are things a clause picks out (事後評価で高評価だった地域はいくつ): the figures count them all.
    if (draft.facts?.length && query.mentions.some((m) => m.how === "alias") && PICKED_BY_CLAUSE.test(query.match))
      return subsetNotGiven(query, draft);
    if (draft.facts?.length && namesMeasureOf(query, deps, draft.facts)) return draft;
  }
  // A figure asked of a subject (都市エリアの特許出願件数) is never answered by a passage that does not name it
  // (TLOの特許出願数 → 2,361件): the subject's figure is not in the documents.
  if (passage.status === "answered" && draft.facts?.length && !namesSubject(query, deps, passage)) return figureNotGiven(query, draft);
  return passage.status === "answered" ? passage : draft;
}

/** Whether the passage's sections or quotes name the subject named exactly, by any of its names. */
function namesSubject(query: Query, deps: Deps, passage: Draft): boolean {
  const subject = query.mentions.find((m) => m.how === "alias")?.entity;
  if (!subject) return true;
  const squeeze = (t: string) => t.normalize("NFKC").toLowerCase().replace(/\s/g, "");
  const names = [subject.name, ...subject.aliases].map(squeeze).filter((n) => n.length >= 2);
  const text = squeeze((passage.citations ?? []).map((c) => `${c.section}${c.quote}`).join(""));
  return names.some((n) => text.includes(n)) || (passage.facts ?? []).some((f) => withDescendants(deps.kb, subject.id).has(f.subject));
}

/** The figure asked of the subject is not in the documents; the figures they do give of it are asked for by name. */
function figureNotGiven(query: Query, draft: Draft): Draft {
  const subject = query.mentions.find((m) => m.how === "alias")!.entity;
  const asked = query.leftover.replace(/\s+/g, "");
  const name = query.lang === "en" ? (subject.nameEn ?? subject.name) : subject.name;
  return {
    status: "not_found",
    summary: say(query.lang, `${name}の「${asked}」の数値は資料にありません。`, `The documents give no "${asked}" figure for ${name}.`),
    ...(draft.topic ? { topic: draft.topic } : {}),
  };
}

/** A clause ending in a verb right before the counted noun and the question word (高評価だった地域はいくつ). */
const PICKED_BY_CLAUSE =
  /(?:だった|された|れた|した|できた|なった|している|してる)[\p{Script=Han}\p{Script=Katakana}ー]{1,8}(?:は|が|って|の数は?)?\s*(?:いくつ|何|どれだけ|どのくらい|どれくらい)/u;

/**
 * Not in the documents: the count of those a clause picks out, when the documents count them all.
 * @example subsetNotGiven(understand("都市エリア事業の事後評価で高評価だった地域はいくつ？"), draft).status // "not_found"
 */
function subsetNotGiven(query: Query, draft: Draft): Draft {
  const subject = query.mentions.find((m) => m.how === "alias")!.entity;
  const picked = compounds(leftoverWords(query), query.match).join("・");
  const name = query.lang === "en" ? (subject.nameEn ?? subject.name) : subject.name;
  return {
    status: "not_found",
    summary: say(
      query.lang,
      `${name}について、「${picked}」に当たるものの数は資料にありません（資料にあるのは全体の数です）。`,
      `The documents do not count those of ${name} picked out by "${picked}" (they give the total only).`,
    ),
    ...(draft.topic ? { topic: draft.topic } : {}),
  };
}

/** The topic passage among the units that hold every word asked beyond the subject, weighed by all the question's words. */
function passageHolding(query: Query, deps: Deps) {
  // (Kanji terms of three characters or more, 中間評価: two-character words (開始, 予定) and loan words (ポイント)
  // are the asker's phrasing as often.)
  const asked = askedWords(query).filter((w) => /^\p{Script=Han}{3,}$/u.test(w));
  if (!asked.length) return undefined;
  const holds = (t: string) => asked.every((w) => t.includes(w));
  const sections = sectionUnits(deps.kb).filter((s) => holds(s.context) || s.match.some(holds));
  return findTopicPassage(sections, topicWords(query, deps).known);
}

/** A figure for one organization (京都大学の共同研究件数): the documents give national or program-wide figures only. */
export function notForOrganization(query: Query): Draft {
  const orgs = query.organizations.map((o) => say(query.lang, `「${o}」`, `"${o}"`)).join(say(query.lang, "・", ", "));
  // Another ministry's figures (厚労省, the health ministry) are in no document of MEXT's: no overall figure of theirs.
  if (query.organizations.every((o) => /[省庁]$|ministry$|^ministry of |^[A-Z]{2,5}$/iu.test(o)))
    return {
      status: "not_found",
      summary: say(
        query.lang,
        `資料は文部科学省の施策の文書で、${orgs}の数値は載っていません。`,
        `The documents are MEXT's policy documents; they give no figures of ${orgs}.`,
      ),
    };
  const broader = query.organizations.reduce((q, o) => q.replace(new RegExp(`${o}\\s*(?:の|が|は|から|では|で)?`), ""), query.text).trim();
  return {
    status: "not_found",
    summary: say(
      query.lang,
      `資料には${orgs}についての数値はありません（資料の数値は全国・事業全体のものです）。`,
      `The documents give no figure for ${orgs}; their figures are national or program-wide.`,
    ),
    // (Only a question that is broader: one whose organization is typed otherwise than named stays as it was.)
    ...(broader && broader !== query.text.trim()
      ? {
          lines: [say(query.lang, "全体の数値なら答えられます:", "The overall figure can be asked:")],
          options: [{ label: broader, question: broader }],
        }
      : {}),
  };
}

/** The question names something the documents never mention: say so rather than answer a neighbouring question. */
export function notMentioned(query: Query, deps: Deps): Draft {
  // As the user typed it (Germany, NEDO), not in the form it was matched in.
  const typed = (w: string) => {
    const at = query.text.normalize("NFKC").toLowerCase().indexOf(w);
    return at >= 0 ? query.text.normalize("NFKC").slice(at, at + w.length) : w;
  };
  const words = [...new Set([...query.unknownWords, ...query.ownNames])]
    .map((w) => say(query.lang, `「${typed(w)}」`, `"${typed(w)}"`))
    .join(say(query.lang, "・", ", "));
  const base = notInDocuments(query, deps);
  return {
    ...base,
    summary: say(
      query.lang,
      `${words}は資料（文部科学省の文書）に出てこないため、答えられません。`,
      `The documents (MEXT documents) never mention ${words}, so I cannot answer that.`,
    ),
  };
}

/** Regions the question names exactly (名古屋クラスター). */
export function regionsNamed(query: Query): string[] {
  return query.mentions.filter((m) => m.how === "alias" && m.entity.type === "region").map((m) => m.entity.name);
}

/**
 * A region named, figures of something else given (名古屋クラスターの特許出願件数 → the all-region 約160件):
 * the documents do not give that region's figure.
 */
export function otherSubjectsFigures(query: Query, draft: Draft, deps: Pick<Deps, "kb">): boolean {
  const named = query.mentions.filter((m) => m.how === "alias" && m.entity.type === "region");
  const regions = named.map((m) => m.entity.id);
  // (Support per region of the region's own program is what each of its regions gets: 富山…1地域あたり年間いくら.)
  const programs = named.map((m) => m.entity.parent);
  const category = (f: Fact) => deps.kb.vocabulary.measures.find((m) => m.id === f.measure)?.category;
  const ownSupport = (f: Fact) => category(f) === "support" && programs.includes(f.subject);
  const facts = draft.facts ?? [];
  return regions.length > 0 && facts.length > 0 && !facts.some((f) => regions.includes(f.subject) || ownSupport(f));
}

/**
 * Words typed as one compound (事後評価, 高評価) kept whole: evidence holding 評価 does not hold 事後評価.
 * @example compounds(["事後", "評価", "高", "評価"], "…の事後評価で高評価だった…") // ["事後評価", "高評価"]
 */
function compounds(words: string[], match: string): string[] {
  const kanji = /^\p{Script=Han}+$/u;
  const out: string[] = [];
  for (const w of words.filter(Boolean)) {
    const last = out.at(-1);
    if (last && kanji.test(last) && kanji.test(w) && match.includes(last + w)) out[out.length - 1] = last + w;
    else out.push(w);
  }
  return out;
}

/** The leftover's words, verbs dropped. */
const leftoverWords = (query: Query) => withoutVerbs(query.leftover, query.match).split(/\s+/);

/**
 * Drops leftover words used as verbs (設定されてる, 達成できてる, 把握して): they say what happens to the subject,
 * not a subject or restriction that a figure's evidence must contain.
 */
function withoutVerbs(leftover: string, match: string): string {
  const verb = /^(?:する|され|させ|して|した|しま|でき|出来|している|してる)/;
  return leftover
    .split(/\s+/)
    .filter((w) => {
      if (!/^[\p{Script=Han}]+$/u.test(w)) return true;
      for (let at = match.indexOf(w); at >= 0; at = match.indexOf(w, at + 1)) if (!verb.test(match.slice(at + w.length))) return true;
      return false;
    })
    .join(" ")
    .trim();
}

/**
 * Whether the question's own words name the measure of every figure answered (1地域あたり, 補助額 for support).
 * @example namesMeasureOf(understand("知クラ本格実施地域の補助、1地域あたり年間いくら？"), deps, supportFacts) // true
 */
function namesMeasureOf(query: Query, deps: Deps, facts: Fact[]): boolean {
  const category = (f: Fact) => deps.kb.vocabulary.measures.find((m) => m.id === f.measure)?.category;
  const asked = scoreIntents(deps.intents, query.match, query.mentions, 0)
    .filter((c) => c.intent.shape === "facts" && c.triggers.length > 0)
    .flatMap((c) => c.intent.measures);
  return facts.every((f) => asked.includes(category(f)!));
}
