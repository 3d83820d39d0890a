/**
 * Answers with a program's cited properties: owner division, start year, goals. A phase without the
 * property answers with its parent program's, and says so.
 */
import type { Query } from "../understand-question.js";
import { entityName, numberCitations, say, termLabel, type Deps, type Draft } from "../answer-kit.js";
import { askWhich, pickSubjects } from "./pick-subject.js";
import { answeringPassage, answerTopic, namesDocumentPhrase } from "../describe/topic-passage.js";
import { answerDescribe } from "./describe.js";
import { programsInPlace } from "./programs-in-place.js";
import { passageAnswer, sectionOfDocument } from "./passages.js";
import type { Attribute, Entity } from "../../knowledge/load-knowledge.js";

const withKeyOf = (deps: Deps, keys: string[], id: string) =>
  deps.kb.entities.get(id)?.attributes.filter((a) => keys.includes(a.key)) ?? [];

/**
 * @example answerAttribute(understand("知的クラスター創成事業の主管課は?"), deps).summary // "…科学技術・学術政策局地域科学技術振興室…"
 */
export function answerAttribute(query: Query, deps: Deps): Draft {
  const { lang } = query;
  const intent = query.intent!;
  const subjects = pickSubjects(query, deps, intent.subjectTypes);
  // The programs of a named place (達成目標2の…事業を挙げて): listed from where the documents give their figures.
  if (intent.keys.includes("component") && subjects.every((s) => withKeyOf(deps, intent.keys, s.id).length === 0)) {
    const listed = programsInPlace(query, deps, subjects);
    if (listed) return listed;
  }
  const withKey = (id: string) => deps.kb.entities.get(id)?.attributes.filter((a) => intent.keys.includes(a.key)) ?? [];
  if (subjects.length === 0) {
    // The value given, the owner asked (レビューシート0188ってどの事業？).
    const compact = query.text.replace(/\s/g, "");
    const owners = [...deps.kb.entities.values()].flatMap((e) =>
      e.attributes
        .filter(
          (a) => intent.keys.includes(a.key) && /\d/.test(a.value) && compact.includes(a.value.replace(/[（(].*$/, "").replace(/\s/g, "")),
        )
        .map((a) => ({ e, a })),
    );
    if (owners.length > 0) {
      const { citations, numberOf } = numberCitations(owners.map((o) => o.a));
      const label = termLabel(deps.kb, "attributes", owners[0]!.a.key, lang);
      return {
        status: "answered",
        summary: say(
          lang,
          `${label}「${owners[0]!.a.value}」は ${owners.map((o) => `${o.e.name} [${numberOf(o.a)}]`).join("、")} のものです。`,
          `${label} ${owners[0]!.a.value} belongs to ${owners.map((o) => `${entityName(o.e, lang)} [${numberOf(o.a)}]`).join(", ")}.`,
        ),
        citations,
        topic: { intent: intent.name, subject: owners[0]!.e.id },
      };
    }
  }
  // Something the documents name that is no entity (知的創造による地域産学官連携強化プログラムの事業): its passage.
  const named = subjects.length === 0 && namesDocumentPhrase(query, deps) ? answeringPassage(query, deps) : undefined;
  if (named) return answerTopic(query, deps, named);
  // A document named and no subject (H24の評価書の施策目標は？): the document's section titled with the asked word.
  const titled = subjects.length === 0 ? sectionOfDocument(query, deps) : undefined;
  if (titled)
    return passageAnswer(
      query,
      deps,
      titled,
      say(
        lang,
        `「${titled.section.split(" › ").pop()}」について、資料には次のようにあります。 [1]`,
        "The section of the documents on that [1]:",
      ),
      { intent: intent.name },
      true,
    );
  if (subjects.length === 0)
    return askWhich(
      query,
      [...deps.kb.entities.values()].filter((e) => intent.subjectTypes.includes(e.type) && withKey(e.id).length > 0),
    );
  // Two or more programs named, each with the property (…と…の主管課はそれぞれ): each one's, in the order asked.
  const each = subjects.filter((s) => withKey(s.id).length > 0);
  if (each.length >= 2) return eachSubjectsProperty(query, deps, each, withKey);
  const subject = subjects[0]!;
  let owner = subject;
  let attributes = withKey(subject.id);
  while (attributes.length === 0 && owner.parent) {
    owner = deps.kb.entities.get(owner.parent)!;
    attributes = withKey(owner.id);
  }
  const name = entityName(subject, lang);
  const topic = { intent: intent.name, subject: subject.id };
  const label = intent.keys.map((k) => termLabel(deps.kb, "attributes", k, lang))[0]!;
  if (attributes.length === 0) {
    // Not a recorded property: the passages may still say it (地域イノベーション・システムの強化で目指すべき方向性).
    const passage = answerDescribe(query, deps);
    if (passage.status === "answered" && saysProperty(passage, intent.passageWords)) return passage;
    const known = [...new Set(subject.attributes.map((a) => termLabel(deps.kb, "attributes", a.key, lang)))];
    return {
      status: "not_found",
      summary: say(lang, `${name}の${label}は、資料には見当たりません。`, `The documents do not state the ${label} of ${name}.`),
      lines: known.length ? [say(lang, `資料にあるのは: ${known.join("、")}`, `They do state: ${known.join(", ")}`)] : [],
      topic,
    };
  }
  // A part asked its aim (産学官連携支援事業の目的) says it in its own description; its parent's goals are the
  // parent's. The description is shown, and the parent's goals offered.
  const ownDescription = subject.attributes.filter((a) => a.key === "description");
  if (owner !== subject && intent.keys.includes("goal") && ownDescription.length > 0) {
    const { citations } = numberCitations(ownDescription.slice(0, 1));
    const ask = say(lang, `${owner.name}の${label}は？`, `What are the ${label} of ${entityName(owner, lang)}?`);
    return {
      status: "answered",
      citations,
      topic,
      options: [{ label: ask, question: ask }],
      summary: say(lang, `${name}は、資料によると次のとおりです。 [1]`, `What the documents say ${name} is for [1]:`),
      lines: [
        `「${ownDescription[0]!.value}」`,
        say(
          lang,
          `※${label}は${owner.name}（${name}を含む事業）のものが資料にあります。`,
          `Note: the documents give the ${label} of ${entityName(owner, lang)}, which ${name} is part of.`,
        ),
      ],
    };
  }
  const { citations, numberOf } = numberCitations(attributes);
  // A fiscal value (平成14年度) gets its western fiscal year, a dated one (平成13年3月) its calendar year.
  const shown = (a: (typeof attributes)[number]) =>
    a.year
      ? `${a.value}${say(lang, `（${a.year}年${/年度/.test(a.value) ? "度" : ""}）`, ` (${/年度/.test(a.value) ? "FY" : ""}${a.year})`)}`
      : a.value;
  const inherited =
    owner !== subject
      ? [
          say(
            lang,
            `※${name}は${entityName(owner, lang)}の一部のため、その${label}を示しています。`,
            `Note: ${name} is part of ${entityName(owner, lang)}; this is its ${label}.`,
          ),
        ]
      : [];
  if (attributes.length === 1) {
    const a = attributes[0]!;
    return {
      status: "answered",
      summary: say(lang, `${name}の${label}は「${shown(a)}」です。 [1]`, `${label} of ${name}: ${shown(a)} [1]`),
      lines: inherited,
      citations,
      topic,
    };
  }
  const lines = attributes.map((a) => `・${termLabel(deps.kb, "attributes", a.key, lang)}: ${shown(a)} [${numberOf(a)}]`);
  return {
    status: "answered",
    summary: say(lang, `${name}の${label}:`, `${name}: ${label}`),
    lines: [...lines, ...inherited],
    citations,
    topic,
  };
}

/**
 * Whether a passage found for a property states it: it holds one of the property's words, when the intent names
 * any (an owner's 課 or 室; an overview of the program does not say who owns it).
 * @example saysProperty({ status: "answered", summary: "", citations: [{ quote: "…振興室…" }] }, ["室"]) // true
 */
function saysProperty(passage: Draft, words: string[]): boolean {
  if (words.length === 0) return true;
  const text = [passage.summary, ...(passage.lines ?? []), ...(passage.citations ?? []).map((c) => c.quote)].join("\n");
  return words.some((w) => text.includes(w));
}

/**
 * The property of each subject named, one line each.
 * @example eachSubjectsProperty(understand("知的クラスター創成事業と総合的産学官連携推進事業の主管課は？"), deps, both, withKey).lines?.length // 2
 */
function eachSubjectsProperty(query: Query, deps: Deps, subjects: Entity[], withKey: (id: string) => Attribute[]): Draft {
  const { lang } = query;
  const intent = query.intent!;
  const label = intent.keys.map((k) => termLabel(deps.kb, "attributes", k, lang))[0]!;
  const attributes = subjects.flatMap((s) => withKey(s.id).map((a) => ({ s, a })));
  const { citations, numberOf } = numberCitations(attributes.map((x) => x.a));
  const programs = subjects.every((s) => s.type === "program");
  return {
    status: "answered",
    summary: say(
      lang,
      `${label}（${subjects.length}${programs ? "事業" : "件"}）:`,
      `${label.charAt(0).toUpperCase()}${label.slice(1)} of ${subjects.length} ${programs ? "programs" : "subjects"}:`,
    ),
    lines: attributes.map(({ s, a }) => `・${entityName(s, lang)}: ${a.value} [${numberOf(a)}]`),
    citations,
    topic: { intent: intent.name, subject: subjects[0]!.id },
  };
}
