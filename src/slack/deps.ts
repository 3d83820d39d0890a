/**
 * What every listener needs besides Bolt's arguments: the core, the per-thread topics, the logger.
 */
import type { Logger } from "@slack/bolt";
import type { Answerer } from "../qa/index.js";
import type { ThreadTopics } from "./thread-topics.js";

export type SlackDeps = { qa: Answerer; topics: ThreadTopics; logger: Logger };
