/**
 * Japanese word segmentation (Intl.Segmenter), one segmenter for the whole process, made on first use: making
 * the first one loads ICU's word dictionary (~8 ms), which a start answering a question that never segments
 * (most figure questions) does not need to pay.
 */
import { startupSnapshot } from "node:v8";

let segmenter: Intl.Segmenter | undefined;

/**
 * @example [...wordSegments("共同研究件数")].map((s) => s.segment) // ["共同", "研究", "件数"]
 */
export function wordSegments(text: string): Intl.Segments {
  if (!segmenter) {
    segmenter = new Intl.Segmenter("ja", { granularity: "word" });
    // An ICU object cannot be kept in a start-up snapshot (src/cli/ask-snapshot.ts): the run makes its own.
    if (startupSnapshot.isBuildingSnapshot()) startupSnapshot.addSerializeCallback(() => (segmenter = undefined));
  }
  return segmenter.segment(text);
}
