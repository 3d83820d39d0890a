/**
 * Reads a PNG's pixels to tell whether text was really drawn: a renderer without a font draws nothing where
 * the labels should be, and the PNG is still a valid picture.
 */
import { PNG } from "pngjs";

export type Box = { x: number; y: number; width: number; height: number };

/**
 * How many pixels inside `box` are dark (luminance below 128 of 255), i.e. ink of text or lines.
 * @example darkPixels(png, { x: 0, y: 0, width: 960, height: 56 }) // 1843
 */
export function darkPixels(png: Buffer, box: Box): number {
  const image = PNG.sync.read(png);
  let dark = 0;
  for (let y = box.y; y < Math.min(image.height, box.y + box.height); y += 1) {
    for (let x = box.x; x < Math.min(image.width, box.x + box.width); x += 1) {
      const i = (y * image.width + x) * 4;
      const luminance = 0.299 * image.data[i]! + 0.587 * image.data[i + 1]! + 0.114 * image.data[i + 2]!;
      if (image.data[i + 3]! > 128 && luminance < 128) dark += 1;
    }
  }
  return dark;
}

/** Width and height of a PNG. */
export function pngSize(png: Buffer): { width: number; height: number } {
  const image = PNG.sync.read(png);
  return { width: image.width, height: image.height };
}
