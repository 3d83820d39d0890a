import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pagesOfLines } from "../../src/knowledge/document-model.js";
import { inspectKnowledge, loadKnowledge } from "../../src/knowledge/load-knowledge.js";

const MINI = new URL("../fixtures/knowledge-mini/", import.meta.url).pathname;

/** The mini knowledge base with its source cut into two pages (the second starts at the line in parentheses). */
function paged(edit: (dir: string) => void = () => {}): string {
  const dir = mkdtempSync(join(tmpdir(), "sangaku-pages-"));
  cpSync(MINI, dir, { recursive: true });
  const source = join(dir, "sources", "mini.txt");
  writeFileSync(source, readFileSync(source, "utf8").replace("（平成１４年度", "\f（平成１４年度"));
  const decl = join(dir, "documents", "mini.yaml");
  writeFileSync(
    decl,
    readFileSync(decl, "utf8").replace("fiscalYear: 2003", "fiscalYear: 2003\npages: 2\nurl: https://example.org/mini.pdf"),
  );
  edit(dir);
  return dir;
}

describe("page breaks in sources", () => {
  it("gives every line the page it is on, and none to a source without form feeds", () => {
    expect(pagesOfLines(["a", "b", "\fc", "d", "\f", "e"])).toEqual([1, 1, 2, 2, 3, 3]);
    expect(pagesOfLines(["a", "b"])).toBeUndefined();
  });

  it("puts the page and the document's url on each fact's evidence", () => {
    const kb = loadKnowledge(paged());
    expect(kb.factsById.get("mini-budget-2003")!.evidence).toMatchObject({ page: 1, url: "https://example.org/mini.pdf" });
    expect(kb.factsById.get("mini-budget-2002")!.evidence.page).toBe(2);
  });

  it("reports a declared page count the source does not have", () => {
    const dir = paged((d) =>
      writeFileSync(
        join(d, "documents", "mini.yaml"),
        readFileSync(join(d, "documents", "mini.yaml"), "utf8").replace("pages: 2", "pages: 3"),
      ),
    );
    expect(inspectKnowledge(dir).problems).toContainEqual(expect.stringContaining("pages: declared 3, but the source has 2"));
  });

  it("reports a fact whose declared page is not the page of its quote", () => {
    const dir = paged((d) => {
      const facts = join(d, "facts", "mini.yaml");
      writeFileSync(
        facts,
        readFileSync(facts, "utf8").replace(
          '    unit: 円\n    evidence: { quote: "平成１５年度予算',
          '    unit: 円\n    page: 2\n    evidence: { quote: "平成１５年度予算',
        ),
      );
    });
    expect(inspectKnowledge(dir).problems).toEqual([expect.stringMatching(/mini-budget-2003.*page: the quote is on page 1, not 2/)]);
  });

  it("treats facts without origin as curated", () => {
    expect(loadKnowledge(MINI).facts.every((f) => f.origin === "curated")).toBe(true);
  });
});
