/**
 * A figure the asker wants checked (都市エリアのH15予算は31億円で正しい？, 424社って2003年時点の数字で合ってる？):
 * the documents' figure of that subject, said first with whether it is the one quoted, with its year and kind,
 * and cited. The quoted figure's unit says what is asked even with no word for it (…は110億円で合ってますか).
 */
import type { Fact } from "../../knowledge/load-knowledge.js";
import type { Query } from "../understand-question.js";
import { figuresIn, type Figure } from "../../ingest/parse-figure.js";
import { formatFiscalYear } from "../fiscal-year.js";
import {
  factFigure,
  factYear,
  hasCue,
  kindAfterYear,
  numberCitations,
  say,
  shortEntityName,
  type Deps,
  type Draft,
} from "../answer-kit.js";

export type CheckedFigure = { quoted: Figure; facts: Fact[]; same: boolean; years: number[] };

/**
 * The subject's facts in the quoted figure's unit: those equal to it when any are (to the last digit the asker
 * wrote: 16億円 is 1,566百万円), else those of the years asked; undefined when the question checks no figure.
 * @example figureChecked(understand("都市エリアのH15予算は31億円で正しい？"), deps)?.same // true
 */
export function figureChecked(query: Query, deps: Deps): CheckedFigure | undefined {
  if (!/\d/.test(query.text) || !hasCue(deps, query, "verify")) return undefined;
  const quoted = figuresIn(query.text).map((f) => f.figure)[0];
  if (!quoted?.unit) return undefined;
  const named = new Set(query.mentions.map((m) => m.entity.id));
  const subjects = new Set([...named, ...[...deps.kb.entities.values()].filter((e) => e.parent && named.has(e.parent)).map((e) => e.id)]);
  const ofSubject = deps.kb.facts.filter((f) => subjects.has(f.subject) && f.unit === quoted.unit);
  const years = query.years.years.map((y) => y.fiscalYear);
  const step = lastDigitStep(quoted);
  // (The figure as quoted when the documents write it so; a restatement of it in other units is the same figure.)
  const exact = ofSubject.filter((f) => Math.abs(f.value - quoted.value) < 1e-9);
  const same = exact.length ? exact : ofSubject.filter((f) => Math.abs(f.value - quoted.value) <= step / 2 + 1e-9);
  if (same.length) return { quoted, facts: same, same: true, years };
  const ofYears = ofSubject.filter((f) => f.fiscalYear !== null && years.includes(f.fiscalYear));
  return ofYears.length ? { quoted, facts: ofYears, same: false, years } : undefined;
}

/** The value of the last digit written, in base units: 16億円 → 1e8, 1,566百万円 → 1e6, 90.9% → 0.1. */
function lastDigitStep(figure: Figure): number {
  const digits = /(\d[\d,]*)(?:\.(\d+))?/.exec(figure.display)!;
  const number = Number(`${digits[1]!.replace(/,/g, "")}${digits[2] ? `.${digits[2]}` : ""}`);
  const scale = number === 0 ? 1 : Math.abs(figure.value / number);
  return scale * 10 ** -(digits[2]?.length ?? 0);
}

/**
 * @example answerFigureChecked(query, deps, checked).summary // "はい、資料の数値と合っています。都市エリア産学官連携促進事業の…"
 */
export function answerFigureChecked(query: Query, deps: Deps, checked: CheckedFigure): Draft {
  const { lang } = query;
  const { citations, numberOf } = numberCitations(checked.facts);
  const nameOf = (f: Fact) => shortEntityName(deps.kb.entities.get(f.subject)!, lang);
  const askedYears = checked.years.map((y) => formatFiscalYear(y, lang)).join(say(lang, "・", ", "));
  const otherYear = (f: Fact) => checked.years.length > 0 && (f.fiscalYear === null || !checked.years.includes(f.fiscalYear));
  const line = (f: Fact) =>
    otherYear(f)
      ? say(
          lang,
          `資料では ${factFigure(f, lang)} は${nameOf(f)}の${factYear(f, lang)}${kindAfterYear(deps.kb, f, lang, "の")}の数値で、${askedYears}のものではありません。 [${numberOf(f)}]`,
          `In the documents ${factFigure(f, lang)} is ${nameOf(f)}'s figure for ${factYear(f, lang)}${kindAfterYear(deps.kb, f, lang, ", ")}, not for ${askedYears}. [${numberOf(f)}]`,
        )
      : say(
          lang,
          `${nameOf(f)}の${factYear(f, lang)}${kindAfterYear(deps.kb, f, lang, "の")}は ${factFigure(f, lang)} です。 [${numberOf(f)}]`,
          `${nameOf(f)}, ${factYear(f, lang)}${kindAfterYear(deps.kb, f, lang, ", ")}: ${factFigure(f, lang)}. [${numberOf(f)}]`,
        );
  const verdict = checked.same
    ? checked.facts.every(otherYear)
      ? ""
      : say(lang, "はい、資料の数値と合っています。", "Yes, that is the documents' figure.")
    : say(
        lang,
        `資料の数値はお尋ねの ${checked.quoted.display} とは異なります。`,
        `The documents' figure is not ${checked.quoted.display}.`,
      );
  const [first, ...rest] = checked.facts;
  return {
    status: "answered",
    summary: `${verdict}${line(first!)}`,
    lines: rest.map(line),
    facts: checked.facts,
    citations,
    topic: { intent: query.intent?.name, subject: first!.subject, fiscalYear: first!.fiscalYear ?? undefined },
  };
}
