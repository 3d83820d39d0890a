/**
 * A short version of the owner's report (src/report/) for the top of App Home, shown only to ADMIN_USER_IDS:
 * the week's counts, then the few items of each part that most need a document or a synonym. Questions and
 * reasons are what users typed: escaped, so that they show literally and notify nobody.
 */
import type { types } from "@slack/bolt";
import type { OwnerReport } from "../../report/build-report.js";
import type { QuestionGroup } from "../../report/group-questions.js";
import { context, header, section, type Block } from "./blocks.js";
import { cutLabel, cutText } from "./cut-text.js";
import { escapeText } from "./escape-text.js";
import { LIMITS } from "./limits.js";

/** Items shown per part; the full report is `npm run report`. */
const ITEMS = 5;
const ITEM_CHARS = 120;

/**
 * The report's blocks (header, counts, the parts that have items, where to read the rest, a divider).
 * @example renderOwnerReport(await buildReport(store, { days: 7 })).length // 6
 */
export function renderOwnerReport(report: OwnerReport): Block[] {
  const s = report.byStatus;
  const counts = `質問 *${report.total}* 件 — 回答 ${s.answered}・聞き返し ${s.clarify}・見つからず ${s.not_found}・エラー ${s.error}　／　👍 ${report.feedback.up}・👎 ${report.feedback.down}`;
  const parts: Array<[string, string[]]> = [
    ["見つからなかった質問", report.notFound.slice(0, ITEMS).map(groupItem)],
    ["聞き返した質問", report.clarify.slice(0, ITEMS).map(groupItem)],
    [
      "👎 と理由",
      report.downvotes
        .slice(0, ITEMS)
        .map((d) => `${item(d.question ?? "（記録にない質問）")} — ${d.reason ? item(d.reason) : "理由なし"}`),
    ],
    ["遅い回答", report.slowest.slice(0, ITEMS).map((a) => `${a.latencyMs.toLocaleString("en-US")} ms　${item(a.question)}`)],
  ];
  return [
    header(`運営者向けレポート（過去 ${report.days} 日）`),
    section(counts),
    ...parts
      .filter(([, lines]) => lines.length)
      .map(([title, lines]) => section(cutText(`*${title}*\n${lines.map((l) => `• ${l}`).join("\n")}`, LIMITS.sectionText, "…"))),
    context(["ADMIN_USER_IDS の人だけに表示。全体は `npm run report -- --days 30`"]),
    { type: "divider" },
  ];
}

/**
 * The home view with the owner's report first, within the Home tab's block limit.
 * @example withOwnerReport(renderHome(overview), report).blocks[0].type // "header"
 */
export function withOwnerReport(home: types.HomeView, report: OwnerReport): types.HomeView {
  return { ...home, blocks: [...renderOwnerReport(report), ...home.blocks].slice(0, LIMITS.homeBlocks) };
}

function groupItem(group: QuestionGroup): string {
  return `${group.count} × ${item(group.example)}`;
}

function item(text: string): string {
  return escapeText(cutLabel(text.replace(/\s+/g, " ").trim(), ITEM_CHARS));
}
