/**
 * Draws a document spec (pages of heading / paragraph / table blocks) into a real PDF, as a policy office's
 * word processor would: text wrapped to the page, tables with ruled cells whose figures sit in their columns
 * under header rows (a header cell spans its columns; a cell too narrow for its text wraps), text embedded as a
 * subset of BIZ UDPGothic (OFL, from the npm package @expo-google-fonts/biz-udpgothic: nothing is downloaded).
 *   npx tsx scripts/draw-spec-pdf.ts test/fixtures/new-doc.json test/fixtures/new-doc.pdf
 * Spec: { id, title, pages: [{ blocks: [{ type: "heading"|"paragraph", text } | { type: "table", header: [[{ text, span }]], rows: [[text]] }] }] }
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import fontkit from "@pdf-lib/fontkit";

type Block =
  | { type: "heading" | "paragraph"; text: string }
  | { type: "table"; header: Array<Array<{ text: string; span: number }>>; rows: string[][] };
type Spec = { id: string; title: string; pages: Array<{ blocks: Block[] }> };

const FONT = createRequire(import.meta.url).resolve("@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf");
const [A4_W, A4_H, MARGIN, BOTTOM] = [595, 842, 40, 28];
const WIDTH = A4_W - 2 * MARGIN;
const SIZE = { heading: 10, paragraph: 8.5, table: 7 };
const PAD = 3;

/** Lines of a text wrapped by character to a width (Japanese has no spaces to break at). */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const ch of text) {
    if (line && font.widthOfTextAtSize(line + ch, size) > width) {
      lines.push(line);
      line = "";
    }
    line += ch;
  }
  return line ? [...lines, line] : lines;
}

/**
 * Column widths: each column as wide as its widest figure (words wrap past 60 points) and at least as its header's
 * year (令和6年度, never broken), the first (labels) taking the rest.
 */
function columnWidths(table: Extract<Block, { type: "table" }>, font: PDFFont): number[] {
  const n = table.rows[0]!.length;
  const width = (text: string) => font.widthOfTextAtSize(text, SIZE.table);
  const cell = (text: string) => (/^[\d,.△－―\-]+/u.test(text) ? width(text) : Math.min(width(text), 60));
  const own = Array.from({ length: n }, () => 0);
  for (const header of table.header) {
    let col = 0;
    for (const h of header) {
      if (h.span === 1) own[col] = Math.max(own[col]!, width(h.text.match(/^.*?年度/u)?.[0] ?? (h.text.length <= 6 ? h.text : "")));
      col += h.span;
    }
  }
  const natural = own.map((w, j) => Math.max(24, w, ...table.rows.map((r) => cell(r[j] ?? ""))) + 2 * PAD);
  const rest = WIDTH - natural.slice(1).reduce((a, b) => a + b, 0);
  if (rest >= Math.min(natural[0]!, 150))
    return [Math.min(rest, Math.max(natural[0]!, 100)), ...natural.slice(1)].map((w, j, all) =>
      j === 0 ? WIDTH - all.slice(1).reduce((a, b) => a + b, 0) : w,
    );
  const scale = (WIDTH - 150) / (WIDTH - rest);
  return [150, ...natural.slice(1).map((w) => w * scale)];
}

/** Draws one table row of cells (x ranges given), each cell's lines from its top; returns the row's height. */
function drawRow(page: PDFPage, font: PDFFont, top: number, cells: Array<{ text: string; x: number; w: number; left: boolean }>): number {
  const line = SIZE.table + 2;
  const wrapped = cells.map((c) => wrap(c.text, font, SIZE.table, c.w - 2 * PAD));
  const height = Math.max(1, ...wrapped.map((w) => w.length)) * line + 2 * PAD;
  cells.forEach((c, k) => {
    wrapped[k]!.forEach((text, i) => {
      const x = c.left ? c.x + PAD : c.x + (c.w - font.widthOfTextAtSize(text, SIZE.table)) / 2;
      page.drawText(text, { x, y: top - PAD - SIZE.table - i * line, size: SIZE.table, font });
    });
    page.drawRectangle({ x: c.x, y: top - height, width: c.w, height, borderColor: rgb(0, 0, 0), borderWidth: 0.5 });
  });
  return height;
}

function drawTable(page: PDFPage, font: PDFFont, top: number, table: Extract<Block, { type: "table" }>): number {
  const widths = columnWidths(table, font);
  const xs = widths.map((_, j) => MARGIN + widths.slice(0, j).reduce((a, b) => a + b, 0));
  let y = top;
  for (const header of table.header) {
    let col = 0;
    const cells = header.map((h) => {
      const cell = { text: h.text, x: xs[col]!, w: widths.slice(col, col + h.span).reduce((a, b) => a + b, 0), left: false };
      col += h.span;
      return cell;
    });
    y -= drawRow(page, font, y, cells);
  }
  for (const row of table.rows)
    y -= drawRow(
      page,
      font,
      y,
      row.map((text, j) => ({ text, x: xs[j]!, w: widths[j]!, left: j === 0 })),
    );
  return top - y;
}

/**
 * The PDF of a spec: one page per spec page (a page whose blocks overflow goes on to an extra page).
 * @example await drawSpecPdf(JSON.parse(readFileSync("test/fixtures/new-doc.json", "utf8")))
 */
export async function drawSpecPdf(spec: Spec): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(readFileSync(FONT), { subset: true });
  for (const { blocks } of spec.pages) {
    let page = pdf.addPage([A4_W, A4_H]);
    let y = A4_H - MARGIN;
    for (const block of blocks) {
      const need = block.type === "table" ? (block.rows.length + block.header.length) * 20 : 12;
      if (y - need < BOTTOM) {
        page = pdf.addPage([A4_W, A4_H]);
        y = A4_H - MARGIN;
      }
      if (block.type === "table") {
        y -= drawTable(page, font, y - 4, block) + 10;
        continue;
      }
      const size = SIZE[block.type];
      if (block.type === "heading") y -= 6;
      for (const text of wrap(block.text, font, size, WIDTH)) {
        page.drawText(text, { x: MARGIN, y: y - size, size, font });
        y -= size * 1.4;
      }
      y -= block.type === "heading" ? 2 : 5;
    }
  }
  pdf.setTitle(spec.title);
  pdf.setProducer("sangaku scripts/draw-spec-pdf.ts");
  pdf.setCreationDate(new Date(0));
  pdf.setModificationDate(new Date(0));
  return pdf.save({ useObjectStreams: false });
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*scripts\//, "scripts/"))) {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) {
    console.error("usage: npx tsx scripts/draw-spec-pdf.ts SPEC.json OUT.pdf");
    process.exit(2);
  }
  writeFileSync(output, await drawSpecPdf(JSON.parse(readFileSync(input, "utf8")) as Spec));
  console.log(`wrote ${output}`);
}
