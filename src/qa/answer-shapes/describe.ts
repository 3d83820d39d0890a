/**
 * Descriptive questions (とは, 機能, 概要) and the fallback of every other intent: the best section of
 * the documents, quoted verbatim and cited. Weak matches are "not in the documents", never a guess.
 */
import { blankMentions } from "../match/mention.js";
import type { Query } from "../understand-question.js";
import type { Chunk } from "../../search/section-index.js";
import type { Attribute, Entity } from "../../knowledge/load-knowledge.js";
import { normalizeForMatch } from "../../knowledge/normalize-text.js";
import { entityName, hasCue, numberCitations, say, termLabel, type Deps, type Draft } from "../answer-kit.js";
import { askWhich } from "./pick-subject.js";
import { glossName } from "../match/gloss-names.js";
import { englishWords } from "../match/find-english.js";
import { detectAspect } from "../query/aspect.js";
import { answerAspect, answerDefinition, namesSurely } from "../describe/answer-aspect.js";
import { cleanText } from "../describe/clean-text.js";
import { answeringPassage, answerTopic } from "../describe/topic-passage.js";
import { coverageOf, mentionsAskedYear, noPassageForYear, passageAnswer, sectionNamed, sectionOfTerm } from "./passages.js";
import { quotesHeading, saysOnlyNames } from "../describe/heading-only.js";

/**
 * Whether every word of an English guess is a word of the entity's names or of the glossary's words for their pieces.
 * @example wordsOfName(deps, sentanYugo, "program innovation hub advanced interdisciplinary field") // true
 */
function wordsOfName(deps: Deps, entity: Entity, typed: string): boolean {
  const pieces = glossName(entity.name, deps.kb.vocabulary.glossary).pieces.flatMap((p) => p.phrases.flat());
  const own = new Set([...pieces, ...[entity.nameEn ?? "", ...entity.aliases].flatMap(englishWords)]);
  return englishWords(typed).every((w) => own.has(w));
}

/** A passage must contain at least this share of the question's two-character pieces to be an answer. */
export const MIN_COVERAGE = 0.5;

/**
 * @example answerDescribe(understand("スーパー産学官連携本部とは？"), deps).citations?.[0].document // "h17-sogoteki-sangakukan-renkei.txt"
 */
