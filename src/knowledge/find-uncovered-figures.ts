/**
 * Coverage: the figures a reader sees in a source (a number with a unit, or a table number of four or
 * more digits) that no fact of that document displays and no listed exception explains.
 */
import type { KnowledgeBase } from "./load-knowledge.js";

const UNITS = "億円|百万円|千円|万円|円|件|機関|社|地域|拠点|大学|%|倍|名|エリア|クラスター";

/** Readers' view of the text: numbers broken across lines joined, separators dropped, ％ → %. */
function prepare(text: string): string {
  return text
    .replace(/[\u2460-\u2473]/g, "#")
    .normalize("NFKC")
    .replace(/产/g, "産")
    .replace(/,(\d{0,2})[ \t]*\n\s*(\d)/g, ",$1$2")
    .replace(new RegExp(`(\\d)[ \\t]+(${UNITS})`, "g"), "$1$2")
    .replace(/(\d)\n(\d+)(?=億円|百万円|千円|件|社)/g, "$1$2")
    .replace(/(\d) (\d{3})(?=百万円|千円)/g, "$1$2")
    .replace(/(\d),(?=\d{3})/g, "$1");
}

/**
 * Figures with a unit ("16302件", "31億円") and table numbers of 4+ digits (years 1900–2099 and numbers
 * with a leading zero, such as sheet numbers, are not figures).
 * @example extractFigures("２，３６１件 と 15,659,\n209") // ["2361件", "15659209"]
 */
export function extractFigures(text: string): string[] {
  const prepared = prepare(text);
  const withUnit = [...prepared.matchAll(new RegExp(`(?<![\\d.])(\\d+(?:\\.\\d+)?)(${UNITS})(?!当|あた|発|等の)`, "g"))]
    .filter((m) => !/目標$/.test(prepared.slice(Math.max(0, m.index - 2), m.index)))
    .map((m) => m[1]! + m[2]!);
  const bare = [...prepared.replace(/\s+/g, " ").matchAll(/(?<![\d.])\d{4,}(?![\d.])/g)]
    .map((m) => m[0])
    .filter((x) => !x.startsWith("0") && !(x.length === 4 && Number(x) >= 1900 && Number(x) < 2100));
  return [...new Set([...withUnit, ...bare])];
}

/**
 * Every figure of every document that is neither shown by a fact nor listed in knowledge/exceptions.
 * @example findUncoveredFigures(loadKnowledge()) // [] when coverage is complete
 */
export function findUncoveredFigures(kb: KnowledgeBase): string[] {
  const missing: string[] = [];
  for (const doc of kb.documents.values()) {
    const shown = new Set<string>();
    for (const fact of kb.facts.filter((f) => f.evidence.document === doc.file)) {
      for (const figure of extractFigures(fact.display)) {
        shown.add(figure);
        shown.add(figure.replace(/[^\d.]+$/, ""));
      }
      shown.add(String(Math.abs(fact.value)));
      const scale = /千円/.test(fact.display) ? 1e3 : /百万円/.test(fact.display) ? 1e6 : 1;
      shown.add(String(Math.abs(Math.round(fact.value / scale))));
    }
    const excepted = new Set(kb.exceptions.filter((e) => e.document === doc.file).flatMap((e) => [...extractFigures(e.text), e.text]));
    for (const figure of extractFigures(doc.raw)) {
      if (shown.has(figure) || excepted.has(figure)) continue;
      missing.push(`${doc.file}: ${figure}`);
    }
  }
  return missing;
}
