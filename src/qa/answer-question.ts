/**
 * The path of a question through the core: normalize → read (query) → policy → facts / search → answer.
 * Never throws for anything a user can type: empty, huge, emoji-only and markup-only input get an answer.
 */
import { toMatchText } from "./resolve-entities.js";
import type { Answer, AskOptions } from "./types.js";
import type { Deps, Draft, Shape as ShapeFn } from "./answer-kit.js";
import { hasCue, say } from "./answer-kit.js";
import { hasWords, MAX_QUESTION_LENGTH, normalizeQuestion } from "./normalize-question.js";
import { understandQuestion, type Query, detectLanguage } from "./understand-question.js";
import { answerFacts } from "./answer-shapes/facts.js";
import { answerSeries } from "./answer-shapes/series.js";
import { answerExtreme } from "./answer-shapes/extreme.js";
import { answerDifference } from "./answer-shapes/difference.js";
import { answerAttribute } from "./answer-shapes/attribute.js";
import { answerRegions, answerRegionField } from "./answer-shapes/regions.js";
import { answerLawYear, answerLawsInYear } from "./answer-shapes/laws.js";
import { answerDescribe } from "./answer-shapes/describe.js";
import { answerHelp, exampleOptions } from "./answer-shapes/help.js";
import { answerOutOfScope, outOfScopeKind } from "./answer-shapes/out-of-scope.js";
import { answerVersusTarget } from "./answer-shapes/versus-target.js";
import { decideBeforeAnswer, shapeOf, type Shape } from "./policy/answerability.js";
import { checkAnswer } from "./policy/check-answer.js";
import { pickedOption } from "./follow-up.js";
import { namingOurPlace } from "./query/askers-place.js";
import { splitParts, joinParts } from "./split-parts.js";
import { findTriggers } from "./detect-intent.js";
import { withOtherYears } from "./other-years.js";
import { finishAnswer } from "./finish-answer.js";
import { renderText } from "./render-text.js";
import { extractedCaution } from "./extracted-caution.js";
import { citePage } from "./cite-pages.js";
import { withinDocuments } from "./query/document-reference.js";
import { coordinatedParts } from "./query/coordinated-asks.js";
import { joinCuts } from "./query/join-split.js";
import { parseFiscalYears } from "./fiscal-year.js";
import { citeHeader } from "./cite-header.js";
import { correctSpelling } from "./query/correct-spelling.js";
import { inCorpus } from "./query/in-corpus.js";
import { withSameYear } from "./query/same-year.js";

const SHAPES: Record<Shape, ShapeFn> = {
  facts: answerFacts,
  series: answerSeries,
  extreme: answerExtreme,
  difference: answerDifference,
  attribute: answerAttribute,
  regions: answerRegions,
  "region-field": answerRegionField,
  "law-year": answerLawYear,
  "laws-in-year": answerLawsInYear,
  describe: answerDescribe,
  help: answerHelp,
  "out-of-scope": answerOutOfScope,
  "versus-target": answerVersusTarget,
};

/**
 * Answers one question (or each part of a question that asks two things).
 * @example answerQuestion(deps, "2011年の共同研究件数").status // "answered"
 */
export function answerQuestion(deps: Deps, question: string, options: AskOptions = {}): Answer {
  return withProvenance(deps, withSpelling(deps, question, options, answerOnce(deps, question, options)));
}

/** The policy's rules that say "not in the documents" from the lexicon's reading of the words, not from a miss. */
const LEXICON_READINGS = ["out-of-scope", "members-not-given"];

/**
 * A question not answered as typed is read again with its mistyped words corrected (概算要球額 → 概算要求額);
 * the corrected reading is used only when it answers, and says what it read.
 */
