/**
 * Figures asked of a subject in general (都市エリアの数字ください): the subject has figures of several kinds, and
 * which one is the user's to say. The options are whole questions, one per kind of figure it has.
 */
import { optionLabel } from "../option-label.js";
import type { Entity } from "../../knowledge/load-knowledge.js";
import type { Query } from "../understand-question.js";
import { hasCue, say, shortEntityName, termLabel, type Deps, type Draft } from "../answer-kit.js";
import { findTriggers } from "../detect-intent.js";
import { formatFiscalYear, formatFiscalYearShort } from "../fiscal-year.js";

/**
 * The questions a subject's figures answer, one per intent whose measures they are, then its indicators'.
 * @example figureQuestions(deps, toshiArea, "ja") // ["都市エリア産学官連携促進事業の予算は？", …]
 */
export function figureQuestions(deps: Deps, subject: Entity, lang: "ja" | "en"): string[] {
  const category = (measure: string) => deps.kb.vocabulary.measures.find((m) => m.id === measure)?.category;
  const own = new Set(deps.kb.facts.filter((f) => f.subject === subject.id).map((f) => category(f.measure)));
  const name = shortEntityName(subject, lang);
  // An option that adds nothing to the name ({name}は？) asks nothing more than the question did.
  const asksMore = (template: string) => /[\p{Script=Han}\p{Script=Katakana}]{2}|[a-z]{4}/u.test(template.replace("{name}", ""));
  const byIntent = deps.intents
    .filter((i) => i.shape === "facts" && i.option && i.subjectTypes.includes(subject.type) && i.measures.some((m) => own.has(m)))
    // (Judged on the Japanese option, so both languages offer the same questions: "What is the value of X?" asks
    // no more than X は？.)
    .filter((i) => asksMore(i.option!.ja))
    .map((i) => i.option![lang].replace("{name}", name));
  // Its indicators, each named with the subject so that the option is a whole question.
  const children = [...deps.kb.entities.values()]
    .filter((e) => e.parent === subject.id && e.type !== "program" && deps.kb.facts.some((f) => f.subject === e.id))
    .map((e) => shortEntityName(e, lang))
    .map((child) => say(lang, `${child.includes(name) ? child : `${name}の${child}`}は？`, `What figures are given for ${child}?`));
  return [...new Set([...byIntent, ...children])].slice(0, 6);
}

/** The subject a general figure question names, when it asks nothing more and has two or more kinds of figure. */
export function generalFigureSubject(query: Query, deps: Deps): Entity | undefined {
  // A year or a figure's own name (共同研究件数のH22の数字) already says which figure.
  // (Kana words left over, どう of 数字ってどうなってます, ask nothing more.)
  // (The words that ask for figures, "numbers" of knowledge cluster numbers, are not more.)
  const cues = new Set([...deps.lexicon.cues.anyFigure, ...deps.lexicon.cues.howMuch].map((c) => c.toLowerCase()));
  const rest = query.leftover.split(/\s+/).filter((w) => !cues.has(w));
  const more = rest.some((w) => /[\p{Script=Han}\p{Script=Katakana}a-z]{2}/u.test(w));
  // (A description's words, について, only say what the figures are about: 知クラについて数字ください.)
  const asking = query.intent?.shape === "describe" ? [] : query.triggers;
  // (Or only a general word for an amount, 知的クラスターってどのくらい？, knowledge cluster - how much?.)
  const general = hasCue(deps, query, "anyFigure") || hasCue(deps, query, "howMuch");
  if (!general || asking.length > 0 || more || query.years.years.length > 0) return undefined;
  const named = [...new Set(query.mentions.filter((m) => m.score >= 0.6).map((m) => m.entity))];
  const [subject] = named;
  return named.length === 1 && subject!.type === "program" && figureQuestions(deps, subject!, query.lang).length >= 2 ? subject : undefined;
}

/**
 * @example askWhichFigure(understand("都市エリアの数字ください"), deps, toshiArea).status // "clarify"
 */
