/**
 * A local stand-in for Slack in Socket Mode: the Web API (auth.test, apps.connections.open, chat.postMessage)
 * and the WebSocket it hands out (the `ws` package), on 127.0.0.1. Faults are switched on by tests:
 * an apps.connections.open outage (503), a rejected app token, dropped sockets.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import { eventBody } from "./slack-request.js";
import { decodeApiBody, type Sent } from "./web-api-mock.js";

export type FakeSlack = {
  /** SLACK_API_URL for the app: http://127.0.0.1:<port>/api/ */
  apiUrl: string;
  posts: Sent[];
  acks: string[];
  connectionsOpened: number;
  /** While true, apps.connections.open answers 503. */
  outage: boolean;
  /** When set, apps.connections.open answers { ok: false, error }. */
  openError?: string;
  sockets(): number;
  sendEvent(event: Record<string, unknown>, eventId: string): string;
  dropSockets(): void;
  close(): Promise<void>;
};

/** @example const slack = await startFakeSlack(); … slack.sendEvent(mention, "Ev1"); await slack.close() */
export async function startFakeSlack(): Promise<FakeSlack> {
  const server = createServer((req, res) => void handle(fake, req, res));
  const wss = new WebSocketServer({ server });
  const open = new Set<WebSocket>();
  wss.on("connection", (socket) => {
    open.add(socket);
    socket.on("close", () => open.delete(socket));
    socket.on("message", (data) => fake.acks.push((JSON.parse(String(data)) as { envelope_id: string }).envelope_id));
    socket.send(JSON.stringify({ type: "hello", num_connections: 1 }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  let envelopes = 0;
  const fake: FakeSlack & { wsUrl: string } = {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    wsUrl: `ws://127.0.0.1:${port}/link`,
    posts: [],
    acks: [],
    connectionsOpened: 0,
    outage: false,
    sockets: () => open.size,
    sendEvent(event, eventId) {
      const envelopeId = `env-${(envelopes += 1)}`;
      const payload = JSON.parse(eventBody(event, eventId)) as unknown;
      const newest = [...open].at(-1);
      newest?.send(
        JSON.stringify({
          envelope_id: envelopeId,
          type: "events_api",
          payload,
          accepts_response_payload: false,
          retry_attempt: 0,
          retry_reason: "",
        }),
      );
      return envelopeId;
    },
    dropSockets: () => open.forEach((socket) => socket.terminate()),
    close: async () => {
      open.forEach((socket) => socket.terminate());
      wss.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}

async function handle(fake: FakeSlack & { wsUrl: string }, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let body = "";
  for await (const chunk of req) body += String(chunk);
  const reply = (status: number, json: object): void =>
    void res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(json));
  switch (req.url) {
    case "/api/auth.test":
      return reply(200, { ok: true, user_id: "UBOT", bot_id: "BBOT", team_id: "T1" });
    case "/api/apps.connections.open":
      fake.connectionsOpened += 1;
      if (fake.outage) return reply(503, { ok: false, error: "service_unavailable" });
      return reply(200, fake.openError ? { ok: false, error: fake.openError } : { ok: true, url: fake.wsUrl });
    case "/api/chat.postMessage":
      fake.posts.push(decodeApiBody(body));
      return reply(200, { ok: true, ts: `1700000200.00000${fake.posts.length}` });
    default:
      return reply(404, { ok: false, error: "unknown_method" });
  }
}
