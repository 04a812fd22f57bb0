/** Runs every package micro-benchmark (packages/NAME/bench/NAME.bench.ts) and collects the markdown each prints. */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

export interface MicroResult {
  readonly file: string;
  readonly ok: boolean;
  /** What the benchmark printed (markdown), or its error output when it failed. */
  readonly markdown: string;
}

export function microBenchFiles(filter?: string): string[] {
  const files: string[] = [];
  for (const pkg of readdirSync("packages").sort()) {
    const dir = join("packages", pkg, "bench");
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      const file = join(dir, f);
      if (f.endsWith(".bench.ts") && (!filter || file.includes(filter))) files.push(file);
    }
  }
  return files;
}

/** Runs one benchmark file in a fresh node (with `--expose-gc`, as they measure allocation). */
export function runMicro(file: string): MicroResult {
  const res = spawnSync(process.execPath, ["--expose-gc", "--conditions=@zonebus/source", "--import", "tsx", file], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
    timeout: 5 * 60_000,
  });
  const ok = res.status === 0;
  return {
    file,
    ok,
    markdown: ok
      ? res.stdout.trim()
      : `failed (${res.status ?? res.signal}):\n\n\`\`\`\n${res.stderr.slice(-2000)}\n\`\`\``,
  };
}
