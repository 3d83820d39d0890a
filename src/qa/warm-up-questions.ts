/**
 * Questions a fresh process answers before it takes traffic, so that V8 has compiled the answering code by the
 * time people ask: every example each intent declares, and each intent's option template (「{name}の予算は？」)
 * filled with every top-level program's name, in Japanese and English. Made from the intents and the knowledge
 * base only (no evaluation set), so they follow the bot's configuration. Without them, the first few hundred
 * questions of a process cost about twice the CPU of later ones, most of it TurboFan compiling the same
 * functions again (figures in docs/operations.md).
 */
import type { Deps } from "./answer-kit.js";

/**
 * Distinct questions, in a stable order.
 * @example warmUpQuestions(deps).slice(0, 2) // ["都市エリアの予算は?", "知的クラスター創成事業の平成16年度概算要求額は？"]
 * @example warmUpQuestions(deps).includes("知的クラスター創成事業の予算は？") // true (budget's option template)
 */
export function warmUpQuestions(deps: Pick<Deps, "kb" | "intents">): string[] {
  const programs = [...deps.kb.entities.values()].filter((e) => e.type === "program" && !e.parent);
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
