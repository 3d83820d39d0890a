/**
 * Figures with a unit written in sentences (知的クラスター創成事業の平成15年度の予算は…69億円). A figure is
 * placed only when its sentence writes a fiscal year before it and a kind between that year and the figure
 * (budget kinds only for amounts of money), or it is a count of a past year (実績). Everything else is left
 * out with the reason.
 */
import type { Line } from "./layout.js";
import type { LeftOut, TableFigure } from "./find-tables.js";
import { findYear, yearsIn } from "./fiscal-year-words.js";
import { BUDGET_KINDS, kindOf } from "./kind-words.js";
import { figuresIn } from "./parse-figure.js";

/** A goal's own line (達成目標６－１－１ 大学発特許取得数を…), not a sentence about a goal (達成目標１について). */
const GOAL_LINE = /^\s*(?:達成目標\s+)?達成目標\s*[0-9]+(?:[－\-‐][0-9]+)*\s/u;
const DATE_LINE = /^[［\[（(][^［\[（()）\]］]*時点\s*[）)\]］]$/u;
/** A legend (※括弧内は19年度予算額) speaks for the figures of the next this many lines. */
const LEGEND_REACH = 60;

/**
 * Figures of the lines no table used; `sectionOf` names the subject (the section the sentence is in).
 * @example findProseFigures(lines, new Set(), "平成", () => "知的クラスター創成事業", 2004).figures[0].kind // "予算"
 */
export function findProseFigures(
  lines: Line[],
  used: Set<number>,
  era: string | undefined,
  sectionOf: (line: number) => string,
  documentYear: number,
): { figures: TableFigure[]; leftOut: LeftOut[] } {
  const figures: TableFigure[] = [];
  const leftOut: LeftOut[] = [];
  const legends = findLegends(lines, era);
  const ownKind = ownYearKind(lines, era, documentYear);
  // An evaluation after the fact (事後評価書) reports its own year as past too.
  const lastPast = lines.slice(0, 10).some((l) => /事後評価/u.test(l.text)) ? documentYear : documentYear - 1;
  lines.forEach((line, i) => {
    if (used.has(i)) return;
    // The sentence so far: this line and the lines before it back to the last 。 (sentences wrap in extractions).
    const before = sentenceStart(lines, i, used);
    for (const { index, written, figure } of figuresIn(line.text)) {
      const context = (before + line.text.normalize("NFKC").slice(0, index)).split("。").pop()!;
      const leave = (reason: string) => leftOut.push({ text: written, page: line.page, reason });
      // A date on the line after, alone in parentheses ((平成16年7月時点)), is the date of every figure of the line.
      const asOf =
        asOfAfter(line.text.normalize("NFKC").slice(index + written.length) + (lines[i + 1]?.text ?? ""), era) ??
        (DATE_LINE.test(lines[i + 1]?.text.normalize("NFKC").trim() ?? "") ? asOfAfter(lines[i + 1]!.text, era) : undefined);
      if (asOf) {
        figures.push({
          subject: sectionOf(i),
          kind: "時点",
          fiscalYear: asOf.fiscalYear,
          yearLabel: asOf.label,
          asOf: asOf.label,
          figure,
          line: i,
          page: line.page,
          budget: figure.unit === "円",
        });
        continue;
      }
      // "※括弧内は19年度予算額": a figure in parentheses after another one is that year's figure of that kind.
      const legend = [...legends].reverse().find((l) => l.line < i && i - l.line <= LEGEND_REACH);
      const folded = line.text.normalize("NFKC");
      if (legend && folded[index - 1] === "(" && folded[index + written.length] === ")" && /[\d円件%]$/u.test(folded.slice(0, index - 1))) {
        figures.push({
          subject: sectionOf(i),
          kind: legend.kind,
          fiscalYear: legend.fiscalYear,
          yearLabel: legend.label,
          figure,
          line: i,
          page: line.page,
          budget: figure.unit === "円",
        });
        continue;
      }
      // The figure a legend's figure in parentheses follows (46億円(45億円)) is the document's own year's amount, of
      // the one kind the document writes its year with (平成20年度予算案：…).
      const paired = /^\([^()]*\d[^()]*\)/u.test(folded.slice(index + written.length));
      if (legend && paired && legend.fiscalYear < documentYear && figure.unit === "円" && ownKind) {
        figures.push({
          subject: sectionOf(i),
          kind: ownKind.kind,
          fiscalYear: documentYear,
          yearLabel: ownKind.label,
          figure,
          line: i,
          page: line.page,
          budget: true,
        });
        continue;
      }
      // A change (6大学増加, 47件減少) or a figure per unit (1件当たり) is no level of anything.
      if (/^\s*(増加|減少|増|減|の増|の減|上回|下回|当たり|あたり)/u.test(folded.slice(index + written.length))) {
        leave("it is a change or a figure per unit, not a level");
        continue;
      }
      const year = lastYear(context, era);
      const sentence = context + folded.slice(index).split("。")[0]!;
      if (!year && figure.unit !== "円" && !yearsIn(sentence, era).length) {
        // No year at all: a goal's figure (達成目標… 15倍に増加する) is its target, a count of now (現在15地域,
        // 実施中, 現行の) the current one; the year stays unstated (null), never guessed.
        const kind = GOAL_LINE.test(line.text.normalize("NFKC"))
          ? "目標値"
          : /現在|現行|実施中/u.test(sentence) && figure.unit !== "%"
            ? "実績"
            : undefined;
        if (kind) {
          figures.push({ subject: sectionOf(i), kind, fiscalYear: null, yearLabel: null, figure, line: i, page: line.page, budget: false });
          continue;
        }
      }
      if (!year) {
        leave("its sentence writes no fiscal year before it");
        continue;
      }
      // "平成18年度までに…10拠点程度育成する": what is to be reached by a year is that year's target.
      if (/^\s*までに/u.test(context.slice(year.index + year.label.length)) && figure.unit !== "円") {
        figures.push({
          subject: sectionOf(i),
          kind: "目標値",
          fiscalYear: year.fiscalYear,
          yearLabel: year.label,
          figure,
          line: i,
          page: line.page,
          budget: false,
        });
        continue;
      }
      // "実績なし" says there is no actual figure: it is not the kind of the figure that follows.
      const stated = kindOf(context.slice(year.index + year.label.length).replace(/(実績|予算|目標値?)\s*(なし|無し)/gu, ""));
      const after = line.text.normalize("NFKC").slice(index).split("。")[0]!;
      const kind = stated ?? pastActual(context + after, year.fiscalYear, figure.unit, lastPast);
      if (!kind) {
        leave("its sentence writes no kind (予算, 実績, 目標値…) between the year and the figure");
        continue;
      }
      if (BUDGET_KINDS.has(kind) !== (figure.unit === "円")) {
        leave(`the kind ${kind} does not fit a figure in ${figure.unit}`);
        continue;
      }
      figures.push({
        subject: sectionOf(i),
        kind,
        fiscalYear: year.fiscalYear,
        yearLabel: year.label,
        figure,
        line: i,
        page: line.page,
        budget: figure.unit === "円",
      });
    }
  });
  return { figures, leftOut };
}

