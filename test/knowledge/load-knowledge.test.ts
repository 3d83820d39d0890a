import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { KnowledgeError, loadKnowledge } from "../../src/knowledge/load-knowledge.js";

const FIXTURE = join(import.meta.dirname, "../fixtures/knowledge-mini");

const copies: string[] = [];
afterAll(() => { for (const dir of copies) rmSync(dir, { recursive: true, force: true }); });

/** A copy of the small fixture with one file rewritten, so each test breaks exactly one thing. */
function fixtureWith(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), "sangaku-kb-"));
  copies.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), "utf8")));
  return dir;
}

function problemsOf(dir: string): string[] {
  try { loadKnowledge(dir); } catch (error) { if (error instanceof KnowledgeError) return error.problems; throw error; }
  return [];
}

describe("loadKnowledge", () => {
  it("loads facts with their section path and the line they were found on", () => {
    const kb = loadKnowledge(FIXTURE);
    const fact = kb.factsById.get("mini-budget-2002")!;
    expect(fact.evidence).toMatchObject({ document: "mini.txt", section: "mini.txt › 都市エリア産学官連携促進事業 › 前年度", line: 5 });
  });

  it("names the file, the record and the field of a schema error", () => {
    const dir = fixtureWith("facts/mini.yaml", (t) => t.replace("value: 3100000000", "value: 三十一億"));
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/^knowledge\/facts\/mini\.yaml › facts\[0\] \(mini-budget-2003\) › value: .*number/i)]);
  });

  it("rejects a quote that is not in the source", () => {
    const dir = fixtureWith("facts/mini.yaml", (t) => t.replace("平成１５年度予算 ：３１億円", "平成１５年度予算 ：３２億円"));
    expect(problemsOf(dir).join("\n")).toMatch(/facts\[0\] \(mini-budget-2003\) › evidence\.quote: not found in mini\.txt/);
  });

  it("rejects a figure that its quote does not contain", () => {
    const dir = fixtureWith("facts/mini.yaml", (t) => t.replace("display: 31億円", "display: 32億円"));
    expect(problemsOf(dir).join("\n")).toMatch(/mini-budget-2003\) › display: figure "32億円" does not occur in the quote/);
  });

  it("rejects unknown subjects, measures and qualifiers", () => {
    const dir = fixtureWith("facts/mini.yaml", (t) => t.replace("subject: toshi-area", "subject: nowhere").replace("qualifier: 予算\n    fiscalYear: 2002", "qualifier: 補正\n    fiscalYear: 2002"));
    const problems = problemsOf(dir).join("\n");
    expect(problems).toMatch(/mini-budget-2003\) › subject: "nowhere" is not an entity id/);
    expect(problems).toMatch(/mini-budget-2002\) › qualifier: "補正" is not in vocabulary\.yaml/);
  });

  it("reports invalid YAML with the file name", () => {
    const dir = fixtureWith("entities/programs.yaml", () => "entities: [\n  - id: x");
    expect(problemsOf(dir)[0]).toMatch(/^knowledge\/entities\/programs\.yaml: not valid YAML/);
  });

  it("reports a section heading that no line starts with", () => {
    const dir = fixtureWith("documents/mini.yaml", (t) => t.replace("at: （平成１４年度", "at: 存在しない見出し"));
    expect(problemsOf(dir).join("\n")).toMatch(/documents\/mini\.yaml › sections\[1\] \(前年度\): no line/);
  });

  it("rejects unknown keys instead of ignoring them", () => {
    const dir = fixtureWith("facts/mini.yaml", (t) => t.replace("unit: 円\n    evidence: { quote: \"平成１５", "unit: 円\n    colour: red\n    evidence: { quote: \"平成１５"));
    expect(problemsOf(dir).join("\n")).toMatch(/facts\[0\] \(mini-budget-2003\).*colour/);
  });
});