export function answerDescribe(query: Query, deps: Deps): Draft {
  const { lang } = query;
  // A later part of one question that names nothing (…の予算と、どんな事業か) is about the part before's subject.
  const before =
    query.samePart && query.mentions.length === 0 && query.previous?.subject ? deps.kb.entities.get(query.previous.subject) : undefined;
  // A program named with one of its phases (知クラ第I期) is asked about the phase.
  const sure = query.mentions.filter((m) => m.score >= 0.6);
  const first = sure.find((m) => sure.some((p) => p.entity.id === m.entity.parent)) ?? sure[0];
  // A guessed indicator whose program was as likely a reading (the program for innovation hubs in advanced
  // interdisciplinary fields): what is described is the program; an indicator is a figure of it.
  // (Only when the words read are all the program's own: share and rated of "'s'-rated projects" are the indicator's.)
  const parent = first?.how !== "alias" ? first?.alternatives?.find((e) => e.id === first.entity.parent) : undefined;
  const program = parent && first && wordsOfName(deps, parent, first.text) ? parent : undefined;
  const subject = program ?? first?.entity ?? before;
  const topic = { intent: "describe", subject: subject?.id };
  // What the question asks about beyond the subject decides between its cited attributes and the passages.
  const asked = (query.intent?.keys ?? []).filter(
    (key) =>
      new RegExp(deps.kb.vocabulary.attributes.find((a) => a.id === key)?.ja ?? "∅").test(query.match) ||
      (key === "function" && hasCue(deps, query, "functions")),
  );
  const namedExactly = query.mentions.some((m) => m.entity === subject && m.how === "alias");
  const wanted = asked.length
    ? asked
    : !query.leftover || (namedExactly && descriptionCovers(subject, query.leftover))
      ? ["description"]
      : [];
  // Two subjects named (知的クラスターと産業クラスターの関係) ask about both: one's attributes do not answer.
  const one = new Set(query.mentions.map((m) => m.entity.id)).size <= 1;
  const attributes = subject && one ? subject.attributes.filter((a) => wanted.includes(a.key)) : [];
  // The aspect asked (必要性, 課題…) chooses the passage; "what is" prefers a sentence that defines the term.
  // Read without the names the question uses exactly (先端融合領域… holds the cue 領域 of fields).
  // An English name is typed whole too (…for promoting industry-academia-government collaboration).
  const exact = query.mentions.filter((m) => m.how === "alias" || (query.lang === "en" && m.score >= 0.6));
  const aspectId = detectAspect(blankMentions(query.match, exact), deps.lexicon);
  const aspect = aspectId ? deps.lexicon.aspects[aspectId] : undefined;
  // A term in quotes asked "what is" (グラフの「…4事業」って何) is the question; words around it only place it.
  const quoted = /[「『][^」』]{2,40}[」』]\s*(?:とは|って)/u.test(query.text) ? answerDefinition(query, deps, subject) : undefined;
  if (quoted) return quoted;
  // A term of no subject asked what it is, in more words or with words that place it (成果グラフで言ってる文科省の
  // 4事業ってなに): its definition, when the documents define the words before とは/って (answerDefinition reads the
  // term there, or finds none).
  if (!subject && aspect && !aspect.beyondFigures) {
    const defined = answerDefinition(query, deps, subject);
    if (defined?.status === "answered") return defined;
  }
  // What a program does (どういう支援をする事業): its description says it, when the question names it exactly and
  // asks nothing else (効率性の評価の内容 asks the evaluation), unless a section titled with the aspect (事業内容)
  // answers it in the documents' own list.
  const stated =
    aspect?.attribute && subject && namedExactly && one && onlyAspect(query, deps, aspectId!)
      ? subject.attributes.filter((a) => a.key === aspect.attribute)
      : [];
  if (stated.length) {
    const passage = answerAspect(query, deps, subject, aspectId!);
    // (A section of the subject's own: one titled 概要 about all clusters does not describe one of them.)
    const own = (section: string) => [subject!.name, ...subject!.aliases].some((n) => n.length >= 2 && section.includes(n));
    // (…and states it: a diagram's labels under the heading, （例）神戸クラスター ○参加機関…, hold none of its markers.)
    const states = (quote: string) => aspect!.markers.length === 0 || aspect!.markers.some((m) => quote.includes(m));
    const headed =
      passage.status === "answered" &&
      (passage.citations ?? []).some(
        (c) => own(c.section) && aspect!.headings.some((h) => (c.section.split(" › ").pop() ?? "").includes(h)) && states(c.quote),
      );
    return headed ? passage : attributeAnswer(deps, lang, subject!, stated, topic);
  }
  if (aspectId && aspect && !aspect.weak && (asked.length === 0 || attributes.length === 0)) {
    // A section the question names by more than the aspect (クラスター形成活動への支援) is what it asks; so is
    // the section of the subject titled with a term it asks about (中間評価の位置づけ: 4. 中間評価及び…の実施).
    // (Not when is asked: the passages that date the term answer it, wherever they stand.)
    const section = namedBeyondAspect(query, deps, aspect.headings) ?? (aspect.asksDate ? undefined : sectionOfTerm(query, deps));
    if (section)
      return passageAnswer(
        query,
        deps,
        section,
        say(
          lang,
          `「${section.title.split(" ").pop()}」について、資料には次のようにあります。 [1]`,
          "The section of the documents on that [1]:",
        ),
        topic,
        true,
      );
    const byAspect = answerAspect(query, deps, subject, aspectId);
    // Of no subject, the asker's own words for the thing (EBM法の取組例ってどんな内容): the passage that holds them.
    // (Its words without the aspect's, 内容: what is asked of the thing is no word the passage must hold.)
    const ownWords = query.triggers.reduce((text, t) => text.split(t).join(" "), query.match);
    const held = !subject && byAspect.status !== "answered" ? answeringPassage({ ...query, match: ownWords }, deps) : undefined;
    if (held) return answerTopic(query, deps, held);
    // Nothing states it, and another aspect stands for it: a program's description says its purpose.
    const described = aspect.orElse ? (subject?.attributes.filter((a) => a.key === "description") ?? []) : [];
    if (byAspect.status === "answered") return byAspect;
    if (described.length > 0) return attributeAnswer(deps, lang, subject!, described, topic);
    // A subject only guessed from one word (被災地 of 被災地向けの取組例でEBM法の刃物の話) that states nothing asked:
    // the passage that holds the asker's own words, when one does.
    const guessedHeld = subject && !namedExactly ? answeringPassage({ ...query, match: ownWords }, deps) : undefined;
    if (guessedHeld) return answerTopic(query, deps, guessedHeld);
    // With no description recorded, the subject's own section (a plan's outline, its aims listed) stands for it.
    const own = aspect.orElse && subject && namedExactly ? titledWith(deps, subject) : undefined;
    if (!own) return byAspect;
    const summary = say(
      lang,
      `資料に${subject!.name}の${aspect.label.ja}を述べた箇所はなく、その概要は次のとおりです。 [1]`,
      `The documents state no ${aspect.label.en} of ${entityName(subject!, lang)}; their outline of it [1]:`,
    );
    return passageAnswer(query, deps, own, summary, topic);
  }
  const definition = (!aspect || aspect.weak) && asked.length === 0 ? answerDefinition(query, deps, subject) : undefined;
  if (definition) return definition;
  if (subject && attributes.length) return attributeAnswer(deps, lang, subject, attributes, topic);
  // "事業概要おしえて": a kind of description asked for, but of nothing in particular: ask which.
  // Unless one passage holds most of the question as typed (文科省が実施する4事業って何？).
  const whole = !subject && !query.leftover ? deps.index.search(query.text, { limit: 1 })[0] : undefined;
  if (
    !subject &&
    !query.leftover &&
    query.triggers.length > 0 &&
    query.years.years.length === 0 &&
    !(whole && coverageOf(whole.chunk, query.text) >= 0.6)
  ) {
    return askWhich(
      query,
      [...deps.kb.entities.values()].filter((e) => e.type === "program" && !e.parent && e.attributes.some((a) => a.key === "description")),
    );
  }
  const named = sectionNamed(query, deps);
  // A section the question names is about itself, not about a subject only guessed from a word of it.
  if (named)
    return passageAnswer(
      query,
      deps,
      named,
      subject && namedExactly
        ? say(
            lang,
            `${subject.name}について、資料には次のようにあります。 [1]`,
            `What the documents say about ${entityName(subject, lang)} [1]:`,
          )
        : say(
            lang,
            `「${named.title.split(" ").pop()}」について、資料には次のようにあります。 [1]`,
            "The section of the documents on that [1]:",
          ),
      namedExactly ? topic : { ...topic, subject: undefined },
      true,
    );
  const names = subject
    ? [subject.name, ...subject.aliases]
        .map((n) => normalizeForMatch(n, deps.kb.vocabulary.variants).toLowerCase())
        .filter((n) => n.length >= 2)
    : [];
  const heading = (chunk: Chunk) => normalizeForMatch(`${chunk.documentTitle}${chunk.title}`, deps.kb.vocabulary.variants).toLowerCase();
  // Only an exactly named subject narrows the search; a guessed one (被災地 → an indicator) would mislead it.
  // (In English, a sure partial match names it: "the super UIC headquarters" is no text of the documents.)
  const exactly = query.mentions.some((m) => m.entity === subject && (m.how === "alias" || (lang === "en" && namesSurely(m))));
  // Every chunk of a section that names the subject: a long section names it once, at its top.
  const mentions = (chunk: Chunk) => names.some((n) => chunk.match.includes(n) || heading(chunk).includes(n));
  const sections = new Set(subject && exactly ? deps.index.chunks.filter(mentions).map((c) => c.section) : []);
  const within = subject && exactly ? (chunk: Chunk) => sections.has(chunk.section) : undefined;
  // Search with what was asked (the subject and the unexplained words), not with とは or って何.
  const asks = query.leftover.split(/\s+/).filter((w) => w.length >= 2);
  // (A name typed in English is searched as the documents write it.)
  const searchText = subject
    ? [...query.mentions.map((m) => (query.lang === "en" ? m.entity.name : m.text)), ...asks, ...query.years.years.map((y) => y.text)].join(
        " ",
      )
    : query.text;
  const found = deps.index.search(searchText, { within, limit: 12 });
  const namesOf = (e: Entity) => [e.name, ...e.aliases].map((n) => normalizeForMatch(n, deps.kb.vocabulary.variants).toLowerCase());
  // A word asked about may be the section's heading (背景) rather than in its text.
  const holds = (h: (typeof found)[number], word: string) => h.chunk.match.includes(word) || heading(h.chunk).includes(word);
  const holdingAll = found.filter(
    (h) => asks.every((w) => holds(h, w)) && query.mentions.every((m) => namesOf(m.entity).some((n) => holds(h, n))),
  );
  const holdingAsks = found.filter((h) => asks.every((w) => holds(h, w)));
  // (With nothing asked beyond the subject, a chunk that is only its section's title, or that and the subject's
  // name, says nothing: the titled boost below would pick it first. With words asked, such a chunk is no answer
  // and the checks say so.)
  const saying = (hs: typeof found) =>
    query.leftover
      ? hs
      : hs.filter((h) => !quotesHeading({ section: h.chunk.section, quote: h.chunk.text }) && !saysOnlyNames(h.chunk, names));
  const hits = saying(holdingAll.length ? holdingAll : holdingAsks.length ? holdingAsks : found);
  // With nothing asked beyond the subject, a section titled with its name is the best description of it.
  const titled = (chunk: Chunk) => !query.leftover && names.some((n) => normalizeForMatch(chunk.title, {}).toLowerCase().includes(n));
  const ranked = hits.map((h) => ({ ...h, score: h.score * (titled(h.chunk) ? 2 : 1) })).sort((a, b) => b.score - a.score);
  const best = ranked[0];
  // Without a subject, the passage must hold most of what the question asks (its content words).
  const coverage = best ? coverageOf(best.chunk, query.leftover || query.text) : 0;
  if (!best || (!subject && coverage < MIN_COVERAGE)) {
    // Search ranks by shared pieces; the passage holding the question's rarer words may still answer it.
    const topical = subject ? undefined : answeringPassage(query, deps);
    return topical && query.years.years.length === 0 ? answerTopic(query, deps, topical) : notInDocuments(query, deps);
  }
  // A passage never stands in for a year's figure: a question naming a year needs a passage naming it.
  if (!mentionsAskedYear(query, best.chunk)) {
    const years = query.years.years.map((y) => y.fiscalYear);
    const figures = deps.kb.facts.some(
      (f) => f.fiscalYear !== null && years.includes(f.fiscalYear) && (!subject || f.subject === subject.id),
    );
    return noPassageForYear(query, subject ? entityName(subject, lang) : undefined, figures);
  }
  const about = subject
    ? say(
        lang,
        `${subject.name}について、資料には次のようにあります。 [1]`,
        `What the documents say about ${entityName(subject, lang)} [1]:`,
      )
    : say(lang, "資料の該当箇所です。 [1]", "The most relevant passage of the documents [1]:");
  return passageAnswer(query, deps, best.chunk, about, topic);
}

