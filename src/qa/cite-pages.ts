/**
 * Page and link of a citation: the PDF page the quote is on (for documents whose source keeps page breaks)
 * and the document's URL with #page=N, so a reader opens the page that holds the figure.
 */
import type { KnowledgeBase } from "../knowledge/load-knowledge.js";
import { locateQuote } from "../knowledge/document-model.js";
import type { Citation } from "./types.js";

/**
 * The citation with `page` and `url` filled when the document knows them; unchanged otherwise.
 * @example citePage(kb, { document: "new-doc.txt", quote: "7,248 件", … }).url // "https://…/new.pdf#page=2"
 */
export function citePage(kb: KnowledgeBase, citation: Citation): Citation {
  const doc = kb.documents.get(citation.document);
  if (!doc || (!doc.linePages && !doc.url)) return citation;
  const page = citation.page ?? (doc.linePages ? locatePage(kb, citation) : undefined);
  const url = doc.url ? (page ? `${doc.url}#page=${page}` : doc.url) : undefined;
  return { ...citation, ...(page ? { page } : {}), ...(url ? { url } : {}) };
}

function locatePage(kb: KnowledgeBase, citation: Citation): number | undefined {
  const doc = kb.documents.get(citation.document)!;
  const found = locateQuote(doc, citation.quote, kb.vocabulary.variants);
  return found ? doc.linePages?.[found.line] : undefined;
}
