/**
 * The figures of one thing, as a change between two years needs them: a program's series may hold several of its
 * indicators (参加機関数 and 事業実施地域数 of one program) or its phases, and a change computed across two of them
 * is no change.
 */
import type { Fact, KnowledgeBase } from "../../knowledge/load-knowledge.js";
import { bigrams } from "../match/mention.js";

/**
 * The facts of each subject among them, best fit first: most of the asked years covered, then most two-character
 * pieces of the subject's name in the question (実施地域 → 事業実施地域数), then most figures. `tied` are the
 * subjects that fit as well as the best (a program's two phases, both with the asked years).
 * @example figureLines(kb, facts, [2011, 2012], "実施地域 23 vs 24年度").best.map((f) => f.display) // ["13地域", "23地域"]
 */
export function figureLines(kb: KnowledgeBase, facts: Fact[], years: number[], question: string): { best: Fact[]; tied: string[] } {
  const lines = new Map<string, Fact[]>();
  for (const f of facts) lines.set(f.subject, [...(lines.get(f.subject) ?? []), f]);
  if (lines.size < 2) return { best: facts, tied: [...lines.keys()] };
  const fit = (line: Fact[]) => [
    years.filter((y) => line.some((f) => f.fiscalYear === y)).length,
    [...bigrams(kb.entities.get(line[0]!.subject)?.name ?? "")].filter((g) => question.includes(g)).length,
  ];
  const order = (a: number[], b: number[]) => b.map((x, i) => x - a[i]!).find((d) => d !== 0) ?? 0;
  // (A stable sort: of lines that fit alike, the one with most figures, then the first as the series orders them.)
  const ranked = [...lines.values()]
    .map((line) => ({ line, fit: fit(line) }))
    .sort((a, b) => order(a.fit, b.fit) || b.line.length - a.line.length);
  const top = ranked[0]!;
  return { best: top.line, tied: ranked.filter((r) => order(r.fit, top.fit) === 0).map((r) => r.line[0]!.subject) };
}
