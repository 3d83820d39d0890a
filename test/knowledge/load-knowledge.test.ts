import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { KnowledgeError, loadKnowledge } from "../../src/knowledge/load-knowledge.js";

const FIXTURE = join(import.meta.dirname, "../fixtures/knowledge-mini");

/** A second statement of the 平成14年度 budget with another figure: a conflict unless both facts say so. */
const DISAGREEING_FACT = `  - id: mini-budget-2002-restated
    subject: toshi-area
    measure: budget
    qualifier: 予算
    fiscalYear: 2002
    yearLabel: 平成１４年度
    value: 3100000000
    display: 31億円
    unit: 円
    evidence: { quote: "平成１５年度予算 ：３１億円" }
`;

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the small fixture with one file rewritten, so each test breaks exactly one thing. */
function fixtureWith(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), "sangaku-kb-"));
  copies.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), "utf8")));
  return dir;
}

function problemsOf(dir: string): string[] {
  try {
    loadKnowledge(dir);
  } catch (error) {
    if (error instanceof KnowledgeError) return error.problems;
    throw error;
  }
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
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/^knowledge\/facts\/mini\.yaml › facts\[0\] \(mini-budget-2003\) › value: .*number/i),
    ]);
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
    const dir = fixtureWith("facts/mini.yaml", (t) =>
      t
        .replace("subject: toshi-area", "subject: nowhere")
        .replace("qualifier: 予算\n    fiscalYear: 2002", "qualifier: 補正\n    fiscalYear: 2002"),
    );
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

  it("stops loading when an alias names two entities, naming the file, the record and the field", () => {
    const dir = fixtureWith(
      "entities/programs.yaml",
      (t) => `${t}  - { id: other-area, type: program, name: 別の事業, aliases: [都市エリア] }\n`,
    );
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(
        /^knowledge\/entities\/programs\.yaml › entities\[1\] \(other-area\) › aliases\[0\]: "都市エリア" also names toshi-area/,
      ),
    ]);
  });

  it("stops loading when two facts disagree on the same figure without conflictsWith", () => {
    const dir = fixtureWith("facts/mini.yaml", (t) => `${t}${DISAGREEING_FACT}`);
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(
        /^knowledge\/facts\/mini\.yaml › facts\[2\] \(mini-budget-2002-restated\) › conflictsWith: 31億円 disagrees with 25億円 of mini-budget-2002/,
      ),
    ]);
  });

  it("loads disagreeing facts once both are marked with conflictsWith", () => {
    const marked = DISAGREEING_FACT.replace("unit: 円", "unit: 円\n    conflictsWith: [mini-budget-2002]");
    const dir = fixtureWith(
      "facts/mini.yaml",
      (t) => `${t.replace("display: 25億円", "display: 25億円\n    conflictsWith: [mini-budget-2002-restated]")}${marked}`,
    );
    expect(problemsOf(dir)).toEqual([]);
  });

  it("rejects a range whose upper bound is not above its value", () => {
    const dir = fixtureWith("facts/mini.yaml", (t) => t.replace("value: 2500000000", "value: 2500000000\n    valueMax: 2000000000"));
    expect(problemsOf(dir).join("\n")).toMatch(/mini-budget-2002\) › valueMax: 2000000000 is not above value/);
  });

  it("dates a fact's asOf and refuses one outside the fact's fiscal year", () => {
    const dated = fixtureWith("facts/mini.yaml", (t) =>
      t.replace("yearLabel: 平成１５年度", "yearLabel: 平成１５年度\n    asOf: 平成１５年７月時点"),
    );
    expect(loadKnowledge(dated).factsById.get("mini-budget-2003")?.asOfDate).toBe("2003-07");
    const wrong = fixtureWith("facts/mini.yaml", (t) =>
      t.replace("yearLabel: 平成１５年度", "yearLabel: 平成１５年度\n    asOf: 平成１５年３月時点"),
    );
    expect(problemsOf(wrong).join("\n")).toMatch(/mini-budget-2003\) › asOf: 2003-03 is in fiscal year 2002, not fiscalYear 2003/);
  });

  it("rejects unknown keys instead of ignoring them", () => {
    const dir = fixtureWith("facts/mini.yaml", (t) =>
      t.replace('unit: 円\n    evidence: { quote: "平成１５', 'unit: 円\n    colour: red\n    evidence: { quote: "平成１５'),
    );
    expect(problemsOf(dir).join("\n")).toMatch(/facts\[0\] \(mini-budget-2003\).*colour/);
  });
});