/** The subject's cited attributes of one key (概要, 機能), one a line. */
function attributeAnswer(deps: Deps, lang: "ja" | "en", subject: Entity, attributes: Attribute[], topic: Draft["topic"]): Draft {
  const { citations, numberOf } = numberCitations(attributes);
  const label = termLabel(deps.kb, "attributes", attributes[0]!.key, lang);
  // Shown cleaned like any passage (企業とのマッ チング → マッチング); the citation keeps the source's text.
  const lines = attributes.map((a) => `・${cleanText(a.value)} [${numberOf(a)}]`);
  return {
    status: "answered",
    summary: say(lang, `${subject.name}の${label}:`, `${entityName(subject, lang)}: ${label}`),
    lines,
    citations,
    topic,
  };
}

/** A section the question names, unless its title is only the aspect's own word (⑥必要性, 背景). */
function namedBeyondAspect(query: Query, deps: Deps, headings: string[]) {
  const section = sectionNamed(query, deps);
  const own =
    section?.title
      .split(" ")
      .pop()
      ?.normalize("NFKC")
      .replace(/^[\p{N}\p{P}\p{S}①-⑳]+/u, "") ?? "";
  return section && !headings.some((h) => own.startsWith(h)) ? section : undefined;
}

/** No other aspect than this one is asked, once its cues are set aside (効率性の評価の内容 also asks 評価). */
function onlyAspect(query: Query, deps: Deps, aspectId: string): boolean {
  const cues = deps.lexicon.aspects[aspectId]!.cues.map((c) => c.normalize("NFKC").toLowerCase());
  const rest = cues.reduce((t, c) => t.split(c).join(" "), query.match);
  const other = detectAspect(rest, deps.lexicon);
  return other === undefined || other === aspectId || deps.lexicon.aspects[other]!.weak;
}

