/**
 * Makes the PDF fixtures of test/fixtures/ once (they are committed; run again only to change them):
 *   npx tsx scripts/make-pdf-fixtures.ts
 * The figures are rows of the real h24 evaluation sheet (knowledge/sources/h24-jigo-hyoka.txt), laid out as
 * MEXT sheets lay them: kinds over year columns, figures centered under their year.
 * - cid-noembed.pdf: Japanese in a CID font that is NOT embedded (HeiseiKakuGo-W5, predefined CMap UniJIS-UCS2-H),
 *   written byte by byte below since PDF libraries always embed; pdf.js needs the package's CMaps to read it.
 * - embedded.pdf: the same kind of sheet in an embedded, subset TrueType font (IPAGothic, Debian fonts-ipafont-gothic).
 * - encrypted.pdf (qpdf, Debian qpdf) and image-only.pdf (one image, no text layer) for the error paths.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { PDFDocument } from "pdf-lib";
import fontkit from "@pdf-lib/fontkit";

type Text = { x: number; y: number; size: number; text: string; center?: boolean };
const OUT = new URL("../test/fixtures/", import.meta.url);
const IPA_GOTHIC = "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf";

/** Column centers of the indicator table: 基準値 | 実績値 ×5 | 目標値. */
const COL = [250, 300, 350, 400, 450, 500, 550];
const row = (y: number, label: string, cells: Array<string | undefined>, indent = 40): Text[] => [
  { x: indent, y, size: 8, text: label },
  ...cells.flatMap((text, i) => (text ? [{ x: COL[i]!, y, size: 8, text, center: true }] : [])),
];
const indicatorPage = (title: string): Text[] => [
  { x: 40, y: 790, size: 12, text: title },
  { x: 40, y: 760, size: 9, text: "達成目標１ 大学、公的研究機関、産業界、地方公共団体等が広く連携し、科学技術イノベーションを創出する。" },
  { x: 40, y: 730, size: 8, text: "成果指標（アウトカム）" },
  { x: COL[0]!, y: 730, size: 8, text: "基準値", center: true },
  { x: COL[3]!, y: 730, size: 8, text: "実績値", center: true },
  { x: COL[6]!, y: 730, size: 8, text: "目標値", center: true },
  ...row(715, "", ["15年度", "20年度", "21年度", "22年度", "23年度", "24年度", "25年度"]),
  ...row(700, "①共同研究の実施件数", ["7,248件", "14,974件", "14,779件", "15,544件", "16,302件", "調査中", "－"]),
  ...row(685, "年度ごとの目標値", [undefined, "－", "－", "－", "－", "17,000件", undefined], 50),
  ...row(670, "②産学官連携本部等の整備状況", ["119機関", "197機関", "216機関", "230機関", "245機関", "調査中", "－"]),
  ...row(655, "年度ごとの目標値", [undefined, "－", "－", "－", "－", "250機関", undefined], 50),
];
const BUDGET = [330, 470];
const budgetPage: Text[] = [
  { x: 40, y: 790, size: 10, text: "＜これまでに実施している主な達成手段＞" },
  { x: 40, y: 760, size: 8, text: "事業名" },
  { x: BUDGET[0]!, y: 760, size: 8, text: "24年度補正後予算額（千円）", center: true },
  { x: BUDGET[1]!, y: 760, size: 8, text: "25年度当初予算額（千円）", center: true },
  { x: 40, y: 740, size: 8, text: "大学等産学官連携自立化促進プログラム" },
  { x: BUDGET[0]!, y: 740, size: 8, text: "1,982,194", center: true },
  { x: BUDGET[1]!, y: 740, size: 8, text: "―", center: true },
  { x: 40, y: 725, size: 8, text: "地域イノベーション戦略支援プログラム" },
  { x: BUDGET[0]!, y: 725, size: 8, text: "7,841,558", center: true },
  { x: BUDGET[1]!, y: 725, size: 8, text: "5,420,723", center: true },
];
const TITLE = "平成24年度実施施策に係る事後評価書（モニタリング）";

