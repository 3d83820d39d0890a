/**
 * Questions a fresh process answers before it takes traffic, so that V8 has compiled the answering code by the
 * time people ask: every example each intent declares, and each intent's option template (「{name}の予算は？」)
 * filled with the names of the programs with the most facts, in Japanese and English. Made from the intents and
 * the knowledge base only (no evaluation set), so they follow the bot's configuration. Without them, the first
 * few hundred questions of a process cost about twice the CPU of later ones, most of it TurboFan compiling the
 * same functions again (figures in docs/operations.md).
 */
import type { Deps } from "./answer-kit.js";

// Six programs give most of the benefit: over the 284 gold questions answered after the warm-up, 44 examples
// alone left ~590 ms of CPU, six programs (~300 questions, ~1 s to answer) ~380 ms, all eighteen (~800
// questions, ~2 s) ~360 ms; every second of warm-up delays the start of each answering thread.
const PROGRAMS_MAX = 6;

/**
 * Distinct questions, in a stable order.
 * @example warmUpQuestions(deps).slice(0, 2) // ["都市エリアの予算は?", "知的クラスター創成事業の平成16年度概算要求額は？"]
 * @example warmUpQuestions(deps).includes("知的クラスター創成事業の予算は？") // true (budget's option template)
 */
export function warmUpQuestions(deps: Pick<Deps, "kb" | "intents">, programsMax = PROGRAMS_MAX): string[] {
  const facts = new Map<string, number>();
  for (const fact of deps.kb.facts) facts.set(fact.subject, (facts.get(fact.subject) ?? 0) + 1);
  const programs = [...deps.kb.entities.values()]
    .filter((e) => e.type === "program" && !e.parent)
    .sort((a, b) => (facts.get(b.id) ?? 0) - (facts.get(a.id) ?? 0))
    .slice(0, programsMax);
  const filled = deps.intents.flatMap((intent) =>
    intent.option
      ? programs.flatMap((program) => [
          intent.option!.ja.replaceAll("{name}", program.name),
          intent.option!.en.replaceAll("{name}", program.nameEn ?? program.name),
        ])
      : [],
  );
  return [...new Set([...deps.intents.flatMap((intent) => intent.examples), ...filled])];
}
