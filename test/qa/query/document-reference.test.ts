import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";
import { findDocumentReference } from "../../../src/qa/query/document-reference.js";

const words = ["資料", "文書", "pdf"];
const documents = [
  { file: "h20.txt", fiscalYear: 2008 },
  { file: "h17.txt", fiscalYear: 2005 },
];
const qa = createAnswerer();

describe("a document named by its year", () => {
  it.each([
    ["H20資料で課題は？", ["h20.txt"]],
    ["あとH17の資料だと件数は", ["h17.txt"]],
    ["連携施策（平成20年度資料）は", ["h20.txt"]],
  ])("is read from %s as the document, not a fiscal year", (text, files) => {
    const found = findDocumentReference(text, documents, words);
    expect(found.files).toEqual(files);
    expect(found.text).not.toMatch(/H20|H17|平成20/);
  });
  it("is left alone when no document has that year, or the year is not right before the word", () => {
    expect(findDocumentReference("H22資料の件数", documents, words).files).toEqual([]);
    expect(findDocumentReference("2008年の共同研究の資料", documents, words).files).toEqual([]);
  });
  it("answers from that document only", () => {
    const answer = qa.answer("H16資料で知的クラスターの予算は？");
    expect(answer.status).toBe("answered");
    expect(new Set(answer.citations.map((c) => c.document))).toEqual(new Set(["h16-chiteki-cluster.txt"]));
  });
  it("takes the year as the document's, so a figure the document gives without a year answers", () => {
    const answer = qa.answer("H17の資料だと大学発ベンチャー数って何社くらい？");
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain("800社");
  });
});

describe("an English document name with a budget's kind between the year and the word", () => {
  const docs = [{ file: "h16-chiteki-cluster.txt", fiscalYear: 2004 }];
  it("names the document (the FY2004 request doc)", () => {
    const found = findDocumentReference("regions per the FY2004 request doc?", docs, ["doc"], ["request"]);
    expect(found.files).toEqual(["h16-chiteki-cluster.txt"]);
    expect(found.text).not.toContain("request");
  });
  it("takes no other word between (the FY2004 ex-post evaluation names its subject too)", () => {
    expect(findDocumentReference("the FY2004 ex-post doc", docs, ["doc"], ["request"]).files).toEqual([]);
  });
});

describe("a sheet as a word for a document", () => {
  it("names the document by its year (according to the FY2005 sheet: 約800社)", () => {
    const answer = createAnswerer().answer("roughly how many university spinoffs existed nationwide according to the FY2005 sheet?");
    expect(answer.text).toContain("約800社");
  });
});

describe("a document named by its year and words of its title", () => {
  const titled = [{ file: "h17.txt", fiscalYear: 2005, title: "総合的産学官連携推進事業（平成17年度概算要求）" }];
  it("is read as the document (H17の総合的産学官連携推進事業の資料だと)", () => {
    expect(findDocumentReference("H17の総合的産学官連携推進事業の資料だと件数は", titled, words).files).toEqual(["h17.txt"]);
  });
  it("is not read from words that are no part of its title", () => {
    expect(findDocumentReference("H17の共同研究の資料だと件数は", titled, words).files).toEqual([]);
  });
});
