/**
 * Japanese word segmentation (Intl.Segmenter), one segmenter for the whole process, made on first use: making
 * the first one loads ICU's word dictionary (~8 ms), which a start answering a question that never segments
 * (most figure questions) does not need to pay.
 */
let segmenter: Intl.Segmenter | undefined;

/**
 * @example [...wordSegments("共同研究件数")].map((s) => s.segment) // ["共同", "研究", "件数"]
 */
export function wordSegments(text: string): Intl.Segments {
  return (segmenter ??= new Intl.Segmenter("ja", { granularity: "word" })).segment(text);
}
