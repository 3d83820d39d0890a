/**
 * A phase asked of a program the documents give in phases (知クラ第III期, the third phase of the cluster program):
 * when none of its phases has that number, the documents do not cover it, however close a neighbour's figures are.
 */
import type { Entity } from "../../knowledge/load-knowledge.js";
import type { Query } from "../understand-question.js";
import { say, shortEntityName, type Deps, type Draft } from "../answer-kit.js";

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6 };
const KANJI = "一二三四五六";
const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6 };

/** A phase's number as written (III, 3, 三, ３). */
function phaseNumber(written: string): number | undefined {
  const w = written.normalize("NFKC").toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  return ROMAN[w] ?? (KANJI.includes(w) ? KANJI.indexOf(w) + 1 : undefined);
}

/**
 * The phase numbers a text writes (第III期, 第3期, phase 3, the third phase).
 * @example phasesIn("知クラ第III期と phase 2") // [3, 2]
 */
export function phasesIn(text: string): number[] {
  const t = text.normalize("NFKC");
  const found = [
    ...[...t.matchAll(/第\s*([0-9]+|[IVXivx]+|[一二三四五六])\s*期/gu)].map((m) => phaseNumber(m[1]!)),
    ...[...t.matchAll(/\bphase\s+([0-9]+|[ivx]+)\b/giu)].map((m) => phaseNumber(m[1]!)),
    ...[...t.matchAll(/\b(first|second|third|fourth|fifth|sixth)\s+phase\b/giu)].map((m) => ORDINAL[m[1]!.toLowerCase()]),
  ];
  return found.filter((n): n is number => n !== undefined);
}

/**
 * The program named whose phases the documents give, with those phases, when the question asks a phase none of
 * them is; undefined otherwise.
 * @example missingPhase(understand("知クラ第III期の予算"), deps)?.phases // [1, 2]
 */
export function missingPhase(query: Query, deps: Deps): { program: Entity; asked: number; phases: number[] } | undefined {
  const asked = phasesIn(query.text);
  if (asked.length === 0) return undefined;
  for (const m of query.mentions) {
    const program = m.entity.parent && phasesIn(m.entity.name).length > 0 ? deps.kb.entities.get(m.entity.parent) : m.entity;
    if (!program) continue;
    const phases = [...deps.kb.entities.values()].filter((e) => e.parent === program.id).flatMap((e) => phasesIn(e.name));
    const missing = asked.find((n) => !phases.includes(n));
    if (phases.length > 0 && missing !== undefined) return { program, asked: missing, phases: [...new Set(phases)].sort((a, b) => a - b) };
  }
  return undefined;
}

/**
 * @example answerMissingPhase(query, deps, missing).status // "not_found"
 */
export function answerMissingPhase(query: Query, deps: Deps, missing: NonNullable<ReturnType<typeof missingPhase>>): Draft {
  const name = shortEntityName(missing.program, query.lang);
  const roman = (n: number) =>
    Object.keys(ROMAN)
      .find((k) => ROMAN[k] === n)!
      .toUpperCase();
  const given = missing.phases.map((n) => say(query.lang, `第${roman(n)}期`, `phase ${roman(n)}`));
  return {
    status: "not_found",
    summary: say(
      query.lang,
      `資料にあるのは${name}の${given.join("・")}までで、第${roman(missing.asked)}期は出てきません。`,
      `The documents give ${name} in ${given.join(" and ")} only; phase ${roman(missing.asked)} is not in them.`,
    ),
    options: missing.phases.map((n) => {
      const q = say(query.lang, `${name}第${roman(n)}期の予算は？`, `What is the budget of ${name} phase ${roman(n)}?`);
      return { label: q, question: q };
    }),
    topic: { subject: missing.program.id },
  };
}
