/**
 * SVG to PNG without a browser: resvg (Rust, prebuilt for each platform as npm packages) with Noto Sans JP
 * loaded by file path from its npm package. System fonts are never loaded, so a picture looks the same on
 * every machine, and nothing is downloaded at run time. resvg draws text it has no font for as nothing at
 * all, which is why the font file is checked to exist before rendering.
 */
import { existsSync, mkdtempSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Resvg, renderAsync, type ResvgRenderOptions } from "@resvg/resvg-js";
import subsetFont from "subset-font";
import { FONT_FAMILY } from "./svg-text.js";

/** Noto Sans JP Regular, from @expo-google-fonts/noto-sans-jp (SIL Open Font License). */
export const NOTO_SANS_JP = createRequire(import.meta.url).resolve("@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf");

/**
 * Renders `svg` to PNG bytes off the main thread (resvg's async render runs on libuv's pool).
 * `fontFiles` is for tests that show what happens without the font.
 * @example const png = await renderPng(renderChartSvg(data)) // Buffer starting with \x89PNG
 */
export async function renderPng(svg: string, fontFiles: string[] = [NOTO_SANS_JP]): Promise<Buffer> {
  const image = await renderAsync(svg, resvgOptions(fontFiles));
  return image.asPng();
}

/**
 * The same PNG as renderPng, drawn on the calling thread: for a worker thread of its own (a chart costs about
 * 100 ms of CPU), where renderAsync would hand the work to libuv's pool, shared with the whole process.
 * @example const png = renderPngHere(renderChartSvg(data)) // Buffer starting with \x89PNG
 */
export function renderPngHere(svg: string, fontFiles: string[] = [NOTO_SANS_JP]): Buffer {
  return new Resvg(svg, resvgOptions(fontFiles)).render().asPng();
}

/**
 * The same PNG as renderPngHere with the full font, drawn from a copy of the font cut down to the characters of
 * `svg`. resvg-js 2.6 takes fonts only as files and reads the whole file again for each glyph it looks up: with
 * the 5.4 MB Noto Sans JP that was ~200 reads, ~1 GB copied and ~120 ms of CPU (mostly system time) per chart;
 * with a subset of a few dozen glyphs ~40 ms. The subset (hb-subset through `subset-font`) keeps every layout
 * feature, so shaping and the PNG are byte for byte the same (tested against the full font).
 * @example const png = await renderPngSubset(renderChartSvg(data)) // Buffer starting with \x89PNG
 */
export async function renderPngSubset(svg: string, fontFile = NOTO_SANS_JP): Promise<Buffer> {
  resvgOptions([fontFile]);
  fullFonts.set(fontFile, fullFonts.get(fontFile) ?? readFileSync(fontFile));
  // Every character of the SVG, markup included: a superset of its text, entities' characters (&<>") among them.
  const subset = await subsetFont(fullFonts.get(fontFile)!, [...new Set(svg + "&<>\"'")].join(""), { targetFormat: "truetype" });
  // Written, drawn and removed in one synchronous turn, so concurrent calls in one thread never share the file.
  const file = join((subsetDir ??= mkdtempSync(join(tmpdir(), "sangaku-chart-font-"))), "subset.ttf");
  writeFileSync(file, subset);
  try {
    return renderPngHere(svg, [file]);
  } finally {
    unlinkSync(file);
  }
}

// The full font, read once per thread; the folder for subsets, made on first use.
const fullFonts = new Map<string, Buffer>();
let subsetDir: string | undefined;

function resvgOptions(fontFiles: string[]): ResvgRenderOptions {
  const missing = fontFiles.find((file) => !existsSync(file));
  if (missing) throw new Error(`chart font not found: ${missing} (run npm ci)`);
  return {
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    background: "#ffffff",
  };
}