function withSpelling(deps: Deps, question: string, options: AskOptions, answer: Answer): Answer {
  // Only a question not answered as typed: a stretch the documents never write is no typo often enough
  // (ITの知的クラスター全部 is not 知的クラスター数) that an answer found as typed is the better reading.
  // Nor one the lexicon says no document answers (機関名の一覧: names, not 機関数; 各エリアの…: no region's figure):
  // that is a reading, not a typo.
  // An English word mistyped (buget) is read again also when the question was answered by a passage only:
  // the word it stands for may ask a figure the passage does not give.
  const passageOnly = answer.status === "answered" && answer.facts.length === 0;
  if (
    (answer.status === "answered" && !passageOnly) ||
    LEXICON_READINGS.includes(answer.intent ?? "") ||
    question.length > MAX_QUESTION_LENGTH
  )
    return answer;
  const { text, corrections } = correctSpelling(normalizeQuestion(question, deps.kb.vocabulary.variants), deps.words.spelling, deps.corpus);
  if (corrections.length === 0 || (passageOnly && !corrections.some((c) => /^[a-z]+$/.test(c.typed)))) return answer;
  const again = answerOnce(deps, text, options);
  if (again.status !== "answered" || (passageOnly && again.facts.length === 0)) return answer;
  const read = corrections.map((c) => say(again.lang, `「${c.typed}」を「${c.read}」`, `"${c.typed}" as "${c.read}"`));
  const note = say(again.lang, `※${read.join("、")}と読みました。`, `Note: read ${read.join(", ")}.`);
  const lines = [note, ...again.lines];
  return { ...again, question, lines, text: renderText({ ...again, lines }) };
}

/** Pages, links and table headers on the citations, and the caution line when a stated figure was extracted, not reviewed. */
function withProvenance(deps: Deps, answer: Answer): Answer {
  const citations = answer.citations.map((c) => citeHeader(deps.kb, citePage(deps.kb, c)));
  const caution = extractedCaution(deps.kb, answer.facts, answer.lang);
  if (!caution && citations.every((c, i) => c === answer.citations[i])) return answer;
  const lines = caution ? [...answer.lines, caution] : answer.lines;
  return { ...answer, citations, ...(caution ? { caution } : {}), text: renderText({ ...answer, lines, citations }) };
}

function answerOnce(deps: Deps, question: string, options: AskOptions): Answer {
  const text = normalizeQuestion(question ?? "", deps.kb.vocabulary.variants);
  const lang = detectLanguage(text);
  if (!hasWords(text))
    return finishAnswer(question, lang, "none", {
      status: "clarify",
      summary: say(lang, "質問を入力してください。例えば次のように聞けます:", "Please type a question, for example:"),
      options: exampleOptions(deps),
    });
  if (text.length > MAX_QUESTION_LENGTH)
    return finishAnswer(question, lang, "none", {
      status: "not_found",
      summary: say(
        lang,
        `質問が長すぎます（${MAX_QUESTION_LENGTH.toLocaleString()}文字まで）。知りたいことを短く聞いてください。`,
        `That is too long to be a question (${MAX_QUESTION_LENGTH.toLocaleString()} characters at most). Please ask briefly.`,
      ),
    });
  // "2" after a clarify question picks its second option; the option is a whole question of its own.
  const picked = pickedOption(text, options.previous);
  if (picked) return { ...answerOnce(deps, picked, {}), question };
  // A greeting or an aside beside the question ("すみません。", "ありがとう！") is no part of its own.
  // A question of one part is read once, in answerPart; only several parts are each checked for content.
  // An opinion or a prediction asked anywhere (…増えると思う？予想でいいので) makes the whole question one.
  const pieces = splitParts(text);
  if (pieces.length > 1 && outOfScopeKind(deps, understandQuestion(deps, question))) return answerPart(deps, question, options);
  // Each piece read once here, to tell asks from greetings and addenda.
  const read = withAskersPlace(deps, pieces.length > 1 ? pieces.map((part) => ({ part, query: understandQuestion(deps, part) })) : []);
  // (A sentence about the asker, 新任のコーディネーターです。, asks nothing beside a question.)
  // (One that names what the question leaves out, 浜松市の…です。うちの知的クラスターって, is its context: kept.)
  const namedIn = (q: Query) => new Set(q.mentions.map((m) => m.entity.id));
  const namedElsewhere = (self: Query) => new Set(read.filter((r) => r.query !== self).flatMap((r) => [...namedIn(r.query)]));
  const onlyAboutAsker = (part: string, query: Query) =>
    aboutTheAsker(deps, part, query) && [...namedIn(query)].every((id) => namedElsewhere(query).has(id));
  // (Nor does a remark in brackets after a question on the document to look in, (chiiki inobe no shiryou): it says
  // where, not what; (施策の概要) says what.)
  const remark = (part: string, query: Query) =>
    /^[(（][^()（）]*[)）]$/u.test(part.trim()) && findTriggers(deps.lexicon.cues.documentWords, query.match, []).length > 0;
  const questions = read.filter(({ part, query }) => asksSomething(deps, query) && !remark(part, query));
  const asking = questions.filter(({ part, query }) => !onlyAboutAsker(part, query));
  const parts = withSameYear(withAddenda(asking.length ? asking : questions), deps.lexicon.cues.sameYear);
  // Each part after the first may leave its subject out (目標値と、23年度の実績は？): it follows the part before.
  if (parts.length > 1) {
    // Documents a part names (H17資料の時点で…、大学発ベンチャー数は？) are every part's.
    const documents = [...new Set(read.flatMap(({ query }) => query.documents))];
    const answers: Answer[] = [];
    for (const part of parts)
      answers.push(
        answerPart(deps, part, {
          ...(answers.length ? { previous: answers[answers.length - 1]!.topic, samePart: true } : options),
          ...(documents.length ? { documents } : {}),
        }),
      );
    return joinParts(question, answers);
  }
  return parts.length === 1 ? { ...answerPart(deps, parts[0]!, options), question } : answerPart(deps, question, options);
}

