/**
 * A quote cited for one year's figure often holds other years' figures too: the year before in brackets
 * (９０００百万円（平成１５年度６９００百万円）), the other column of a budget row. Shown without their years, a reader
 * cannot tell which is the answer; the citation lists them so that only the cited figure is shown.
 */
import type { KnowledgeBase } from "../knowledge/load-knowledge.js";
import type { Citation } from "./types.js";

/**
 * Each citation made for one figure gets the figures of other years or other subjects that the same quote
 * states (facts of the knowledge base with the same document and quote), and those of other kinds of the same
 * year and scope (当初予算額 beside 執行額 in one budget row), which the reader could take for the answer as well.
 * @example withOtherYears(kb, [{ …, quote: "…９０００百万円 （平成１５年度６９００百万円）", figure: "9000百万円" }])[0].otherYears // ["6900百万円"]
 */
export function withOtherYears(kb: KnowledgeBase, citations: Citation[]): Citation[] {
  return citations.map((c) => {
    if (!c.figure) return c;
    // Facts quoting this line, or a part of it (第I期 16億円(34億円) within the line that also gives 第II期).
    const same = factsOf(kb, c.document).filter((f) => c.quote.includes(f.evidence.quote));
    const cited = same.find((f) => f.display === c.figure);
    if (!cited) return c;
    // Another year's figure, another subject's (第I期 16億円 beside 第II期 75億円), or another kind of the same
    // scope; another part of the same cell (a scope: (27 件) プロジェクトの総数) is context, not another answer.
    // Only figures of the cited one's measure compete with it: 15地域 beside 69億円 is context (…15地域で69億円).
    const rival = (f: typeof cited) =>
      f.measure === cited.measure && (f.subject !== cited.subject || (f.qualifier !== cited.qualifier && f.scope === cited.scope));
    const other = (f: typeof cited) => f.fiscalYear !== cited.fiscalYear || rival(f);
    const others = [...new Set(same.filter((f) => other(f) && f.display !== c.figure).map((f) => f.display))];
    return others.length ? { ...c, otherYears: others } : c;
  });
}

const byDocument = new WeakMap<KnowledgeBase, Map<string, KnowledgeBase["facts"]>>();

/** The facts quoting one document, in knowledge order: grouped once per knowledge base, not searched per citation. */
function factsOf(kb: KnowledgeBase, document: string): KnowledgeBase["facts"] {
  let groups = byDocument.get(kb);
  if (!groups) {
    byDocument.set(kb, (groups = new Map()));
    for (const fact of kb.facts) {
      const list = groups.get(fact.evidence.document);
      if (list) list.push(fact);
      else groups.set(fact.evidence.document, [fact]);
    }
  }
  return groups.get(document) ?? [];
}
