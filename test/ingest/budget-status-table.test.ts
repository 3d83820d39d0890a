import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findBudgetStatus } from "../../src/ingest/budget-status-table.js";
import { readText } from "../../src/ingest/read-text.js";

/** The 施策の予算額・執行額 table of the h24 sheet, as its extraction writes it (its 当初予算 and 執行額 rows, lines 1278–1323 and 1375–1388). */
const source = readFileSync(new URL("../../knowledge/sources/h24-jigo-hyoka.txt", import.meta.url), "utf8").split("\n");
const table = [...source.slice(1277, 1323), ...source.slice(1374, 1388)].join("\n");

describe("findBudgetStatus", () => {
  const { figures, used } = findBudgetStatus(readText(table).lines, "平成", false);
  const row = (kind: string) => figures.filter((f) => f.kind === kind).map((f) => [f.fiscalYear, f.scope, f.figure.display]);

  it("reads the upper (単独施策), lower (<複数施策>) and ほか…分 figures of each cell, by year", () => {
    expect(row("当初予算額")).toEqual([
      [2011, "単独施策", "20,884,332千円"], [2012, "単独施策", "18,570,972千円"], [2012, "単独施策・復興庁一括計上分", "1,504,000千円"],
      [2013, "単独施策", "15,360,861千円"], [2013, "単独施策・復興庁一括計上分", "1,504,822千円"],
      [2011, "複数施策", "164,293,723千円"], [2012, "複数施策", "158,924,159千円"], [2012, "複数施策・復興庁一括計上分", "4,383,269千円"],
      [2013, "複数施策", "178,749,685千円"], [2013, "複数施策・復興庁一括計上分", "3,353,753千円"],
    ]);
  });

  it("gives the request column its own kind (26年度要求額)", () => {
    expect(row("要求額").map(([year, scope]) => [year, scope])).toEqual([
      [2014, "単独施策"], [2014, "単独施策・復興庁一括計上分"], [2014, "複数施策"], [2014, "複数施策・復興庁一括計上分"],
    ]);
  });

  it("reads a row whose upper and lower figures alternate by year (執行額)", () => {
    expect(row("執行額")).toEqual([
      [2011, "単独施策", "20,539,898千円"], [2011, "複数施策", "165,023,548千円"], [2012, "単独施策", "18,507,806千円"],
      [2012, "単独施策・復興庁一括計上分", "1,067,120千円"], [2012, "複数施策", "148,087,831千円"], [2012, "複数施策・復興庁一括計上分", "4,383,269千円"],
    ]);
  });

  it("claims its lines, so the general table reader leaves them alone", () => {
    expect(used.size).toBeGreaterThan(20);
  });
});
