import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readPdf } from "../../src/ingest/read-pdf.js";

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
const TITLE = "平成24年度実施施策に係る事後評価書（モニタリング）";

describe("readPdf", () => {
  it("reads Japanese set in a non-embedded CID font (UniJIS-UCS2-H) with the package's CMaps", async () => {
    const layout = await readPdf("cid-noembed.pdf", fixture("cid-noembed.pdf"));
    expect(layout.pages).toBe(2);
    expect(layout.title).toBe(TITLE);
    expect(layout.lines[0]!.text).toBe(TITLE);
    expect(layout.lines.map((l) => l.text)).toContain("①共同研究の実施件数 7,248件 14,974件 14,779件 15,544件 16,302件 調査中 －");
  });

  it("loses that text without the package's CMaps, which is why they are given as file paths", async () => {
    const layout = await readPdf("cid-noembed.pdf", fixture("cid-noembed.pdf"), { packagedData: false }).catch((e: Error) => e);
    const text = layout instanceof Error ? "" : layout.lines.map((l) => l.text).join("\n");
    expect(text).not.toContain("共同研究");
  });

  it("reads an embedded subset font and keeps each table figure as its own cell with its position", async () => {
    const layout = await readPdf("embedded.pdf", fixture("embedded.pdf"));
    const row = layout.lines.find((l) => l.text.startsWith("①共同研究"))!;
    expect(row.page).toBe(2);
    expect(row.cells.map((c) => c.text)).toEqual([
      "①共同研究の実施件数",
      "7,248件",
      "14,974件",
      "14,779件",
      "15,544件",
      "16,302件",
      "調査中",
      "－",
    ]);
    const xs = row.cells.map((c) => c.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it("refuses an encrypted PDF, naming the file", async () => {
    await expect(readPdf("encrypted.pdf", fixture("encrypted.pdf"))).rejects.toThrow(/encrypted\.pdf: the PDF is encrypted/);
  });

  it("refuses an image-only PDF (no text layer)", async () => {
    await expect(readPdf("image-only.pdf", fixture("image-only.pdf"))).rejects.toThrow(/image-only\.pdf: the PDF has no text layer/);
  });

  it("refuses a malformed PDF", async () => {
    const broken = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >>\n%%EOF\n");
    await expect(readPdf("broken.pdf", broken)).rejects.toThrow(/Cannot ingest broken\.pdf/);
  });
});