export function askWhichFigure(query: Query, deps: Deps, subject: Entity): Draft {
  const { lang } = query;
  return {
    status: "clarify",
    summary: say(lang, `${shortEntityName(subject, lang)}のどの数値ですか？`, `Which figure of ${shortEntityName(subject, lang)}?`),
    options: figureQuestions(deps, subject, lang).map((q) => ({ label: optionLabel(q), question: q })),
    topic: { subject: subject.id },
  };
}

/**
 * A year's figures asked with no subject (H23の数字ください): the subjects with figures of that year, one whole
 * question each (the year and the subject's name), most figures first. Undefined when the question names a
 * subject or a figure's word, or the year has no figures.
 * @example yearFigureQuestions(understand("H23の数字ください"), deps)?.[0] // "平成23年度の共同研究件数は？"
 */
export function yearFigureQuestions(query: Query, deps: Deps): string[] | undefined {
  const years = [...new Set(query.years.years.map((y) => y.fiscalYear))];
  // Words beyond the cue (データ of 2011年度のデータある？ is the cue) ask something else.
  const cues = deps.lexicon.cues.anyFigure.map((c) => c.normalize("NFKC").toLowerCase());
  const rest = query.leftover.split(/\s+/).filter((w) => w.length > 1 && !cues.includes(w));
  // (Or only a general word for a figure, いくつ or how many: 23年度の実績っていくつ？ names no figure either.)
  const general = findTriggers(deps.lexicon.cues.howMuch, query.match, []);
  const onlyGeneral = query.triggers.length > 0 && query.triggers.every((t) => general.some((g) => g.includes(t) || t.includes(g)));
  // (A description's words, what is of what's the FY2004 number, ask no figure of their own.)
  const asking = query.intent?.shape === "describe" ? [] : query.triggers;
  // (Or nothing but the year, H20のは？ with nothing asked before it: a follow-up whose question is not here.)
  const onlyYear = query.triggers.length === 0 && !query.previous;
  // (Or a kind of figure and nothing it is of, H23の実績ってどんな感じ: which figure is the asker's to say.)
  const kindOnly = query.qualifiers.length > 0 && query.intent?.shape === "describe";
  const figuresAsked = hasCue(deps, query, "anyFigure") ? asking.length === 0 : onlyGeneral || onlyYear || kindOnly;
  if (!figuresAsked || query.mentions.length > 0 || rest.length > 0) return undefined;
  if (years.length !== 1) return undefined;
  const counts = new Map<string, number>();
  for (const f of deps.kb.facts) if (f.fiscalYear === years[0]) counts.set(f.subject, (counts.get(f.subject) ?? 0) + 1);
  // (In the era's form in Japanese, the western one in English, as answers lead with them: H20 → 平成20年度.)
  const year = formatFiscalYearShort(years[0]!, query.lang);
  // A program's figure is named by its measure (予算), an indicator's by its own name.
  const asked = (id: string) => {
    const entity = deps.kb.entities.get(id)!;
    const fact = deps.kb.facts.find((f) => f.subject === id && f.fiscalYear === years[0]);
    const name = shortEntityName(entity, query.lang);
    if (entity.type !== "program" || !fact) return name;
    const measure = termLabel(deps.kb, "measures", fact.measure, query.lang);
    return say(query.lang, `${name}の${measure}`, `the ${measure} of ${name}`);
  };
  const options = [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([id]) => asked(id))
    // (An English name starts with a capital as a title; in a sentence it is "the number of…".)
    .map((name) =>
      say(
        query.lang,
        `${year}の${name}は？`,
        `What was ${/^[A-Z][a-z]/.test(name) ? `the ${name[0]!.toLowerCase()}${name.slice(1)}` : name} in ${year}?`,
      ),
    );
  return options.length >= 2 ? options : undefined;
}

/**
 * @example askWhichOfYear(understand("H23の数字ください"), deps, options).status // "clarify"
 */
export function askWhichOfYear(query: Query, options: string[]): Draft {
  const year = formatFiscalYear(query.years.years[0]!.fiscalYear, query.lang);
  return {
    status: "clarify",
    summary: say(query.lang, `${year}のどの数値ですか？`, `Which figure for ${year}?`),
    options: options.map((q) => ({ label: optionLabel(q), question: q })),
  };
}