/**
 * A part that only adds a year to the one before it (予算額は？2004年度の) is that part's, not a question of its own.
 * @example withAddenda([{ part: "産業クラスター計画の予算額は?", query }, { part: "2004年度の", query }]) // ["…予算額は? 2004年度の"]
 */
function withAddenda(read: Array<{ part: string; query: Query }>): string[] {
  const out: string[] = [];
  let before: Query | undefined;
  for (const { part, query } of read) {
    const onlyYears = query.years.years.length > 0 && query.mentions.length === 0 && query.triggers.length === 0 && !query.leftover;
    // (So is one that only names again what the part before named, asking nothing: …in 2003? the toshi eria one.)
    const named = new Set(before?.mentions.map((m) => m.entity.id));
    const restates =
      !/[?？]\s*$/u.test(part) &&
      query.mentions.length > 0 &&
      query.triggers.length === 0 &&
      query.years.years.length === 0 &&
      query.mentions.every((m) => named.has(m.entity.id));
    if ((onlyYears || restates) && out.length) out[out.length - 1] = `${out[out.length - 1]} ${part}`;
    else {
      out.push(part);
      before = query;
    }
  }
  return out;
}

/**
 * Parts read with the place the asker is from (八戸市です。) put where another part points at it (うちの都市エリア):
 * only when the sentences about the asker name one place and nothing else does.
 */
function withAskersPlace(deps: Deps, read: Array<{ part: string; query: Query }>): Array<{ part: string; query: Query }> {
  const regions = (q: Query) => q.mentions.filter((m) => m.entity.type === "region").map((m) => m.entity);
  const about = read.filter(({ part, query }) => aboutTheAsker(deps, part, query));
  const places = [...new Set(about.flatMap(({ query }) => regions(query)))];
  if (places.length !== 1 || read.some(({ part, query }) => !about.some((a) => a.part === part) && regions(query).length)) return read;
  const placed = read.map(({ part, query }) => {
    const named = about.some((a) => a.part === part) ? undefined : namingOurPlace(part, places[0]!, deps.lexicon);
    return named ? { part: named, query: understandQuestion(deps, named), placed: true } : { part, query, placed: false };
  });
  // (A sentence whose place was put into the question has said what it had to: 浜松市の産業振興課です。)
  if (!placed.some((p) => p.placed)) return read;
  return placed.filter((p) => !about.some((a) => a.part === p.part && regions(a.query).length)).map(({ part, query }) => ({ part, query }));
}

/**
 * A statement that ends a sentence without asking (…です。, …しました！) and has no question word or year: it says
 * who asks or why, not what.
 * @example aboutTheAsker(deps, "新任のコーディネーターです。", query) // true
 */
function aboutTheAsker(deps: Deps, part: string, query: Query): boolean {
  // (It ends on one of the lexicon's aside endings, です, ました…, never on a question mark.)
  if (/[?？]\s*$/u.test(part) || query.years.years.length > 0) return false;
  // (What the answer is for, 比較に使いたいです, names the use, not a question, whatever words it uses for it.)
  const forUse = query.mentions.length === 0 && findTriggers(deps.lexicon.cues.purposeOfUse, query.match, []).length > 0;
  if (query.triggers.length > 0 && !forUse) return false;
  const sentence = part.normalize("NFKC").replace(/[。.!！\s]+$/u, "");
  return [...deps.lexicon.asides, ...(forUse ? deps.lexicon.cues.purposeOfUse : [])].some((e) => sentence.endsWith(e));
}

