/**
 * Passages of the documents as answers: which section a question names, which lines to quote, and the
 * checks that keep a passage from standing in for a figure it does not hold.
 */
import type { Query } from "../understand-question.js";
import type { Chunk } from "../../search/section-index.js";
import { contentBigrams } from "../../search/section-index.js";
import { annotateEraYears } from "../../search/tokenize.js";
import { normalizeForMatch } from "../../knowledge/normalize-text.js";
import { say, type Deps, type Draft } from "../answer-kit.js";
import { formatFiscalYear } from "../fiscal-year.js";

const SUMMARY_CHARS = 220;

export function passageAnswer(query: Query, chunk: Chunk, about: string, topic: Draft["topic"], fromStart = false): Draft {
  // The lines that hold what is asked beyond the subject (参加機関, 平成17年度); the whole question when nothing is.
  const asked = [query.leftover, ...query.years.years.map((y) => y.text)].join(" ").trim();
  const quote = pickQuote(chunk.text, fromStart ? "" : asked || query.text);
  const citation = { document: chunk.document, documentTitle: chunk.documentTitle, section: chunk.section, quote };
  const summary = readable(quote).slice(0, SUMMARY_CHARS);
  return { status: "answered", summary: about, lines: [`「${summary}${summary.length >= SUMMARY_CHARS ? "…" : ""}」`], citations: [citation], topic };
}

export function coverageOf(chunk: Chunk, text: string): number {
  const wanted = contentBigrams(text.toLowerCase());
  return wanted.length ? wanted.filter((b) => chunk.match.includes(b) || chunk.title.toLowerCase().includes(b)).length / wanted.length : 0;
}

/**
 * A question that names a section (総合的産学官連携推進事業の必要性, 地域イノベーションの源泉の潤沢化とは)
 * is answered with that section: its own heading, three characters or more, occurs in the question; among
 * several, the one whose document or path also shares most with the question.
 */
export function sectionNamed(query: Query, deps: Deps): Chunk | undefined {
  const asked = normalizeForMatch(query.text, deps.kb.vocabulary.variants).toLowerCase();
  const own = (chunk: Chunk) => normalizeForMatch(chunk.section.split(" › ").pop() ?? "", deps.kb.vocabulary.variants).toLowerCase().replace(/^[\p{N}\p{P}\p{S}\s#①-⑳]+/u, "").replace(/[（(].*$/, "").replace(/[\p{P}\p{S}]+$/u, "");
  // The heading must say more than the entities the question names (not the section titled with the subject).
  const names = query.mentions.flatMap((m) => [m.entity.name, ...m.entity.aliases]).map((n) => normalizeForMatch(n, deps.kb.vocabulary.variants).toLowerCase());
  const candidates = deps.index.chunks.filter((c) => own(c).length >= 3 && asked.includes(own(c)) && !names.some((n) => n.includes(own(c)) || own(c).includes(n)));
  if (candidates.length === 0) return undefined;
  const score = (c: Chunk) => own(c).length * 10 + contentBigrams(asked).filter((b) => normalizeForMatch(`${c.documentTitle}${c.section}`, {}).toLowerCase().includes(b)).length;
  const best = candidates.sort((a, b) => score(b) - score(a))[0];
  return best && withSubsections(deps, best);
}

/**
 * A section that is only a heading (## 目指すべき方向性) holds its content in its subsections: the passage
 * then runs on through them, about three chunks' worth at most.
 */
function withSubsections(deps: Deps, chunk: Chunk): Chunk {
  const same = deps.index.chunks.filter((c) => c.document === chunk.document && (c.section === chunk.section || c.section.startsWith(`${chunk.section} › `)));
  const from = same.indexOf(chunk);
  const text = same.slice(from, from + 3).map((c) => c.text).join("\n");
  return { ...chunk, text: text.slice(0, 900) };
}

/** The lines of the passage that share most with the question, verbatim, about three lines long. */
export function pickQuote(text: string, question: string): string {
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  const wanted = contentBigrams(question.toLowerCase());
  let bestAt = 0;
  let bestScore = -1;
  for (let i = 0; i < lines.length; i++) {
    const window = lines.slice(i, i + 3).join("");
    const score = wanted.filter((b) => window.toLowerCase().includes(b)).length;
    if (score > bestScore) { bestScore = score; bestAt = i; }
  }
  const out: string[] = [];
  for (let i = bestAt; i < lines.length && out.join("").length < 160; i++) out.push(lines[i]!);
  return out.join("\n");
}

/** The PDF doubles some lines ("札幌クラスター札幌クラスター"); shown once, the citation keeps the original. */
export function readable(quote: string): string {
  return quote.split("\n").map((line) => {
    const t = line.trim();
    const half = t.length / 2;
    return t.length % 2 === 0 && t.slice(0, half) === t.slice(half) ? t.slice(0, half) : t;
  }).join("");
}

/** Whether the passage names one of the question's fiscal years, in any form (平成19年度, 19 年度, 2007). */
export function mentionsAskedYear(query: Query, chunk: Chunk): boolean {
  if (query.years.years.length === 0) return true;
  const text = annotateEraYears(chunk.text).normalize("NFKC").replace(/\s/g, "");
  return query.years.years.some((y) => text.includes(String(y.fiscalYear)));
}

export function noPassageForYear(query: Query, name: string | undefined): Draft {
  const when = query.years.years.map((y) => formatFiscalYear(y.fiscalYear, query.lang)).join(say(query.lang, "・", ", "));
  return {
    status: "not_found",
    summary: say(query.lang, `${name ? `${name}について、` : ""}${when}の数値や記述は資料にありません。`, `The documents have nothing${name ? ` on ${name}` : ""} for ${when}.`),
    lines: [say(query.lang, "年度を変えるか、年度なしで聞くと、資料にある数値を示します。", "Ask without the year, or for another year, to see what the documents give.")],
    options: [],
  };
}
