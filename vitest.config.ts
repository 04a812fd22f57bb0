import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { defineConfig } from "vitest/config";

/**
 * Workspace packages export their TypeScript sources under the `@zonebus/source` condition;
 * tests resolve every workspace package to that entry, so they run against src/ without a build.
 */
function workspaceSourceAliases(): { find: RegExp; replacement: string }[] {
  const aliases: { find: RegExp; replacement: string }[] = [];
  for (const group of ["packages", "services"]) {
    for (const name of readdirSync(group)) {
      const manifest = join(group, name, "package.json");
      if (!existsSync(manifest)) continue;
      const pkg = JSON.parse(readFileSync(manifest, "utf8")) as {
        name: string;
        exports?: { ".": Record<string, string> };
      };
      const src = pkg.exports?.["."]?.["@zonebus/source"];
      if (src) aliases.push({ find: new RegExp(`^${pkg.name}$`), replacement: resolve(group, name, src) });
    }
  }
  return aliases;
}

/** End-to-end fault tests: processes and NATS nodes killed under load, heal times measured. */
const FAULT_TESTS = [
  "test/e2e/nats-faults.test.ts",
  "test/e2e/master-standby.test.ts",
  "test/e2e/arena-failover.test.ts",
  "test/e2e/gateway-drain.test.ts",
  "test/e2e/biller-faults.test.ts",
  "test/e2e/arena-rebalance.test.ts",
  "test/e2e/cluster-rolling.test.ts",
];

export default defineConfig({
  resolve: { alias: workspaceSourceAliases() },
  test: {
    reporters: ["default", "./test/support/count-reporter.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["packages/*/src/**/*.test.ts", "services/*/src/**/*.test.ts", "proto/test/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "**/node_modules/**"],
          testTimeout: 10_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["packages/*/src/**/*.int.test.ts", "services/*/src/**/*.int.test.ts", "test/**/*.test.ts"],
          exclude: ["**/node_modules/**", ...FAULT_TESTS],
          globalSetup: ["./test/support/nats-global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Integration tests start servers and processes; two cores are shared between them.
          fileParallelism: true,
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: "faults",
          include: FAULT_TESTS,
          globalSetup: ["./test/support/nats-global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Killing processes and NATS nodes, then timing how fast the zone heals: one file at a
          // time, after the other tests, so two cores are not shared with another fault's healing.
          fileParallelism: false,
          maxWorkers: 1,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
