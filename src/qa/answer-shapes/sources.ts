/**
 * Questions about the documents themselves (元のPDFはどこ？, which documents?): the list of documents the
 * bot answers from, with their titles, file names and, where knowledge/documents gives one, a link.
 */
import type { Query } from "../understand-question.js";
import { say, type Deps, type Draft } from "../answer-kit.js";

/**
 * @example answerSources(understand("元のPDFはどこで見られる？"), deps).lines.length // one line per document
 */
export function answerSources(query: Query, deps: Deps): Draft {
  const { lang } = query;
  const docs = [...deps.kb.documents.values()];
  const link = (d: (typeof docs)[number]) => (d.url ? ` ${d.url}` : "");
  const lines = docs.map((d) => `・${lang === "ja" ? d.title : d.titleEn}（${d.file}）${link(d)}`);
  const linked = docs.some((d) => link(d));
  return {
    status: "answered",
    summary: say(
      lang,
      `答えの出典は、文部科学省の次の${docs.length}つの文書です。`,
      `Answers come from these ${docs.length} MEXT documents.`,
    ),
    lines: [
      ...lines,
      ...(linked
        ? []
        : [
            say(
              lang,
              "元のPDFへのリンクは登録されていません。各回答の出典には文書名・項目・原文の引用を示します。",
              "No links to the original PDFs are registered; every answer cites the document, section and quoted text.",
            ),
          ]),
    ],
    topic: { intent: "sources" },
  };
}
