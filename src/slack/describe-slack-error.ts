/**
 * A short, loggable description of a failed Slack call: the Web API error code when there is one
 * (channel_not_found, not_in_channel, ratelimited…), never the request (which carries the token).
 */

/**
 * @example describeSlackError(webApiPlatformError) // { code: "slack_webapi_platform_error", slackError: "channel_not_found" }
 */
export function describeSlackError(error: unknown): { code?: string; slackError?: string; message: string } {
  const e = error as { code?: unknown; data?: { error?: unknown }; message?: unknown };
  return {
    ...(typeof e?.code === "string" ? { code: e.code } : {}),
    ...(typeof e?.data?.error === "string" ? { slackError: e.data.error } : {}),
    message: typeof e?.message === "string" ? e.message : String(error),
  };
}
