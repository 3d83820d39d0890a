/**
 * The one place an answer obtained for a conversation becomes a Slack message: rendered (or an apology when
 * the core failed) and posted. Listeners get the Answer, then call this; what is done with a delivered
 * answer besides posting it belongs here: it is kept in the question log under the id its feedback carries.
 */
import { randomUUID } from "node:crypto";
import type { webApi } from "@slack/bolt";
import type { Answer, Topic } from "../qa/index.js";
import type { SlackDeps } from "./deps.js";
import { logQuestion, type Asker } from "./question-log.js";
import { guessLang, labelsFor } from "./render/labels.js";
import { renderAnswer } from "./render/render-answer.js";
import { renderNotice } from "./render/render-notice.js";
import { postChart } from "./post-chart.js";
import { postMessage, type PostTarget } from "./send-message.js";

/**
 * questionId: the id this delivery is logged under and its 👍/👎 buttons carry (a new one when not given);
 * latencyMs: from the question's arrival to its answer; asker: who asked, for the question log.
 */
export type Asked = {
  question: string;
  previous?: Topic | undefined;
  answer: Answer | undefined;
  questionId?: string;
  latencyMs?: number;
  asker?: Asker;
};

/**
 * Posts the answer (or the apology) in `where` and returns whether it was posted.
 * @example await deliverInConversation(deps, client, { channel: "C1", threadTs: "1.2" }, { question, answer })
 */
export async function deliverInConversation(deps: SlackDeps, client: webApi.WebClient, where: PostTarget, asked: Asked): Promise<boolean> {
  const { question, previous, answer, questionId = randomUUID() } = asked;
  // Kept after posting, so that the log never delays an answer; an apology is kept too, as status "error".
  const keep = async (posted: boolean) => {
    if (posted)
      await logQuestion(deps, { questionId, question, answer, latencyMs: asked.latencyMs ?? 0, channel: where.channel, ...asked.asker });
    return posted;
  };
  if (!answer) return keep(await postMessage(client, deps, where, renderNotice(labelsFor(guessLang(question)).apology)));
  const posted = await postMessage(
    client,
    deps,
    where,
    renderAnswer(answer, { ask: { question, ...(previous ? { previous } : {}) }, questionId }),
  );
  // The chart follows the text answer, never delays it; postChart logs its own failures.
  if (posted && answer.chart) void postChart(client, deps, where, answer);
  deps.logger.info("answered", {
    channel: where.channel,
    thread_ts: where.threadTs,
    event_id: where.eventId,
    question_id: questionId,
    status: answer.status,
    intent: answer.intent,
    posted,
  });
  return keep(posted);
}