/** Whether a part of a question names something or asks something beyond a greeting. */
function asksSomething(deps: Deps, query: Query): boolean {
  return (
    query.mentions.length > 0 ||
    query.years.years.length > 0 ||
    (query.intent !== undefined && query.intent.shape !== "help") ||
    query.ownNames.length > 0 ||
    // Words the documents use (SBIR制度は？ holds 制度), not chatter around the question (need it for a report)
    // nor a general word for a figure (…? just the number pls).
    query.leftover
      .split(/\s+/)
      .some(
        (w) =>
          (/^[a-z]{3,}$/.test(w) || /[\p{Script=Han}\p{Script=Katakana}]{2}/u.test(w)) &&
          inCorpus(deps.corpus, w) &&
          !deps.lexicon.cues.anyFigure.includes(w),
      )
  );
}

function answerPart(all: Deps, question: string, options: AskOptions): Answer {
  const read = understandQuestion(all, question, options.previous, options.samePart);
  // A part split from a question that named its documents (H15資料の…) keeps them.
  const query = read.documents.length || !options.documents?.length ? read : { ...read, documents: options.documents };
  // …の概算要求額と主管課は？: two kinds of question joined by と are answered as two parts.
  const coordinated = options.samePart ? [] : asTyped(query, coordinatedParts(all, query));
  if (coordinated.length === 2) {
    const documents = query.documents;
    const first = answerPart(all, coordinated[0]!, { ...options, documents });
    return joinParts(question, [first, answerPart(all, coordinated[1]!, { previous: first.topic, samePart: true, documents })]);
  }
  const whole = answerRead(all, question, query);
  return options.samePart ? whole : (splitAtJoin(all, question, query, whole) ?? whole);
}

/**
 * The match text as typed, same offsets (A-STEP stays an acronym, START a name), for halves cut from the match text.
 * @example typedMatch(understand("A-STEPの予算と…")).startsWith("A-STEP") // true
 */
function typedMatch(query: Query): string {
  const typed = toMatchText(query.text, true);
  return typed.length === query.match.length ? typed : query.match;
}

/** Two halves cut from the match text, as typed. */
function asTyped(query: Query, halves: string[]): string[] {
  const cased = typedMatch(query);
  if (halves.length !== 2) return halves;
  const gap = query.match.length - halves[0]!.length - halves[1]!.length;
  return [cased.slice(0, halves[0]!.length), cased.slice(halves[0]!.length + gap)];
}

/**
 * A question with a と that no word list split (共同研究件数の基準値と目標値): cut there when both halves answer
 * with figures and one half keeps a figure the whole answered while the other adds one it did not; or, when the
 * whole found no figure (都市エリアのH15予算と1地域あたりの年間額), when both halves answer with figures.
 */
