/**
 * manifest.json grants what the code uses: every Web API method called from src/slack has its scope, every
 * event listened to is subscribed, the command and interactivity are declared. The uses are read from the
 * source, so a new call without its scope fails here rather than with missing_scope in a workspace.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";

const Manifest = z.object({
  _metadata: z.object({ major_version: z.literal(2) }).optional(),
  display_information: z.object({ name: z.string().min(1).max(35), description: z.string().max(140).optional() }),
  features: z.object({
    app_home: z.object({ home_tab_enabled: z.boolean(), messages_tab_enabled: z.boolean(), messages_tab_read_only_enabled: z.boolean() }),
    bot_user: z.object({ display_name: z.string().min(1).max(80), always_online: z.boolean() }),
    agent_view: z.object({ agent_description: z.string().min(1) }).optional(),
    assistant_view: z.object({ assistant_description: z.string().min(1) }).optional(),
    slash_commands: z.array(z.object({ command: z.string().regex(/^\//), description: z.string().min(1) })).default([]),
  }),
  oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()) }) }),
  settings: z.object({
    event_subscriptions: z.object({ bot_events: z.array(z.string()) }),
    interactivity: z.object({ is_enabled: z.boolean() }),
    socket_mode_enabled: z.boolean(),
  }),
});

/** The scopes that allow a Web API method (any one of them); [] for a method that needs none. */
const METHOD_SCOPES: Record<string, string[]> = {
  "chat.postMessage": ["chat:write"],
  "conversations.open": ["im:write"],
  "views.publish": [],
  "views.open": [],
  "assistant.threads.setStatus": ["assistant:write", "chat:write"],
  "assistant.threads.setSuggestedPrompts": ["assistant:write"],
  "files.uploadV2": ["files:write"],
  "auth.test": [],
};
/** The Web API's method families (a socket client's start.bind is not one). */
const WEB_API_FAMILIES = [
  "admin",
  "apps",
  "assistant",
  "auth",
  "bookmarks",
  "bots",
  "calls",
  "canvases",
  "chat",
  "conversations",
  "dnd",
  "emoji",
  "files",
  "pins",
  "reactions",
  "reminders",
  "search",
  "team",
  "usergroups",
  "users",
  "views",
  "workflows",
];
/** The manifest events (and their scopes) behind a Bolt listener. */
const LISTENER_EVENTS: Record<string, { events: string[]; scopes: string[] }> = {
  app_mention: { events: ["app_mention"], scopes: ["app_mentions:read"] },
  app_home_opened: { events: ["app_home_opened"], scopes: [] },
  // The message listener answers DMs only (direct-message.ts).
  message: { events: ["message.im"], scopes: ["im:history"] },
};

const manifest = Manifest.parse(JSON.parse(readFileSync("manifest.json", "utf8")));
const sources = readdirSync("src/slack", { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".ts"))
  .map((f) => readFileSync(join("src/slack", f), "utf8"))
  .join("\n");
const all = (pattern: RegExp) => [...new Set([...sources.matchAll(pattern)].map((m) => m[1]!))];
const scopes = new Set(manifest.oauth_config.scopes.bot);
const events = new Set(manifest.settings.event_subscriptions.bot_events);

describe("manifest.json", () => {
  it("has a scope for every Web API method the Slack code calls", () => {
    const methods = all(/client\.((?:[a-z]+\.)+[a-zA-Z0-9]+)\(/g).filter((m) => WEB_API_FAMILIES.includes(m.split(".")[0]!));
    expect(methods).toContain("chat.postMessage");
    for (const method of methods) {
      expect(METHOD_SCOPES, `add ${method} and its scopes to METHOD_SCOPES`).toHaveProperty([method]);
      const allowed = METHOD_SCOPES[method]!;
      if (allowed.length)
        expect(
          allowed.some((s) => scopes.has(s)),
          `${method} needs one of ${allowed.join(", ")}`,
        ).toBe(true);
    }
  });

  it("subscribes to the events the listeners wait for, with their scopes", () => {
    const listened = all(/app\.event\("([a-z_]+)"/g);
    expect(listened).toContain("app_mention");
    for (const name of listened) {
      expect(LISTENER_EVENTS, `add ${name} to LISTENER_EVENTS`).toHaveProperty([name]);
      for (const event of LISTENER_EVENTS[name]!.events) expect(events, event).toContain(event);
      for (const scope of LISTENER_EVENTS[name]!.scopes) expect(scopes, scope).toContain(scope);
    }
  });

  it("declares the agent (or assistant) view, its events and scope, for the Assistant listener", () => {
    expect(sources).toContain("app.assistant(");
    expect(manifest.features.agent_view ?? manifest.features.assistant_view).toBeDefined();
    expect(scopes).toContain("assistant:write");
    for (const event of ["assistant_thread_started", "assistant_thread_context_changed", "message.im"]) expect(events).toContain(event);
    // The agent experience holds its conversations in the Messages tab.
    expect(manifest.features.app_home).toMatchObject({
      messages_tab_enabled: true,
      messages_tab_read_only_enabled: false,
      home_tab_enabled: true,
    });
  });

  it("declares every slash command the code handles, and interactivity for its buttons", () => {
    const commands = all(/app\.command\("(\/[a-z-]+)"/g);
    expect(commands).toEqual(["/sangaku"]);
    for (const command of commands) expect(manifest.features.slash_commands.map((c) => c.command)).toContain(command);
    expect(scopes).toContain("commands");
    expect(sources).toContain("app.action");
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });
});
