/** The machine a benchmark ran on, for the report's header line. */
import { spawnSync } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { natsServerBinary } from "@zonebus/testkit";

export interface Machine {
  readonly cpuModel: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  readonly natsServer: string;
  readonly date: string;
}

export function describeMachine(): Machine {
  const nats = spawnSync(natsServerBinary(), ["--version"], { encoding: "utf8" });
  return {
    cpuModel: cpus()[0]?.model.trim() ?? "unknown CPU",
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    natsServer: nats.status === 0 ? nats.stdout.trim().replace(/^nats-server:\s*/, "") : "not installed",
    date: new Date().toISOString().slice(0, 16).replace("T", " "),
  };
}

export function machineLine(m: Machine): string {
  return `${m.cores} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, nats-server ${m.natsServer}; ${m.date} UTC`;
}
