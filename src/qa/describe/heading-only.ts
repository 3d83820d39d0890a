/**
 * A passage that is only its section's title (# 知的クラスター創成事業（第I期）) says nothing about it: the title of a
 * section whose content is in the sections under it.
 */

/**
 * Whether the quote is its section's own title and nothing more.
 * @example quotesHeading({ section: "h20.txt › 知的クラスター創成事業（第I期）", quote: "# 知的クラスター創成事業（第I期）" }) // true
 */
export function quotesHeading(c: { section: string; quote: string }): boolean {
  const squeeze = (t: string) =>
    t
      .normalize("NFKC")
      .replace(/^[#\s]+/u, "")
      .replace(/\s/g, "");
  const title = c.section.split("›").at(-1) ?? "";
  return squeeze(c.quote).length > 0 && squeeze(c.quote) === squeeze(title);
}

/**
 * Whether a passage holds nothing beyond its section's title and the given names (①事業名 知的クラスター創成事業):
 * fewer than six characters of its own.
 * @example saysOnlyNames({ section: "h16.txt › ①事業名", text: "①事 業 名 知的クラスター創成事業" }, ["知的クラスター創成事業"]) // true
 */
export function saysOnlyNames(chunk: { section: string; text: string }, names: string[]): boolean {
  const squeeze = (t: string) =>
    t
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[\s#\-・:：、。,.]/gu, "");
  let rest = squeeze(chunk.text);
  for (const n of [chunk.section.split("›").at(-1) ?? "", ...names].map(squeeze).sort((a, b) => b.length - a.length))
    if (n.length >= 2) rest = rest.split(n).join("");
  return rest.replace(/[^\p{L}\p{N}]/gu, "").length < 6;
}
