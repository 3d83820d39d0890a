/**
 * Laws and plans: when one was enacted or adopted, and what was enacted in a given year.
 */
import { formatEraDate, parseEraDate } from "../../knowledge/era-date.js";
import type { Query } from "../understand-question.js";
import { entityName, hasCue, numberCitations, say, type Deps, type Draft } from "../answer-kit.js";
import { formatCalendarYear, inSpan, type YearSpan } from "../fiscal-year.js";
import { askWhich, pickSubjects } from "./pick-subject.js";
import { answeringPassage, answerTopic, namesDocumentPhrase } from "../describe/topic-passage.js";
import { joinDrafts } from "./regions.js";
import { answerDescribe } from "./describe.js";

/**
 * @example answerLawYear(understand("TLO法はいつ制定された？"), deps).summary // "…平成10年（1998年）…"
 */
export function answerLawYear(query: Query, deps: Deps): Draft {
  const { lang } = query;
  const laws = pickSubjects(query, deps, ["law", "plan", "event"]);
  const enacted = (id: string) => deps.kb.entities.get(id)!.attributes.filter((a) => a.key === "enacted" || a.key === "took-place");
  // When something that is no law or plan happened (…実施状況調査、公表はいつ？): the passage that says it.
  const happened = laws.length === 0 && namesDocumentPhrase(query, deps) ? answeringPassage(query, deps) : undefined;
  if (happened) return answerTopic(query, deps, happened);
  if (laws.length === 0)
    return askWhich(
      query,
      [...deps.kb.entities.values()].filter((e) => (e.type === "law" || e.type === "plan") && enacted(e.id).length),
    );
  // Two laws named (どっちが先？): both answers, earlier first.
  if (laws.length > 1) {
    const year = (id: string) => enacted(id)[0]?.year ?? 9999;
    return joinDrafts(
      [...laws]
        .sort((a, b) => year(a.id) - year(b.id))
        .map((l) => answerLawYear({ ...query, mentions: query.mentions.filter((m) => m.entity === l) }, deps)),
    );
  }
  const law = laws[0]!;
  const attributes = enacted(law.id);
  const topic = { intent: query.intent?.name, subject: law.id };
  const passage = attributes.length === 0 ? answerDescribe(query, deps) : undefined;
  if (passage?.status === "answered") return passage;
  // Not enacted at the time of the document (国立大学法人法 審議中): its status, cited, rather than a date.
  const status = law.attributes.filter((a) => a.key === "status");
  if (attributes.length === 0 && status.length > 0) {
    const { citations, numberOf } = numberCitations(status);
    return {
      status: "answered",
      summary: say(
        lang,
        `${law.name}は、資料では「${status[0]!.value}」とされています（制定の日付は書かれていません）。 [${numberOf(status[0]!)}]`,
        `The documents give ${entityName(law, lang)}'s status as "${status[0]!.value}" (no enactment date). [${numberOf(status[0]!)}]`,
      ),
      citations,
      topic,
    };
  }
  if (attributes.length === 0)
    return {
      status: "not_found",
      summary: say(
        lang,
        `${law.name}の制定・策定の時期は資料に書かれていません。`,
        `The documents do not say when ${entityName(law, lang)} was enacted or adopted.`,
      ),
      topic,
    };
  const { citations, numberOf } = numberCitations(attributes);
  const first = attributes[0]!;
  const verb =
    law.type === "law"
      ? say(lang, "制定", "enacted")
      : law.type === "event"
        ? say(lang, "実施", "carried out")
        : say(lang, "策定・決定", "adopted");
  // The date as the documents give it when they give a month (平成23年8月19日), else the year.
  const date = parseEraDate(first.value);
  const when = date ? formatEraDate(date, lang) : formatCalendarYear(first.year!, lang);
  const summary = say(
    lang,
    `${law.name}は ${when} に${verb}されました。 [1]`,
    // (In English with the source's own words beside: 平成23年8月19日, 知的財産戦略本部決定.)
    `${entityName(law, lang)} was ${verb} ${date ? `on ${when} (${first.value})` : `in ${when}`}. [1]`,
  );
  const lines = attributes.length > 1 ? attributes.map((a) => `・${a.value} [${numberOf(a)}]`) : [];
  return { status: "answered", summary, lines, citations, topic };
}

/**
 * @example answerLawsInYear(understand("1999年に制定された法律は?"), deps).summary // "…産業活力再生特別措置法…"
 */
export function answerLawsInYear(query: Query, deps: Deps): Draft {
  const { lang } = query;
  const years = query.years.years.map((y) => y.fiscalYear);
  const wantsLaw = hasCue(deps, query, "lawsOnly") && !hasCue(deps, query, "plans");
  const all = [...deps.kb.entities.values()].filter((e) => e.type === "law" || (!wantsLaw && (e.type === "plan" || e.type === "event")));
  const dated = (key: string) => key === "enacted" || key === "took-place";
  // A month (and day) in the question narrows to the statements dated so: 2003年5月26日.
  const date = query.text.match(/(\d{1,2})月(?:(\d{1,2})日)?/);
  const onDate = (value: string) =>
    !date || (value.normalize("NFKC").includes(`${date[1]}月`) && (!date[2] || value.normalize("NFKC").includes(`${date[2]}日`)));
  const span = query.years.span;
  // No year: every one, by year (法律を一通り挙げて).
  const everyYear = years.length === 0 && !span;
  const asked = (year: number) => everyYear || (span ? inSpan(year, span) : years.includes(year));
  const hits = all.flatMap((e) =>
    e.attributes
      .filter((a) => dated(a.key) && a.year !== undefined && asked(a.year) && onDate(a.value))
      .slice(0, 1)
      .map((a) => ({ e, a })),
  );
  if (span || everyYear) hits.sort((x, y) => x.a.year! - y.a.year!);
  const when = span ? spanText(span, lang) : years.map((y) => formatCalendarYear(y, lang)).join(say(lang, "・", ", "));
  if (hits.length === 0) {
    const have = [...new Set(all.flatMap((e) => e.attributes.filter((a) => dated(a.key)).map((a) => a.year!)))].sort((a, b) => a - b);
    return {
      status: "not_found",
      summary: say(
        lang,
        `${when}に制定・策定された法律・計画は、資料には見当たりません。`,
        `The documents list no law or plan enacted in ${when}.`,
      ),
      lines: [
        say(lang, `資料にある年: ${have.map((y) => formatCalendarYear(y, lang)).join("、")}`, `Years in the documents: ${have.join(", ")}`),
      ],
    };
  }
  const { citations, numberOf } = numberCitations(hits.map((h) => h.a));
  const lines = hits.map(({ e, a }) => `・${entityName(e, lang)}（${a.value}） [${numberOf(a)}]`);
  return {
    status: "answered",
    summary: everyYear
      ? say(lang, "資料にあるもの（制定・策定の年順）:", "In the documents, by the year enacted or adopted:")
      : say(lang, `${when}に制定・策定されたもの:`, `Enacted or adopted in ${when}:`),
    lines,
    citations,
    topic: { intent: query.intent?.name },
  };
}

/** 平成7年（1995年）から平成14年（2002年）まで, or open on one side. */
function spanText(span: YearSpan, lang: "ja" | "en"): string {
  const from = span.from !== undefined ? formatCalendarYear(span.from, lang) : "";
  const to = span.to !== undefined ? formatCalendarYear(span.to, lang) : "";
  if (from && to) return say(lang, `${from}から${to}まで`, `${from} to ${to}`);
  return from ? say(lang, `${from}以降`, `${from} onwards`) : say(lang, `${to}まで`, `up to ${to}`);
}
