import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { checkIntegrity } from "../../src/knowledge/check-integrity.js";
import { describe, expect, it } from "vitest";
import { runIngest } from "../../src/ingest/run-ingest.js";
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { createAnswerer } from "../../src/qa/index.js";

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;

/** A knowledge folder with the real vocabulary and no document: everything in it comes from the ingestion. */
function emptyKnowledge(): string {
  const dir = mkdtempSync(join(tmpdir(), "sangaku-ingest-"));
  copyFileSync(join(DEFAULT_KNOWLEDGE_DIR, "vocabulary.yaml"), join(dir, "vocabulary.yaml"));
  return dir;
}
const filesIn = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();

/** The facts a person reads off the fixture's tables (the real h24 figures), as [row, year, kind, figure, page]. */
const INDICATORS = (page: number) => [
  ["共同研究の実施件数", 2003, "基準値", "7,248件", page],
  ["共同研究の実施件数", 2008, "実績", "14,974件", page],
  ["共同研究の実施件数", 2009, "実績", "14,779件", page],
  ["共同研究の実施件数", 2010, "実績", "15,544件", page],
  ["共同研究の実施件数", 2011, "実績", "16,302件", page],
  ["共同研究の実施件数", 2012, "年度ごとの目標値", "17,000件", page],
  ["産学官連携本部等の整備状況", 2003, "基準値", "119機関", page],
  ["産学官連携本部等の整備状況", 2008, "実績", "197機関", page],
  ["産学官連携本部等の整備状況", 2009, "実績", "216機関", page],
  ["産学官連携本部等の整備状況", 2010, "実績", "230機関", page],
  ["産学官連携本部等の整備状況", 2011, "実績", "245機関", page],
  ["産学官連携本部等の整備状況", 2012, "年度ごとの目標値", "250機関", page],
];
const BUDGETS = (page: number) => [
  ["大学等産学官連携自立化促進プログラム", 2012, "補正後予算額", "1,982,194千円", page],
  ["地域イノベーション戦略支援プログラム", 2012, "補正後予算額", "7,841,558千円", page],
  ["地域イノベーション戦略支援プログラム", 2013, "当初予算額", "5,420,723千円", page],
];

async function ingestInto(file: string, id: string) {
  const dir = emptyKnowledge();
  const result = await runIngest({ file: fixture(file), id, url: `https://example.org/${file}`, knowledge: dir });
  const kb = loadKnowledge(dir);
  const facts = kb.facts.map((f) => [kb.entities.get(f.subject)!.name, f.fiscalYear, f.qualifier, f.display, f.evidence.page]);
  return { dir, kb, facts, result };
}