function splitAtJoin(all: Deps, question: string, query: Query, whole: Answer): Answer | undefined {
  // A question that compares (差, 比べ, 推移, どっちが) joins its operands with と.
  if (query.intent && OPERANDS.has(query.intent.shape)) return undefined;
  // An answer of no figure (a law's year, a passage) is one half's when the other half adds figures (承認TLOの数と
  // TLO法できた年): what it quotes is all in that half's answer.
  const wholeFacts = whole.status === "answered" ? whole.facts : [];
  const quotes = (a: Answer) => new Set(a.citations.map((c) => c.quote));
  const coveredBy = (half: Answer) => whole.citations.length > 0 && [...quotes(whole)].every((q) => quotes(half).has(q));
  const documents = query.documents;
  const kind = (id: string) => {
    const f = all.kb.factsById.get(id);
    return f ? `${f.subject}|${f.qualifier}` : id;
  };
  // (Kept by subject: the whole may show a figure of another year, 25年度 read as the first half's too.)
  const subjectOf = (id: string) => all.kb.factsById.get(id)?.subject ?? id;
  // (The halves are cut from the question as typed, same offsets as its match text: A-STEP stays an acronym.)
  const cased = typedMatch(query);
  for (const { at, end } of joinCuts(query)) {
    const first = firstHalf(all, query, cased.slice(0, at), end, documents);
    if (first.status !== "answered" || (first.facts.length === 0 && wholeFacts.length > 0)) continue;
    // A year asked in the first half (H23の…と…, …の20年度予算案と概算要求額) is the second's too when it names none,
    // unless the second's figure has no year at all (…のH15予算と1地域あたりの年間額: a plan's yearly sum).
    const rest = cased.slice(end);
    const years = query.years.years.filter((y) => y.index < at).map((y) => y.text);
    // (Before its question mark: …the same year in FY2011?, not …the same year? in FY2011.)
    const bare = rest.replace(/\s*[?？]+\s*$/u, "");
    const withYears = query.lang === "en" ? `${bare} in ${years.join(" and ")}?` : `${years.join("・")}の${rest}`;
    const asked = years.length && parseFiscalYears(rest).years.length === 0 ? withYears : rest;
    const options = { previous: first.topic, samePart: true, documents };
    let second = answerPart(all, asked, options);
    if (second.status !== "answered" && asked !== rest) {
      const yearless = answerPart(all, rest, options);
      const undated = yearless.facts.length > 0 && yearless.facts.every((f) => all.kb.factsById.get(f)?.fiscalYear === null);
      if (yearless.status === "answered" && undated) second = yearless;
    }
    if (second.status !== "answered") continue;
    if (whole.status === "answered" && wholeFacts.length === 0) {
      const onePassage = (a: Answer, b: Answer) => a.facts.length === 0 && coveredBy(a) && b.facts.length > 0;
      if (onePassage(first, second) || onePassage(second, first)) return joinParts(question, [first, second]);
      continue;
    }
    if (second.facts.length === 0) continue;
    // The halves keep every subject the whole answered, and one adds a kind of figure (a subject's target,
    // another subject) that the whole and the other half did not answer: more years of one figure are no second ask.
    const halves = new Set([...first.facts, ...second.facts].map(subjectOf));
    if (!wholeFacts.every((f) => halves.has(subjectOf(f)))) continue;
    const known = new Set([...wholeFacts, ...first.facts].map(kind));
    const secondAdds = first.facts.some((f) => wholeFacts.includes(f)) && second.facts.some((f) => !known.has(kind(f)));
    // (The first half adds a subject of its own, not a kind: read without the second's year it shows more kinds.)
    const wholeSubjects = new Set(wholeFacts.map(subjectOf));
    const firstAdds = second.facts.some((f) => wholeFacts.includes(f)) && first.facts.some((f) => !wholeSubjects.has(subjectOf(f)));
    if (wholeFacts.length === 0 || secondAdds || firstAdds) return joinParts(question, [first, second]);
  }
  return undefined;
}

const OPERANDS = new Set(["difference", "series", "extreme", "versus-target"]);

/**
 * The first half of a question cut at a join, answered; with the year the second half says for both (…と…、
 * それぞれH20の; X and Y, both for 2011) when it names none and that year answers it.
 * @example firstHalf(all, understand("joint research count and HQs, both for 2011"), "joint research count", 25, []).facts
 */
function firstHalf(all: Deps, query: Query, half: string, end: number, documents: string[]): Answer {
  const plain = () => answerRead(all, half, understandQuestion(all, half), documents);
  const later = query.years.years.filter((y) => y.index >= end).map((y) => y.text);
  if (later.length === 0 || parseFiscalYears(half).years.length > 0 || !hasCue(all, query, "eachPart")) return plain();
  const dated = query.lang === "en" ? `${half} in ${later.join(" and ")}` : `${later.join("・")}の${half}`;
  const answer = answerRead(all, dated, understandQuestion(all, dated), documents);
  return answer.status === "answered" ? answer : plain();
}

/** A read question answered as one: the policy's rules first, then the shape its reading asks for. */
function answerRead(all: Deps, question: string, read: Query, documents?: string[]): Answer {
  const query = read.documents.length || !documents?.length ? read : { ...read, documents };
  // H20資料で…: passages come from the document the question names.
  const deps = withinDocuments(all, query.documents);
  const shape = shapeOf(query, deps);
  const ruled = decideBeforeAnswer({ query, deps, shape });
  if (ruled)
    return finishAnswer(
      question,
      query.lang,
      ruled.rule,
      { ...ruled.draft, citations: withOtherYears(deps.kb, ruled.draft.citations ?? []) },
      query,
    );
  const draft: Draft = SHAPES[shape](query, deps);
  const { draft: checked, check } = checkAnswer(query, deps, draft, shape);
  const answeredAs = check || (query.intent && shape !== query.intent.shape) ? "describe" : (query.intent?.name ?? "search");
  return finishAnswer(question, query.lang, answeredAs, { ...checked, citations: withOtherYears(deps.kb, checked.citations ?? []) }, query);
}
