/**
 * Questions a policy officer asks about a document the bot has never seen, right after `npm run ingest`:
 * figures by year, trends, extremes, differences, targets, budgets, passages, and what the document does not say.
 */
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runIngest } from "../../src/ingest/run-ingest.js";
import { DEFAULT_KNOWLEDGE_DIR } from "../../src/knowledge/load-knowledge.js";
import { createAnswerer, type Answerer } from "../../src/qa/index.js";

let qa: Answerer;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "sangaku-answer-"));
  copyFileSync(join(DEFAULT_KNOWLEDGE_DIR, "vocabulary.yaml"), join(dir, "vocabulary.yaml"));
  await runIngest({
    file: new URL("../fixtures/embedded.pdf", import.meta.url).pathname,
    id: "new-sheet",
    url: "https://example.org/sheet.pdf",
    knowledge: dir,
  });
  qa = createAnswerer({ knowledge: dir });
});

describe("answers about a freshly ingested document", () => {
  it.each([
    ["2010年度の共同研究の実施件数", "15,544件", 2],
    ["共同研究の実施件数が最も多かった年度は", "16,302件", 2],
    ["共同研究の実施件数は平成20年度から23年度でどれだけ増えた？", "1,328件増えました", 2],
    ["共同研究の実施件数はどう推移した？", "平成15年度（2003年度）〜平成23年度（2011年度）", 2],
    ["産学官連携本部等の整備状況の平成24年度の目標", "250機関", 2],
    ["産学官連携本部等の整備状況は2011年度に何機関？", "245機関", 2],
    ["産学官連携本部等の整備状況の基準値は", "119機関", 2],
    ["地域イノベーション戦略支援プログラムの平成24年度補正後予算額", "7,841,558千円", 1],
    ["大学等産学官連携自立化促進プログラムの予算は？", "1,982,194千円", 1],
  ])("%s → %s, citing page %i with the caution line", (question, expected, page) => {
    const answer = qa.answer(question);
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain(expected);
    expect(answer.citations[0]).toMatchObject({ page, url: `https://example.org/sheet.pdf#page=${page}` });
    expect(answer.caution).toBeDefined();
  });

  it.each([["共同研究の実施件数の2012年度の実績は？"], ["大学等産学官連携自立化促進プログラムの25年度当初予算額は"], ["科研費の予算は？"]])(
    "says honestly that %s is not in the documents, with no figure of another year",
    (question) => {
      const answer = qa.answer(question);
      expect(answer.status).toBe("not_found");
      expect(answer.facts).toEqual([]);
    },
  );
});
