// The chart thread's entry under tsx or vitest (see answer-worker.mjs); from the build, dist/slack/pool/chart-worker.js.
import { tsImport } from "tsx/esm/api";

const body = await tsImport("./chart-worker.ts", import.meta.url);
export default body.default;
