/**
 * Records what the app sends to the Web API and to response_urls, decoded for exact assertions.
 */
import nock from "nock";
import { API, RESPONSE_URL_HOST } from "./test-app.js";

export type Sent = Record<string, unknown> & { blocks?: Array<Record<string, any>> };

/**
 * The Web API client sends form bodies with JSON-encoded objects (blocks); parse them back.
 * @example decodeApiBody("channel=C1&blocks=%5B%5D") // { channel: "C1", blocks: [] }
 */
export function decodeApiBody(body: string): Sent {
  const entries = [...new URLSearchParams(body).entries()];
  return Object.fromEntries(entries.map(([k, v]) => [k, k === "blocks" || k === "view" || k === "prompts" ? JSON.parse(v) : v])) as Sent;
}

/**
 * Mocks a Web API method: every request is recorded; `replies` are used in order, the last one repeats.
 * @example const posts = mockApi("chat.postMessage"); … expect(posts[0].channel).toBe("C1")
 */
export function mockApi(method: string, ...replies: Array<{ status?: number; body?: object; headers?: Record<string, string> }>): Sent[] {
  const sent: Sent[] = [];
  const all = replies.length ? replies : [{}];
  // nock 15 calls a reply function with the Fetch Request (a two-parameter function is taken as callback style).
  nock(API)
    .persist()
    .post(`/api/${method}`)
    .reply(async (request: Request) => {
      sent.push(decodeApiBody(await request.text()));
      const reply = all[Math.min(sent.length - 1, all.length - 1)]!;
      return [reply.status ?? 200, reply.body ?? { ok: true, ts: `1700000200.00000${sent.length}` }, reply.headers ?? {}] as const;
    });
  return sent;
}

/** Mocks a response_url (JSON body); every request is recorded. */
export function mockResponseUrl(path = "/commands/T1/1/abc", status = 200): Sent[] {
  const sent: Sent[] = [];
  nock(RESPONSE_URL_HOST)
    .persist()
    .post(path)
    .reply(async (request: Request) => {
      sent.push(JSON.parse(await request.text()) as Sent);
      return [status, "ok"] as const;
    });
  return sent;
}
