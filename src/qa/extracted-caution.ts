/**
 * The caution line of an answer that states a figure extracted automatically (npm run ingest) and not yet
 * reviewed by a person: such facts answer like curated ones, but never without saying so.
 */
import type { KnowledgeBase } from "../knowledge/load-knowledge.js";

/**
 * The caution for the facts an answer states, in its language, or undefined when every fact is curated or reviewed.
 * @example extractedCaution(kb, ["new-doc-r1-fy2012-actual"], "ja") // "※この数値は資料から自動で抽出したもので、…"
 */
export function extractedCaution(kb: KnowledgeBase, factIds: string[], lang: "ja" | "en"): string | undefined {
  const extracted = factIds.some((id) => kb.factsById.get(id)?.origin === "extracted");
  if (!extracted) return undefined;
  return lang === "ja"
    ? "※この数値は資料から自動で抽出したもので、まだ人が確認していません。出典の原文で確かめてください。"
    : "Note: this figure was extracted automatically from the document and has not been reviewed yet; check the quoted source.";
}
