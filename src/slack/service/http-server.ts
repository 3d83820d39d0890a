/**
 * The process's HTTP server: GET /healthz and GET /metrics, and in HTTP mode Bolt's receiver for everything
 * else. Owning the server (instead of HTTPReceiver.start) lets us time every ack as the client sees it and
 * report a port in use as the operator's mistake.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { ConfigError } from "../../config/config-error.js";
import { describeHealth, type Health } from "./health.js";
import type { SlackMetrics } from "./metrics.js";

type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

export type HttpServerOptions = { port: number; health: Health; metrics: SlackMetrics; slack?: RequestListener };

/**
 * Listens on `port` (0 picks a free one); rejects with ConfigError naming PORT when it cannot.
 * @example const server = await startHttpServer({ port: 3000, health, metrics, slack: receiver.requestListener })
 */
export async function startHttpServer(options: HttpServerOptions): Promise<Server> {
  const server = createServer((req, res) => void route(options, req, res));
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => reject(describeListenError(error, options.port)));
    server.listen(options.port, () => resolve());
  });
  return server;
}

async function route(options: HttpServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = (req.url ?? "/").split("?")[0];
  if (req.method === "GET" && path === "/healthz") {
    const { status, body } = describeHealth(options.health);
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  } else if (req.method === "GET" && path === "/metrics") {
    const text = await options.metrics.registry.metrics();
    res.writeHead(200, { "content-type": options.metrics.registry.contentType }).end(text);
  } else if (options.slack) {
    // The ack is the response: its latency is what Slack's 3-second limit is measured on.
    const started = performance.now();
    res.once("finish", () => options.metrics.ackSeconds.observe({ path: path ?? "/" }, (performance.now() - started) / 1000));
    options.slack(req, res);
  } else {
    res.writeHead(404).end();
  }
}

function describeListenError(error: NodeJS.ErrnoException, port: number): Error {
  if (error.code === "EADDRINUSE")
    return new ConfigError([`PORT: port ${port} is already in use by another process; stop that process or set PORT to a free port`]);
  if (error.code === "EACCES")
    return new ConfigError([
      `PORT: this user may not listen on port ${port} (ports below 1024 need privileges); set PORT to 1024 or above, e.g. 3000`,
    ]);
  return new ConfigError([`PORT: cannot listen on port ${port} (${error.code ?? error.message}); set PORT to a free port`]);
}
