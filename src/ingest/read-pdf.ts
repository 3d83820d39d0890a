/**
 * PDF → positioned text with pdf.js (pdfjs-dist, legacy build for Node 20), fully offline: the CMaps and
 * standard fonts shipped inside the package are given as file paths, or Japanese text set in a font that is
 * not embedded (a CID font with a predefined CMap such as UniJIS-UCS2-H) comes out empty.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { getDocument, VerbosityLevel } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api.js";
import { IngestError } from "./ingest-error.js";
import { groupLines, type PositionedText } from "./group-lines.js";
import type { Layout } from "./layout.js";

const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));

/**
 * Reads every page's text with its positions and groups it into lines of cells.
 * @example (await readPdf("test/fixtures/cid-noembed.pdf", bytes)).lines[0].text // "令和５年度 …"
 * @throws IngestError for an encrypted, malformed or image-only PDF
 */
export async function readPdf(name: string, data: Uint8Array, options: { packagedData?: boolean } = {}): Promise<Layout> {
  // `packagedData: false` only shows (in a test) what happens without the package's CMaps: the text is lost.
  const packaged = options.packagedData ?? true;
  const task = getDocument({
    data,
    ...(packaged
      ? { cMapUrl: join(PDFJS_DIR, "cmaps") + "/", cMapPacked: true, standardFontDataUrl: join(PDFJS_DIR, "standard_fonts") + "/" }
      : {}),
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  const pdf = await task.promise.catch((error: unknown) => {
    const kind = (error as { name?: string }).name;
    if (kind === "PasswordException")
      throw new IngestError(
        name,
        "the PDF is encrypted with a password",
        "Save an unprotected copy (e.g. qpdf --decrypt) and ingest that.",
      );
    if (kind === "InvalidPDFException")
      throw new IngestError(name, "the PDF is malformed or truncated", "Download it again or re-save it from a PDF viewer.");
    throw new IngestError(name, `pdf.js could not open it (${(error as Error).message})`, "Check that it is a complete PDF.");
  });
  try {
    const texts: PositionedText[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      for (const item of content.items as TextItem[]) {
        if (!("str" in item) || !item.str.trim()) continue;
        const [, , c, d, x, y] = item.transform as number[];
        texts.push({ page: n, str: item.str, x: x!, y: y!, width: item.width, size: Math.hypot(c!, d!) || item.height });
      }
    }
    if (texts.length === 0)
      throw new IngestError(
        name,
        "the PDF has no text layer (scanned images only)",
        "Run OCR on it first (e.g. ocrmypdf) and ingest the result.",
      );
    const info = (await pdf.getMetadata().catch(() => undefined))?.info as { Title?: string } | undefined;
    return { lines: groupLines(texts), pages: pdf.numPages, title: info?.Title?.trim() || undefined, geometry: true };
  } finally {
    await pdf.destroy();
  }
}
