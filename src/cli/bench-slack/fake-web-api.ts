/**
 * The Slack Web API as the benchmarked apps see it (SLACK_API_URL), on 127.0.0.1: auth.test succeeds and
 * every chat.postMessage is counted by its thread_ts, which the load generator makes unique per event, so
 * lost (never answered) and duplicated (answered twice) events can be told apart.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type FakeWebApi = { url: string; answers: Map<string, number>; lastAnswerAt: number; close(): Promise<void> };

/**
 * @example const api = await startFakeWebApi(); … api.answers.get("1700000000.000001") // 1
 */
export async function startFakeWebApi(): Promise<FakeWebApi> {
  const api = { answers: new Map<string, number>(), lastAnswerAt: 0 };
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      if (req.url?.endsWith("/chat.postMessage")) {
        const threadTs = new URLSearchParams(body).get("thread_ts") ?? "";
        api.answers.set(threadTs, (api.answers.get(threadTs) ?? 0) + 1);
        api.lastAnswerAt = performance.now();
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: true, user_id: "UBOT", bot_id: "BBOT", team_id: "T1", ts: "1700000200.000001" }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(api, {
    url: `http://127.0.0.1:${port}/api/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
