/**
 * A span of years anchored at a dated law, plan or event (TLO法以降に制定された法律, laws passed since the TLO Act):
 * the name stands for its year, and is no subject of the question.
 */
import type { Mention } from "../match/mention.js";
import { SINCE, SINCE_BEFORE, UNTIL, type YearQuery } from "../fiscal-year.js";

const DATED = new Set(["law", "plan", "event"]);
// (Read as a year's span words are, fiscal-year.ts: 以降, まで, since; "the" may stand before the name.)

/**
 * The question's mentions and years with a dated name that anchors a span read as that span, when the question
 * gives no year of its own; unchanged otherwise.
 * @example anchoredSpan("tlo法以降に制定された法律", [tloAct], noYears).years.span // { from: 1998 }
 */
export function anchoredSpan(match: string, mentions: Mention[], years: YearQuery): { mentions: Mention[]; years: YearQuery } {
  if (years.years.length > 0) return { mentions, years };
  for (const m of mentions) {
    if (!DATED.has(m.entity.type)) continue;
    const year = m.entity.attributes.find((a) => (a.key === "enacted" || a.key === "took-place") && a.year)?.year;
    if (!year) continue;
    const after = match.slice(m.end);
    const before = match.slice(0, m.start);
    const bare = before.replace(/\s*the\s*$/u, "");
    const from = SINCE.test(after) || SINCE_BEFORE.test(bare);
    const to = UNTIL.test(after);
    if (from === to) continue;
    const anchor = { fiscalYear: year, calendar: true, text: m.text, index: m.start };
    return { mentions: mentions.filter((x) => x !== m), years: { ...years, years: [anchor], span: from ? { from: year } : { to: year } } };
  }
  return { mentions, years };
}