describe("npm run ingest", () => {
  it.each([
    ["cid-noembed.pdf", [...INDICATORS(1), ...BUDGETS(2)]],
    ["embedded.pdf", [...BUDGETS(1), ...INDICATORS(2)]],
  ])("extracts every table figure of %s with its year, kind and page, and nothing else", async (file, expected) => {
    const { facts, kb } = await ingestInto(file, "sample");
    expect(facts.sort()).toEqual([...expected].sort());
    expect(kb.facts.every((f) => f.origin === "extracted")).toBe(true);
    expect(kb.exceptions).toEqual([]);
  });

  it("keeps the text with a form feed before each page and declares title, url, pages and sections with pages", async () => {
    const { dir, kb } = await ingestInto("cid-noembed.pdf", "sample");
    const source = readFileSync(join(dir, "sources", "sample.txt"), "utf8");
    expect(source.split("\f")).toHaveLength(2);
    expect(source.split("\f")[1]).toMatch(
      /^＜これまでに実施している主な達成手段＞\n事業名 24年度補正後予算額（千円） 25年度当初予算額（千円）\n/,
    );
    const doc = kb.documents.get("sample.txt")!;
    expect(doc.title).toBe("平成24年度実施施策に係る事後評価書（モニタリング）");
    expect(doc.url).toBe("https://example.org/cid-noembed.pdf");
    expect(doc.fiscalYear).toBe(2012);
    const declared = readFileSync(join(dir, "documents", "sample.yaml"), "utf8");
    expect(declared).toMatch(/pages: 2/);
    expect(doc.sections.map((s) => [s.title.slice(0, 10), doc.linePages![s.startLine]])).toEqual([
      ["平成24年度実施施策", 1],
      ["達成目標１ 大学、公", 1],
      ["成果指標（アウトカム", 1],
      ["①共同研究の実施件数", 1],
      ["②産学官連携本部等の", 1],
      ["＜これまでに実施して", 2],
    ]);
  });

  it("proposes the row labels as new entities, the label as written kept as an alias", async () => {
    const { kb } = await ingestInto("embedded.pdf", "sample");
    const indicator = [...kb.entities.values()].find((e) => e.name === "共同研究の実施件数")!;
    expect(indicator).toMatchObject({ type: "indicator", origin: "extracted", aliases: ["①共同研究の実施件数"] });
    expect(
      [...kb.entities.values()]
        .filter((e) => e.type === "program")
        .map((e) => e.name)
        .sort(),
    ).toEqual(["地域イノベーション戦略支援プログラム", "大学等産学官連携自立化促進プログラム"]);
  });

  it("answers from the new document at once, citing the page with a link, with the caution line", async () => {
    const { dir } = await ingestInto("cid-noembed.pdf", "sample");
    const answer = createAnswerer({ knowledge: dir }).answer("共同研究の実施件数の平成23年度の実績は？");
    expect(answer.summary).toContain("16,302件");
    expect(answer.citations[0]).toMatchObject({ document: "sample.txt", page: 1, url: "https://example.org/cid-noembed.pdf#page=1" });
    expect(answer.caution).toMatch(/自動で抽出/);
    expect(answer.text).toContain(answer.caution);
    const budget = createAnswerer({ knowledge: dir }).answer("地域イノベーション戦略支援プログラムの25年度当初予算額は");
    expect(budget.summary).toContain("5,420,723千円");
    expect(budget.citations[0]!.page).toBe(2);
  });

  it("reuses entities the knowledge base already has, and its facts then agree with the curated ones", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sangaku-ingest-"));
    cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
    const { ingested } = await runIngest({ file: fixture("embedded.pdf"), id: "sample", knowledge: dir });
    expect(ingested.entities).toEqual([]);
    expect(ingested.facts.filter((f) => f.conflictsWith)).toEqual([]);
  });

  it("marks a figure that disagrees with another document's as a conflict, on both sides", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sangaku-ingest-"));
    cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
    const file = join(dir, "..", `${basename(dir)}-revised.txt`);
    writeFileSync(file, "平成25年度 評価書\n基準値 実績値\n15 年度 23 年度\n①共同研究の実施件数 7,248 件 16,999 件\n");
    const { ingested } = await runIngest({ file, id: "revised", knowledge: dir });
    const kb = loadKnowledge(dir);
    const revised = ingested.facts.find((f) => f.display === "16,999件")!;
    expect(revised.conflictsWith).toEqual(["h24-joint-research-actual-fy2011"]);
    expect(kb.factsById.get("h24-joint-research-actual-fy2011")!.conflictsWith).toContain(revised.id);
    expect(checkIntegrity(kb)).toEqual([]);
  });

  it.each([
    ["a file that is not a PDF", "notes.docx", "PK\u0003\u0004 not a pdf", /notes\.docx: it is not a PDF/],
    ["an image-only PDF", "image-only.pdf", undefined, /image-only\.pdf: the PDF has no text layer/],
    ["an encrypted PDF", "encrypted.pdf", undefined, /encrypted\.pdf: the PDF is encrypted/],
    ["a malformed PDF", "broken.pdf", "%PDF-1.7\ngarbage", /broken\.pdf/],
  ])("refuses %s with a message naming it, and writes nothing", async (_what, name, content, message) => {
    const dir = emptyKnowledge();
    const file = content === undefined ? fixture(name) : join(dir, "..", `${name}`);
    if (content !== undefined) writeFileSync(file, content);
    const before = filesIn(dir);
    await expect(runIngest({ file, id: "sample", knowledge: dir })).rejects.toThrow(message);
    expect(filesIn(dir)).toEqual(before);
  });

  it("refuses a --url that is not a URL before reading anything", async () => {
    const dir = emptyKnowledge();
    await expect(runIngest({ file: fixture("cid-noembed.pdf"), id: "sample", url: "mext.go.jp/x.pdf", knowledge: dir })).rejects.toThrow(
      /--url "mext\.go\.jp\/x\.pdf" is not a URL/,
    );
    expect(filesIn(dir)).toEqual(["vocabulary.yaml"]);
  });

  it("does not overwrite a document it already has unless told to", async () => {
    const { dir } = await ingestInto("cid-noembed.pdf", "sample");
    await expect(runIngest({ file: fixture("cid-noembed.pdf"), id: "sample", knowledge: dir })).rejects.toThrow(
      /already exists.*--replace/,
    );
    await expect(runIngest({ file: fixture("cid-noembed.pdf"), id: "sample", knowledge: dir, replace: true })).resolves.toBeDefined();
    expect(existsSync(join(dir, "facts", "sample.yaml"))).toBe(true);
  });
});
