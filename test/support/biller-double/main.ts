/**
 * The biller double as a process, for fault tests that kill it:
 *   node --conditions=@zonebus/source --import tsx test/support/biller-double/main.ts \
 *     --protocol tcp|udp [--port N] [--host H] [--users users.json]
 * users.json: an array of users, `banner` (if any) as 192 hex characters. Prints
 * `listening <port>` once it listens; SIGTERM and SIGINT stop it.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { startBillerDouble } from "./biller-double.js";
import type { BillerUser } from "./types.js";

interface UserJson {
  name: string;
  password: string;
  squad?: string;
  userId?: number;
  banned?: string;
  banner?: string;
}

function readUsers(path: string | undefined): BillerUser[] {
  if (!path) return [];
  const list = JSON.parse(readFileSync(path, "utf8")) as UserJson[];
  return list.map((u) => ({
    ...u,
    banner: u.banner === undefined ? undefined : Uint8Array.from(Buffer.from(u.banner, "hex")),
  }));
}

const { values } = parseArgs({
  options: {
    protocol: { type: "string", default: "tcp" },
    port: { type: "string", default: "0" },
    host: { type: "string", default: "127.0.0.1" },
    users: { type: "string" },
  },
});
const protocol = values.protocol;
if (protocol !== "tcp" && protocol !== "udp") {
  process.stderr.write(`--protocol must be tcp or udp, not ${protocol}\n`);
  process.exit(2);
}
const double = await startBillerDouble({
  protocol,
  port: Number(values.port),
  host: values.host,
  users: readUsers(values.users),
});
process.stdout.write(`listening ${double.port}\n`);
for (const signal of ["SIGTERM", "SIGINT"] as const)
  process.once(signal, () => {
    void double.stop().then(() => process.exit(0));
  });
