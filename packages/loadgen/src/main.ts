#!/usr/bin/env node
/**
 * `npm run load -- --server 127.0.0.1:5000 --bots N --arenas K --seconds S`: runs the load
 * generator, prints one line per second (a `*` marks the measured window) and a summary.
 * Exit code 0 when every bot logged in and none was disconnected, 1 otherwise, 2 on bad options.
 */
import { ConfigError, parseConfig } from "@zonebus/service-kit";
import { LoadgenError } from "./errors.js";
import { LoadGenerator } from "./load-generator.js";
import { fromConfig, loadOptionTable } from "./options.js";
import { formatSecond, formatSummary } from "./report.js";

function options() {
  try {
    const parsed = parseConfig("npm run load --", loadOptionTable, process.argv.slice(2), process.env);
    if ("help" in parsed) {
      process.stdout.write(`${parsed.help}\n`);
      process.exit(0);
    }
    return { options: fromConfig(parsed.config), json: parsed.config.json };
  } catch (err) {
    if (err instanceof ConfigError || err instanceof LoadgenError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
}

const { options: o, json } = options();
const print = (line: string) => process.stdout.write(`${line}\n`);
if (!json) {
  print(
    `${o.bots} bots → ${o.host}:${o.port} (${o.encryption}), ${o.arenas} arena(s), ${o.seconds} s, ramp ${o.rampMs / 1000} s, ${o.rateHz} positions/s each`,
  );
}
const generator = new LoadGenerator(o, {
  onSecond: (r) => print(json ? JSON.stringify({ type: "second", ...r }) : formatSecond(r)),
});
process.once("SIGINT", () => generator.stop());
process.once("SIGTERM", () => generator.stop());
const summary = await generator.run();
print(json ? JSON.stringify({ type: "summary", ...summary }) : `\n${formatSummary(summary)}`);
process.exit(summary.logins === o.bots && summary.disconnects === 0 ? 0 : 1);