function sentenceStart(lines: Line[], i: number, used: Set<number>): string {
  const parts: string[] = [];
  for (let k = i - 1; k >= 0 && k >= i - 3 && !used.has(k) && lines[k]!.text.trim(); k--) {
    const text = lines[k]!.text.normalize("NFKC").trim();
    const end = text.lastIndexOf("。");
    parts.unshift(end >= 0 ? text.slice(end + 1) : text);
    if (end >= 0) break;
  }
  return parts.join("");
}

/**
 * A count stated for a year before the document's own, in a sentence that plans nothing (目標, までに, 予定,
 * 計画, 見込み, 年度末) and is not about now (現在, 実施中), is what happened that year: 平成15年度において、5000件以上の技術相談が行われた → 実績.
 */
function pastActual(sentence: string, year: number, unit: string | undefined, lastPast: number): string | undefined {
  // 年度末 (by the year's end) may still be ahead of the writing: 平成19年度末に、4地域で事業を終了 in a FY2008 plan.
  // A ratio (1.3倍) compares two figures; 達成目標１について names a goal, it plans nothing.
  sentence = sentence.replace(/達成目標\s*[0-9０-９]+/gu, "");
  if (unit === "円" || unit === "倍" || year > lastPast || /目標|までに|予定|計画|見込|現在|年度末|中$|中[、。]/u.test(sentence))
    return undefined;
  return "実績";
}

/** The one budget kind the document writes its own year with (平成20年度予算案), and that year as written. */
function ownYearKind(lines: Line[], era: string | undefined, documentYear: number): { kind: string; label: string } | undefined {
  const found = new Map<string, string>();
  for (const line of lines) {
    const text = line.text.normalize("NFKC");
    for (let from = 0, year = findYear(text, era); year; year = findYear(text.slice(from), era)) {
      const kind = year.fiscalYear === documentYear ? kindOf(year.rest.slice(0, 6)) : undefined;
      if (kind && BUDGET_KINDS.has(kind)) found.set(kind, year.label);
      from += year.index + year.label.length;
    }
  }
  const [only] = found;
  return found.size === 1 ? { kind: only![0], label: only![1] } : undefined;
}

/** Legends that say what figures in parentheses are: ※括弧内は19年度予算額 → FY2007, 予算. */
function findLegends(lines: Line[], era: string | undefined): Array<{ line: number; fiscalYear: number; kind: string; label: string }> {
  return lines.flatMap((line, i) => {
    const m = line.text.normalize("NFKC").match(/括弧内は\s*((?:昭和|平成|令和)?\s*(?:元|\d{1,4})\s*年度)\s*の?\s*(\S+)/u);
    const year = m ? findYear(m[1]!, era) : undefined;
    const kind = m ? kindOf(m[2]!) : undefined;
    return year && kind ? [{ line: i, fiscalYear: year.fiscalYear, kind, label: year.label }] : [];
  });
}

/**
 * A date the figure is "as of", written right after it ([平成15年4月時点], (平成16年7月時点)): the fiscal year
 * it falls in (April to March) and the date as written.
 */
function asOfAfter(text: string, era: string | undefined): { fiscalYear: number; label: string } | undefined {
  const m = text.normalize("NFKC").match(/^[^。\d]{0,4}[［\[（(]\s*((昭和|平成|令和)?\s*(元|\d{1,4})\s*年\s*(\d{1,2})\s*月\s*時点)/u);
  if (!m) return undefined;
  const year = findYear(`${m[2] ?? ""}${m[3]}年度`, era)?.fiscalYear;
  if (year === undefined) return undefined;
  return { fiscalYear: Number(m[4]) >= 4 ? year : year - 1, label: m[1]!.replace(/\s+/gu, "") };
}

/** The fiscal year written last in a text (nearest the figure), with its position. */
function lastYear(text: string, era: string | undefined) {
  let found: ReturnType<typeof findYear>;
  for (let from = 0, next = findYear(text, era); next; next = findYear(text.slice(from), era)) {
    found = { ...next, index: from + next.index };
    from = found.index + next.label.length;
  }
  return found;
}