/** Width in em of a string in a font whose ASCII is half width and the rest full width (the CID font's W array). */
const emWidth = (text: string) => [...text].reduce((w, c) => w + (c.charCodeAt(0) < 0x80 ? 0.5 : 1), 0);
const placeX = (t: Text, width: number) => (t.center ? t.x - width / 2 : t.x);

function writeCidPdf(pages: Text[][], title: string): Uint8Array {
  const utf16 = (s: string) =>
    [...s]
      .map((c) => c.codePointAt(0)!.toString(16).padStart(4, "0"))
      .join("")
      .toUpperCase();
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) + 2; // object numbers start at 3 (1: catalog, 2: pages)
  const font = add("<< /Type /Font /Subtype /Type0 /BaseFont /HeiseiKakuGo-W5 /Encoding /UniJIS-UCS2-H /DescendantFonts [FONT2 0 R] >>");
  const descendant = add(
    "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /HeiseiKakuGo-W5 /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 2 >> /FontDescriptor DESC 0 R /DW 1000 /W [1 95 500 231 632 500] >>",
  );
  const descriptor = add(
    "<< /Type /FontDescriptor /FontName /HeiseiKakuGo-W5 /Flags 4 /FontBBox [-92 -250 1010 922] /ItalicAngle 0 /Ascent 752 /Descent -221 /CapHeight 737 /StemV 114 >>",
  );
  objects[font - 3] = objects[font - 3]!.replace("FONT2", String(descendant));
  objects[descendant - 3] = objects[descendant - 3]!.replace("DESC", String(descriptor));
  const kids: number[] = [];
  for (const page of pages) {
    const ops = page
      .map((t) => `BT /F1 ${t.size} Tf 1 0 0 1 ${placeX(t, emWidth(t.text) * t.size).toFixed(2)} ${t.y} Tm <${utf16(t.text)}> Tj ET`)
      .join("\n");
    const content = add(`<< /Length ${Buffer.byteLength(ops)} >>\nstream\n${ops}\nendstream`);
    kids.push(
      add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`),
    );
  }
  const info = add(`<< /Title <FEFF${utf16(title)}> /Producer (sangaku scripts/make-pdf-fixtures.ts) >>`);
  const all = [
    `<< /Type /Catalog /Pages 2 0 R >>`,
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`,
    ...objects,
  ];
  let out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
  const offsets: number[] = [];
  all.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${all.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${all.length + 1} /Root 1 0 R /Info ${info} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

async function writeEmbeddedPdf(pages: Text[][], title: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(readFileSync(IPA_GOTHIC), { subset: true });
  for (const texts of pages) {
    const page = pdf.addPage([595, 842]);
    for (const t of texts) page.drawText(t.text, { x: placeX(t, font.widthOfTextAtSize(t.text, t.size)), y: t.y, size: t.size, font });
  }
  pdf.setTitle(title);
  pdf.setProducer("sangaku scripts/make-pdf-fixtures.ts");
  return pdf.save({ useObjectStreams: false });
}

async function writeImageOnlyPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([200, 100]);
  // A 1×1 grey PNG built here: a scanned page in miniature, with no text layer at all.
  const png = makePng();
  page.drawImage(await pdf.embedPng(png), { x: 0, y: 0, width: 200, height: 100 });
  return pdf.save();
}

function makePng(): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const td = Buffer.concat([Buffer.from(type), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.from([0, 128]))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

writeFileSync(new URL("cid-noembed.pdf", OUT), writeCidPdf([indicatorPage(TITLE), budgetPage], TITLE));
writeFileSync(new URL("embedded.pdf", OUT), await writeEmbeddedPdf([budgetPage, indicatorPage(TITLE)], TITLE));
writeFileSync(new URL("image-only.pdf", OUT), await writeImageOnlyPdf());
execFileSync("qpdf", [
  "--encrypt",
  "secret",
  "secret",
  "256",
  "--",
  new URL("cid-noembed.pdf", OUT).pathname,
  new URL("encrypted.pdf", OUT).pathname,
]);
console.log("wrote test/fixtures/{cid-noembed,embedded,image-only,encrypted}.pdf");
