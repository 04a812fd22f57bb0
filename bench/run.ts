// Runs every package's micro-benchmark in turn and prints their markdown rows.
// End-to-end load benchmarks (bots against a running zone) are not part of this yet.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";

const benches: string[] = [];
for (const pkg of readdirSync("packages")) {
  const dir = join("packages", pkg, "bench");
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).sort()) if (f.endsWith(".bench.ts")) benches.push(join(dir, f));
}
const filter = process.argv[2];
process.stdout.write(
  `# zonebus micro-benchmarks\n\nNode ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}\n\n`,
);
let failed = 0;
for (const file of benches) {
  if (filter && !file.includes(filter)) continue;
  process.stdout.write(`## ${file}\n\n`);
  const res = spawnSync(process.execPath, ["--expose-gc", "--conditions=@zonebus/source", "--import", "tsx", file], {
    stdio: "inherit",
  });
  if (res.status !== 0) failed++;
  process.stdout.write("\n");
}
process.exit(failed === 0 ? 0 : 1);
