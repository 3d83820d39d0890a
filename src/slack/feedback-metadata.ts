/**
 * What the 👎 modal remembers between its opening and its submission (private_metadata): the feedback the
 * reason belongs to, the question it is about, and the language to thank in.
 */
import type { Lang } from "./render/labels.js";

export type ReasonMetadata = { feedbackId: string; questionId?: string | undefined; lang: Lang };

/**
 * @example encodeReasonMetadata({ feedbackId: "f1", questionId: "q1", lang: "ja" }) // '{"f":"f1","q":"q1","l":"ja"}'
 */
export function encodeReasonMetadata(metadata: ReasonMetadata): string {
  return JSON.stringify({ f: metadata.feedbackId, q: metadata.questionId, l: metadata.lang });
}

/**
 * Reads private_metadata back; undefined for anything else (a modal of an older version).
 * @example decodeReasonMetadata('{"f":"f1","l":"en"}') // { feedbackId: "f1", questionId: undefined, lang: "en" }
 */
export function decodeReasonMetadata(text: string | undefined): ReasonMetadata | undefined {
  try {
    const raw = JSON.parse(text ?? "") as { f?: unknown; q?: unknown; l?: unknown };
    if (typeof raw.f !== "string") return undefined;
    return { feedbackId: raw.f, questionId: typeof raw.q === "string" ? raw.q : undefined, lang: raw.l === "en" ? "en" : "ja" };
  } catch {
    return undefined;
  }
}
