import { describe, expect, it } from "vitest";
import { renderQuotes } from "../../../src/slack/render/render-quotes.js";
import { renderHome } from "../../../src/slack/render/render-home.js";
import { jointResearch2011 } from "../support/answers.js";
import { overview } from "../support/fake-answerer.js";

describe("renderQuotes", () => {
  it("shows each quote as a block quote under its document and section", () => {
    expect(renderQuotes(jointResearch2011)).toMatchInlineSnapshot(`
      {
        "blocks": [
          {
            "text": {
              "text": "*出典の原文*",
              "type": "mrkdwn",
            },
            "type": "section",
          },
          {
            "text": {
              "text": "*[1] 平成24年度実施施策に係る事後評価書 › 達成目標１ › 成果指標①*
      >7,248 件 14,974 件
      >14,779 件 15,544 件 16,302 件",
              "type": "mrkdwn",
            },
            "type": "section",
          },
        ],
        "text": "出典の原文
      [1] 平成24年度実施施策に係る事後評価書 › 達成目標１ › 成果指標①「7,248 件 14,974 件 14,779 件 15,544 件 16,302 件」",
      }
    `);
  });

  it("shows a table row's column headers (the fiscal years) above it, and the page and link of its document", () => {
    const citation = {
      ...jointResearch2011.citations[0]!,
      section: "h24-jigo-hyoka.txt › 達成目標１",
      page: 2,
      url: "https://www.mext.go.jp/a.pdf#page=2",
      header: "基準値 実績値 目標値\n15 年度 20 年度 21 年度 22 年度 23 年度",
    };
    const message = renderQuotes({ ...jointResearch2011, citations: [citation] });
    expect((message.blocks[1] as { text: { text: string } }).text.text).toBe(
      "*[1] <https://www.mext.go.jp/a.pdf#page=2|平成24年度実施施策に係る事後評価書 p.2> › 達成目標１*\n>_表の見出し（年度）_ 基準値 実績値 目標値 / 15 年度 20 年度 21 年度 22 年度 23 年度\n>7,248 件 14,974 件\n>14,779 件 15,544 件 16,302 件",
    );
    expect(message.text).toContain("（基準値 実績値 目標値 15 年度 20 年度 21 年度 22 年度 23 年度）「7,248 件");
  });

  it("stays within 50 blocks and 3,000 characters a section", () => {
    const citations = Array.from({ length: 120 }, () => ({ ...jointResearch2011.citations[0]!, quote: "引用 ".repeat(2000) }));
    const { blocks } = renderQuotes({ ...jointResearch2011, citations });
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const block of blocks) expect((block as { text: { text: string } }).text.text.length).toBeLessThanOrEqual(3000);
  });
});

describe("renderHome", () => {
  it("stays within the Home tab's 100 blocks and escapes document titles", () => {
    const view = renderHome({ ...overview, documents: [{ ...overview.documents[0]!, title: "<!here> 資料" }] });
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    expect(JSON.stringify(view.blocks)).toContain("&lt;!here&gt; 資料");
    expect(JSON.stringify(view.blocks)).not.toContain("<!here>");
  });
});