/**
 * The question when nothing fits: an honest "not in the documents", with what can be asked instead.
 */
export function notInDocuments(query: Query, deps: Deps): Draft {
  const { lang } = query;
  const examples = ["budget", "indicator-value", "owner", "regions", "law-year"]
    .map((n) => deps.intents.find((i) => i.name === n)?.examples[0])
    .filter((x): x is string => Boolean(x));
  return {
    status: "not_found",
    summary: say(
      lang,
      "その質問に答える情報は、資料（文部科学省の産学官連携・地域科学技術に関する文書）にはありません。",
      "The documents (MEXT documents on industry–academia–government collaboration and regional science policy) do not cover that.",
    ),
    lines: [
      say(
        lang,
        "答えられるのは、事業の予算、指標の年度ごとの値・目標値、主管課や開始年度、クラスター・エリアの分野、法律の制定年などです。例えば:",
        "I can answer budgets, indicator values and targets by fiscal year, owning divisions and start years, cluster fields and law years. For example:",
      ),
    ],
    options: examples.map((q) => ({ label: q, question: q })),
  };
}

/**
 * Whether the subject's own description answers what the question asks beyond its name: it contains every word
 * asked (研究 in 神戸クラスターではどんな研究をしてる？), or the words are English and cannot be looked for in it.
 * @example descriptionCovers(kobe, "研究") // true
 */
function descriptionCovers(subject: Entity | undefined, leftover: string): boolean {
  const text =
    subject?.attributes
      .filter((a) => a.key === "description")
      .map((a) => a.value)
      .join("") ?? "";
  if (!text) return false;
  const words = leftover.split(/\s+/).filter((w) => w.length >= 2);
  const english = words.every((w) => /^[a-z]+$/.test(w));
  return words.length > 0 && (english || words.every((w) => !/^[a-z]+$/.test(w) && text.includes(w)));
}

/**
 * The subject's own section: the first passage titled with its full name that says more than names.
 * @example titledWith(deps, kozoKaikakuPlan)?.title // "…大学を起点とする日本経済活性化のための構造改革プラン"
 */
function titledWith(deps: Deps, subject: Entity): Chunk | undefined {
  const norm = (t: string) => normalizeForMatch(t, deps.kb.vocabulary.variants).toLowerCase();
  const names = [subject.name, ...subject.aliases].map(norm).filter((n) => n.length >= 6);
  return deps.index.chunks.find(
    (c) =>
      names.some((n) => norm(c.title).includes(n)) && !quotesHeading({ section: c.section, quote: c.text }) && !saysOnlyNames(c, names),
  );
}
