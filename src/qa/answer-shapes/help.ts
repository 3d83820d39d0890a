/**
 * Help and out-of-scope answers: what the bot knows and what can be asked, from the intents' own examples.
 */
import type { Query } from "../understand-question.js";
import { say, type Deps, type Draft } from "../answer-kit.js";
import { notInDocuments } from "./describe.js";

/**
 * @example answerHelp(understand("ヘルプ"), deps).options.length // 6
 */
export function answerHelp(query: Query, deps: Deps): Draft {
  const { lang } = query;
  const docs = [...deps.kb.documents.values()].map((d) => `・${lang === "ja" ? d.title : d.titleEn}（${d.file}）`);
  const examples = exampleQuestions(deps);
  return {
    status: "answered",
    summary: say(
      lang,
      "文部科学省の産学官連携・地域科学技術施策の資料から、数値と出典つきで答えます。",
      "I answer from MEXT documents on industry–academia–government collaboration and regional science policy, with figures and sources.",
    ),
    lines: [say(lang, "資料:", "Documents:"), ...docs, say(lang, "質問の例:", "Example questions:"), ...examples.map((e) => `・${e}`)],
    options: exampleOptions(deps),
  };
}

/** One example question per answering intent, from the intents' own data. */
export function exampleQuestions(deps: Deps): string[] {
  return deps.intents
    .filter((i) => !["help", "out-of-scope"].includes(i.name))
    .map((i) => i.examples[0]!)
    .slice(0, 8);
}

/** The first six examples as options to pick. */
export function exampleOptions(deps: Deps) {
  return exampleQuestions(deps)
    .slice(0, 6)
    .map((e) => ({ label: e, question: e }));
}

/** Out of scope: said so plainly, with what can be asked instead. */
export function answerOutOfScope(query: Query, deps: Deps): Draft {
  return notInDocuments(query, deps);
}
