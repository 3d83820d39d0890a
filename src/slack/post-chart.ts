/**
 * The chart of a series or comparison answer, uploaded as a PNG in the answer's thread after the text answer
 * was posted. files.uploadV2 does Slack's three steps (files.getUploadURLExternal, the upload to the URL it
 * returns, files.completeUploadExternal). A chart is an extra: whatever fails is logged and counted, never
 * thrown, so a listener can fire it with `void` and the person still has the text answer.
 */
import type { webApi } from "@slack/bolt";
import type { Answer } from "../qa/index.js";
import { describeSlackError } from "./describe-slack-error.js";
import type { SlackDeps } from "./deps.js";
import { escapeText } from "./render/escape-text.js";
import type { PostTarget } from "./send-message.js";
import { createChartRenderer, type ChartRenderer } from "./chart-renderer.js";

/** Without a renderer in deps (tests, tools): one for the process, drawing with resvg's async render. */
const sharedRenderer = createChartRenderer();

/**
 * Renders and uploads the answer's chart; resolves whether one was uploaded (false: nothing to draw, or it failed).
 * @example void postChart(client, deps, { channel: "C1", threadTs: "1.2" }, seriesAnswer)
 */
export async function postChart(
  client: webApi.WebClient,
  deps: Pick<SlackDeps, "logger" | "metrics" | "charts">,
  where: PostTarget,
  answer: Answer,
  render: ChartRenderer = deps.charts ?? sharedRenderer,
): Promise<boolean> {
  try {
    const chart = await render(answer);
    if (chart === "busy") {
      deps.logger.warn("chart skipped: the renderer is busy", {
        channel: where.channel,
        thread_ts: where.threadTs,
        event_id: where.eventId,
      });
      return false;
    }
    if (!chart) return false;
    const file = {
      file: chart.png,
      filename: "chart.png",
      title: chart.data.title,
      alt_text: chart.altText,
      initial_comment: escapeText(chart.caption),
    };
    await client.files.uploadV2(
      where.threadTs ? { ...file, channel_id: where.channel, thread_ts: where.threadTs } : { ...file, channel_id: where.channel },
    );
    return true;
  } catch (error) {
    const described = describeSlackError(error);
    deps.metrics.webApiErrors.inc({ method: "files.uploadV2", code: described.slackError ?? described.code ?? "unknown" });
    deps.logger.error("chart not posted", { channel: where.channel, thread_ts: where.threadTs, event_id: where.eventId, ...described });
    return false;
  }
}
