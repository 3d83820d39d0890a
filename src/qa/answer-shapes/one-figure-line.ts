/**
 * The figures of one thing, as a change between two years needs them: a program's series may hold several of its
 * indicators (参加機関数 and 事業実施地域数 of one program), and a change computed across two of them is no change.
 */
import type { Fact, KnowledgeBase } from "../../knowledge/load-knowledge.js";
import { bigrams } from "../match/mention.js";

/**
 * The facts of the one subject that covers most of the asked years, then shares most two-character pieces of its
 * name with the question (実施地域 → 事業実施地域数), then has most figures; the facts as they are when they are
 * of one subject already.
 * @example oneFigureLine(kb, facts, [2011, 2012], "実施地域 23 vs 24年度").map((f) => f.display) // ["13地域", "23地域"]
 */
export function oneFigureLine(kb: KnowledgeBase, facts: Fact[], years: number[], question: string): Fact[] {
  const lines = new Map<string, Fact[]>();
  for (const f of facts) lines.set(f.subject, [...(lines.get(f.subject) ?? []), f]);
  if (lines.size < 2) return facts;
  const fit = (line: Fact[]) => [
    years.filter((y) => line.some((f) => f.fiscalYear === y)).length,
    [...bigrams(kb.entities.get(line[0]!.subject)?.name ?? "")].filter((g) => question.includes(g)).length,
    line.length,
  ];
  const order = (a: number[], b: number[]) => b.map((x, i) => x - a[i]!).find((d) => d !== 0) ?? 0;
  // (A stable sort: of lines that fit alike, the first, as the series orders them.)
  return [...lines.values()].map((line) => ({ line, fit: fit(line) })).sort((a, b) => order(a.fit, b.fit))[0]!.line;
}
