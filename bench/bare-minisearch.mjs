/**
 * The baseline of `npm run bench`: the least a search bot over the same five documents has to do.
 * Node reads knowledge/sources/*.txt, splits them into paragraphs, indexes them with minisearch (words plus
 * CJK bigrams, as Japanese has no spaces), then answers one question per stdin line with the best
 * paragraph, printing one JSON line each. No validation, no figures, no citations beyond the file name.
 * @example printf '都市エリアの予算は?\n' | node bench/bare-minisearch.mjs
 */
import { readFileSync, readdirSync } from "node:fs";
import { createInterface } from "node:readline";
import MiniSearch from "minisearch";

const sources = new URL("../knowledge/sources/", import.meta.url);
const paragraphs = readdirSync(sources).filter((f) => f.endsWith(".txt")).flatMap((file) =>
  readFileSync(new URL(file, sources), "utf8").split(/\n\s*\n/).map((text) => ({ file, text: text.trim() })).filter((p) => p.text));

/** Words, and two-character pieces of every CJK run. */
function tokenize(text) {
  const lower = text.normalize("NFKC").toLowerCase();
  const tokens = lower.match(/[\p{L}\p{N}]+/gu) ?? [];
  for (const run of lower.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+/gu) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) tokens.push(run.slice(i, i + 2));
  }
  return tokens;
}

const index = new MiniSearch({ fields: ["text"], tokenize, searchOptions: { tokenize } });
index.addAll(paragraphs.map((p, id) => ({ id, text: p.text })));
for await (const question of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  const best = index.search(question)[0];
  const hit = best ? paragraphs[best.id] : undefined;
  process.stdout.write(JSON.stringify({ question, status: hit ? "answered" : "not_found", text: hit?.text ?? "", document: hit?.file ?? null }) + "\n");
}
