/**
 * A span of years anchored at a dated law, plan or event (TLO法以降に制定された法律, laws passed since the TLO Act):
 * the name stands for its year, and is no subject of the question.
 */
import type { Mention } from "../match/mention.js";
import type { YearQuery } from "../fiscal-year.js";

const DATED = new Set(["law", "plan", "event"]);
const FROM_AFTER = /^(?:以降|以後|より後|の後|から)/u;
const TO_AFTER = /^(?:以前|より前|の前|まで)/u;
const FROM_BEFORE = /\b(?:since|after|from)\s+(?:the\s+)?$/u;
const TO_BEFORE = /\b(?:before|until|up to)\s+(?:the\s+)?$/u;

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
    const from = FROM_AFTER.test(after) || FROM_BEFORE.test(before);
    const to = TO_AFTER.test(after) || TO_BEFORE.test(before);
    if (from === to) continue;
    const anchor = { fiscalYear: year, calendar: true, text: m.text, index: m.start };
    return { mentions: mentions.filter((x) => x !== m), years: { ...years, years: [anchor], span: from ? { from: year } : { to: year } } };
  }
  return { mentions, years };
}
