/**
 * `npm run report [-- --days 7]`: the owner's report of the last N days (30 by default) from the question log
 * the bot keeps (DATA_DIR's SQLite file, or DATABASE_URL), as text on stdout.
 * A configuration problem is printed as one readable message with exit code 1.
 */
import { parseArgs } from "node:util";
import { ConfigError } from "../config/config-error.js";
import { loadConfig } from "../config/env.js";
import { buildReport } from "../report/build-report.js";
import { formatReport } from "../report/format-report.js";
import { openStore } from "../store/open-store.js";

const USAGE = "usage: npm run report [-- --days N] (N between 1 and 3650; 30 by default)";

try {
  const { values } = parseArgs({ options: { days: { type: "string", default: "30" } } });
  const days = Number(values.days);
  if (!/^\d+$/.test(values.days) || days < 1 || days > 3650) throw new RangeError(USAGE);
  const store = await openStore(loadConfig().store);
  try {
    process.stdout.write(formatReport(await buildReport(store, { days })));
  } finally {
    await store.close();
  }
} catch (error) {
  if (error instanceof ConfigError) process.stderr.write(`sangaku report: ${error.message}\n`);
  else if (error instanceof RangeError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS"))
    process.stderr.write(`${USAGE}\n`);
  else throw error;
  process.exitCode = 1;
}
