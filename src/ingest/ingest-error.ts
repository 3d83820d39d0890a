/**
 * A file that cannot be ingested, by the operator's fault (not a PDF, encrypted, no text layer): the message
 * names the file and says what to do; the command prints it without a stack and writes nothing.
 * @example new IngestError("scan.pdf", "the PDF has no text layer", "Run OCR on it first.").message
 */
export class IngestError extends Error {
  override name = "IngestError";
  /**
   * @example throw new IngestError("notes.docx", "is not a PDF or a .txt extraction", "Convert it to PDF first.")
   */
  constructor(file: string, problem: string, fix: string) {
    super(`Cannot ingest ${file}: ${problem}. ${fix} Nothing was written.`);
  }
}
