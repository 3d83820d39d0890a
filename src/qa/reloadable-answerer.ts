/**
 * An Answerer whose knowledge can be reloaded while the bot runs: a fresh answerer replaces the current one
 * only when the new knowledge loads and validates; otherwise the operator's error is logged (the message
 * names the file and the field, no stack) and questions go on being answered from the old knowledge.
 */
import { KnowledgeError } from "../knowledge/load-knowledge.js";
import type { Answerer } from "./types.js";

export type ReloadLog = (level: "info" | "error", message: string) => void;
export type ReloadableAnswerer = Answerer & { reload(): boolean };

const consoleLog: ReloadLog = (level, message) => (level === "error" ? console.error(message) : console.log(message));

/**
 * Wraps an answerer factory; `reload()` returns whether the new knowledge was taken.
 * @example const qa = createReloadableAnswerer(() => createAnswerer()); watchKnowledge(dir, () => qa.reload());
 */
export function createReloadableAnswerer(load: () => Answerer, log: ReloadLog = consoleLog): ReloadableAnswerer {
  let current = load();
  return {
    answer: (question, options) => current.answer(question, options),
    overview: () => current.overview(),
    reload() {
      try {
        current = load();
        log("info", `knowledge reloaded: ${current.overview().factCount} facts, ${current.overview().documents.length} documents`);
        return true;
      } catch (error) {
        if (!(error instanceof KnowledgeError)) throw error;
        log("error", `knowledge not reloaded, still answering from the previous knowledge. ${error.message}`);
        return false;
      }
    },
  };
}
