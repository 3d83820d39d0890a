/**
 * `npm run measure-search`: hit@1 of the right passage for several tokenizers and chunk sizes, over
 * questions made from the knowledge base itself (each fact: "<subject> <measure> <year>", the right
 * passage being the chunk that holds the fact's quote). Writes nothing; the figures go to docs/.
 */
import MiniSearch from "minisearch";
import { loadKnowledge } from "../knowledge/load-knowledge.js";
import { normalizeForMatch } from "../knowledge/normalize-text.js";
import { annotateEraYears, tokenize } from "../search/tokenize.js";
import { formatFiscalYear } from "../qa/fiscal-year.js";

const kb = loadKnowledge();
const variants = kb.vocabulary.variants;
type Piece = { id: number; document: string; text: string; match: string };
const segmenter = new Intl.Segmenter("ja", { granularity: "word" });
const words = (t: string) => [...segmenter.segment(t.normalize("NFKC").toLowerCase())].filter((s) => s.isWordLike).map((s) => s.segment);
const bigramsOnly = (t: string) => {
  const s = t.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
};

function chunks(size: number): Piece[] {
  const out: Piece[] = [];
  for (const doc of kb.documents.values())
    for (const section of doc.sections) {
      let current = "";
      for (const p of section.text
        .split(/\n\s*\n/)
        .map((x) => x.trim())
        .filter(Boolean)) {
        current = current ? `${current}\n${p}` : p;
        if (current.length >= size) {
          out.push({ id: out.length, document: doc.file, text: current, match: normalizeForMatch(current, variants) });
          current = "";
        }
      }
      if (current) out.push({ id: out.length, document: doc.file, text: current, match: normalizeForMatch(current, variants) });
    }
  return out;
}

// Each question writes its year one of three ways, in turn: H15年度, 平成15年度, 2003年度.
const cases = kb.facts.map((f, i) => {
  const subject = kb.entities.get(f.subject)!;
  const measure = kb.vocabulary.measures.find((m) => m.id === f.measure)!.ja;
  const forms = f.fiscalYear
    ? [`H${f.fiscalYear - 1988}年度`, formatFiscalYear(f.fiscalYear, "ja").split("（")[0], `${f.fiscalYear}年度`]
    : [""];
  const year = forms[i % forms.length];
  return {
    q: `${subject.aliases[0] ?? subject.name}の${year}${measure}`,
    quote: normalizeForMatch(f.evidence.quote, variants),
    document: f.evidence.document,
  };
});

const tokenizers: Record<string, (t: string) => string[]> = {
  "minisearch default": MiniSearch.getDefault("tokenize") as (t: string) => string[],
  "Intl.Segmenter words": words,
  "CJK bigrams": bigramsOnly,
  "words + bigrams (chosen)": tokenize,
};
console.log(`${cases.length} questions made from facts; hit@1 = the top chunk holds the fact's quote`);
for (const size of [0, 300, 600]) {
  const pieces = chunks(size);
  for (const [name, tok] of Object.entries(tokenizers)) {
    for (const era of [false, true]) {
      const t0 = performance.now();
      const mini = new MiniSearch<Piece>({
        fields: ["text"],
        tokenize: tok,
        extractField: (d, f) => (f === "text" ? (era ? annotateEraYears(d.text) : d.text) : String(d[f as keyof Piece])),
        searchOptions: { tokenize: tok },
      });
      mini.addAll(pieces);
      const built = performance.now() - t0;
      let hits = 0;
      for (const c of cases) {
        const top = mini.search(era ? annotateEraYears(c.q) : c.q)[0];
        const piece = top ? pieces[top.id as number] : undefined;
        if (piece && piece.document === c.document && piece.match.includes(c.quote.slice(0, 12))) hits++;
      }
      console.log(
        `chunks ${size === 0 ? "paragraph" : `~${size}`} (${pieces.length})  ${name.padEnd(26)} era ${era ? "yes" : "no "}  hit@1 ${((100 * hits) / cases.length).toFixed(1)}%  build ${built.toFixed(0)} ms`,
      );
    }
  }
}
