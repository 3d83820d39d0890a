// subset-font 2.x ships no types: the part of its API this project calls (https://github.com/papandreou/subset-font).
declare module "subset-font" {
  type SubsetOptions = { targetFormat?: "truetype" | "sfnt" | "woff" | "woff2"; keepFeatures?: string[]; noLayoutClosure?: boolean };
  /** A font holding only the glyphs `text` needs (and the layout features over them), in `targetFormat`. */
  export default function subsetFont(font: Buffer, text: string, options?: SubsetOptions): Promise<Buffer>;
}
