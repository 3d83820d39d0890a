// The worker entry piscina loads. Worker threads start as plain Node (vitest, or a process not started by tsx),
// so the TypeScript body is loaded through tsx's API, in its own namespace, whatever the parent runs under.
import { tsImport } from "tsx/esm/api";

const body = await tsImport("./answer-worker.ts", import.meta.url);
export default body.default;
