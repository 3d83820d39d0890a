/**
 * Reads intents/ once at start-up: one file per intent plus lexicon.yaml, validated with zod.
 * A bad file is a developer's error, thrown with the file, the field and what was expected.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { load as parseYaml } from "js-yaml";
import { IntentDecl, Lexicon, type Intent } from "./intent-schema.js";
import { KnowledgeError } from "../knowledge/knowledge-error.js";

export const DEFAULT_INTENTS_DIR = fileURLToPath(new URL("../../intents/", import.meta.url));

/**
 * Loads and validates every intent and the lexicon.
 * @example loadIntents().intents.find((i) => i.name === "budget")?.shape // "facts"
 */
export function loadIntents(dir: string = DEFAULT_INTENTS_DIR): { intents: Intent[]; lexicon: Lexicon } {
  const problems: string[] = [];
  const read = (file: string): unknown => {
    try {
      return parseYaml(readFileSync(join(dir, file), "utf8"));
    } catch (error) {
      problems.push(`intents/${file}: ${(error as Error).message.split("\n")[0]}`);
      return undefined;
    }
  };
  const intents: Intent[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".yaml") && f !== "lexicon.yaml")
    .sort()) {
    const result = IntentDecl.safeParse(read(file));
    if (result.success) intents.push(result.data);
    else for (const issue of result.error.issues) problems.push(`intents/${file} › ${issue.path.join(".") || "(file)"}: ${issue.message}`);
  }
  const names = intents.map((i) => i.name);
  for (const name of names.filter((n, i) => names.indexOf(n) !== i)) problems.push(`intents: duplicate intent name "${name}"`);
  const lexicon = Lexicon.safeParse(read("lexicon.yaml"));
  if (!lexicon.success)
    for (const issue of lexicon.error.issues) problems.push(`intents/lexicon.yaml › ${issue.path.join(".")}: ${issue.message}`);
  if (problems.length || !lexicon.success) throw new KnowledgeError(problems);
  return { intents, lexicon: lexicon.data };
}
