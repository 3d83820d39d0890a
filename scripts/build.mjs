/**
 * `npm run build`: bundles each entry point (src/main.ts, src/cli/*.ts) with esbuild into dist/, modules
 * shared between entries split into chunks. One file to load instead of a hundred saves most of the module
 * loading time. Each module's `import.meta.url` is replaced by the URL of its source file, so
 * `new URL("../../knowledge/", import.meta.url)` finds the same folders from the bundle as from src/.
 * Type checking stays with `npm run typecheck`; this only strips types, in a few hundred ms.
 * The build goes to a temporary folder that is renamed to dist/ once complete, with the source hash written
 * last, so a half-written or stale dist/ is never taken for a fresh one (see scripts/source-hash.mjs).
 */
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import {
  BUNDLED_PACKAGES,
  DIST,
  HASH_FILE,
  ROOT,
  SCRIPT_ENTRIES,
  SCRIPT_HASH_MARK,
  SNAPSHOT_ENTRY,
  hashSources,
  isBuildFresh,
} from "./source-hash.mjs";

/**
 * Builds dist/ unless it is already fresh.
 * @returns {Promise<boolean>} true when dist/ is fresh afterwards
 * @example await buildDist() // true
 */
export async function buildDist(sourceHash = hashSources()) {
  if (isBuildFresh(sourceHash)) return true;
  const temporary = join(ROOT, `dist.${process.pid}.tmp`);
  const src = join(ROOT, "src");
  // The bench's bare Bolt app too, so that both apps of npm run bench:slack start the same way; and the worker
  // threads' bodies, which the bot loads from here when it runs from dist/ (src/slack/pool/worker-url.ts).
  const entryPoints = [
    join(src, "main.ts"),
    join(src, "cli/bench-slack/bare-app.ts"),
    join(src, "slack/pool/answer-worker.ts"),
    join(src, "slack/pool/chart-worker.ts"),
    ...readdirSync(join(src, "cli")).map((f) => join(src, "cli", f)),
  ].filter((f) => f.endsWith(".ts") && existsSync(f));
  try {
    await build({
      entryPoints,
      outdir: temporary,
      outbase: src,
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "node",
      target: "node20",
      packages: "external",
      plugins: [sourceImportMetaUrl],
      // Where the bundled worker bodies are once this build is renamed into place.
      define: { __SANGAKU_DIST_URL__: JSON.stringify(`${pathToFileURL(DIST).href}/`) },
      logLevel: "error",
    });
    // The entries whose start-up is measured, once more as one CommonJS file with the pure-JavaScript packages
    // inside, so that scripts/run.mjs can load them through a V8 code cache (compiled code kept between runs).
    // One CommonJS script with the pure-JavaScript packages inside.
    const script = async (entry, options) => {
      const outfile = join(temporary, entry.replace(/\.ts$/, ".cjs"));
      await build({
        entryPoints: [join(src, entry)],
        outfile,
        bundle: true,
        format: "cjs",
        platform: "node",
        target: "node20",
        external: ["*.node"],
        plugins: [sourceImportMetaUrl, onlyBundled],
        logLevel: "error",
        ...options,
      });
      escapeNonAscii(outfile);
    };
    for (const entry of SCRIPT_ENTRIES.filter((e) => existsSync(join(src, e))))
      // Which build this is, checked by scripts/run.mjs before it uses a code cache made for it.
      await script(entry, { footer: { js: `${SCRIPT_HASH_MARK}${sourceHash}` } });
    // The start-up snapshot's entry, which scripts/ask.sh gives to node --build-snapshot: one CommonJS script with
    // the packages inside too (a snapshot is made with Node's own modules only), told which sources it is of.
    if (existsSync(join(src, SNAPSHOT_ENTRY)))
      await script(SNAPSHOT_ENTRY, { define: { __SANGAKU_SOURCE_HASH__: JSON.stringify(sourceHash) } });
    writeFileSync(join(temporary, HASH_FILE), sourceHash);
    rmSync(DIST, { recursive: true, force: true });
    renameSync(temporary, DIST);
  } catch {
    // Another process may have renamed its own build into place first; that one is as good as ours.
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
  return isBuildFresh(sourceHash);
}

/**
 * Rewrites each character beyond ASCII in a built script as a \u escape, which means the same in a string, a
 * template, a regular expression, an identifier or a comment. Why: V8 keeps a script's whole source two bytes a
 * character once one character is beyond Latin-1, and esbuild's ascii charset leaves regular-expression literals
 * as written (/(平成|令和)/). The start-up snapshot holds that source: 2.9 MB of a 15 MB blob, half of it for
 * nothing, and reading the blob is most of a start (docs/speed.md). An identity escape (\あ, an odd run of
 * backslashes before it) already means the character itself, so its backslash goes.
 * @example escapeNonAscii("dist/cli/ask.cjs") // /(平成)/ → /(\u5e73\u6210)/
 */
function escapeNonAscii(file) {
  const code = readFileSync(file, "utf8").replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, c) => {
    const kept = slashes.length % 2 ? slashes.slice(1) : slashes;
    return `${kept}\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
  writeFileSync(file, code);
}

/** Packages stay outside the script bundles (loaded by require at run time) except the few that are bundled. */
const onlyBundled = {
  name: "only-bundled-packages",
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, ({ path }) => {
      const name = path.startsWith("@") ? path.split("/").slice(0, 2).join("/") : path.split("/")[0];
      return BUNDLED_PACKAGES.includes(name) ? undefined : { path, external: true };
    });
  },
};

/**
 * Each source module keeps its own location: `import.meta.url` becomes the file URL of its .ts file (or of
 * scripts/source-hash.mjs, which the start-up snapshot's entry imports).
 */
const sourceImportMetaUrl = {
  name: "source-import-meta-url",
  setup(builder) {
    builder.onLoad({ filter: /\.(ts|mjs)$/ }, ({ path }) => ({
      contents: readFileSync(path, "utf8").replaceAll("import.meta.url", JSON.stringify(pathToFileURL(path).href)),
      loader: path.endsWith(".ts") ? "ts" : "js",
    }));
  },
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  if (!(await buildDist())) {
    console.error("build failed: dist/ is not up to date with src/ (see esbuild's messages above)");
    process.exit(1);
  }
}
