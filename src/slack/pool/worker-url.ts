/**
 * Where a worker thread's code is loaded from. From the esbuild build (dist/, as `npm start` runs the bot), the
 * worker's own bundle beside the main one: plain JavaScript, loaded by Node alone. From the TypeScript source
 * (tsx, vitest), its .mjs entry, which loads the TypeScript body through tsx. Without the bundle every answering
 * thread started tsx's loader and its own loader thread, and transpiled the core's hundred modules on start.
 */

// Defined by scripts/build.mjs (esbuild `define`) as the URL of dist/, ending with "/"; absent under tsx.
declare const __SANGAKU_DIST_URL__: string | undefined;

/**
 * @example new Piscina({ filename: workerUrl("answer-worker", import.meta.url) })
 * // "file:///…/dist/slack/pool/answer-worker.js" from the build, "file:///…/src/slack/pool/answer-worker.mjs" under tsx
 */
export function workerUrl(name: string, sourceUrl: string): string {
  const dist = typeof __SANGAKU_DIST_URL__ === "string" ? __SANGAKU_DIST_URL__ : undefined;
  return dist ? new URL(`slack/pool/${name}.js`, dist).href : new URL(`./${name}.mjs`, sourceUrl).href;
}
