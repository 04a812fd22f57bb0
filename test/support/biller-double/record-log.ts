/**
 * The double's log of what zones sent, and the counter of what it dropped as malformed.
 * Waiters are told of every record, also those past the log's bound.
 */
import type { Logger } from "pino";
import { Counter, type Registry } from "prom-client";
import type { BillerRecord } from "./types.js";

/** Records kept in `log`; later ones still reach `waitFor` but are not stored. */
export const MAX_LOG_RECORDS = 100_000;

export class RecordLog {
  readonly records: BillerRecord[] = [];
  private readonly waiters = new Set<(r: BillerRecord) => void>();
  private readonly malformedCounter: Counter<"reason">;

  constructor(
    registry: Registry,
    private readonly logger?: Logger,
  ) {
    this.malformedCounter = new Counter({
      name: "biller_double_malformed_total",
      help: "Inputs from zones the biller double dropped as malformed, by reason",
      labelNames: ["reason"],
      registers: [registry],
    });
  }

  add(record: BillerRecord): void {
    if (this.records.length < MAX_LOG_RECORDS) this.records.push(record);
    for (const w of [...this.waiters]) w(record);
  }

  malformed(reason: string): void {
    this.malformedCounter.inc({ reason });
    this.logger?.debug({ reason }, "biller double dropped an input");
  }

  async malformedCounts(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const v of (await this.malformedCounter.get()).values) out[String(v.labels.reason)] = v.value;
    return out;
  }

  waitFor(pred: (r: BillerRecord) => boolean, timeoutMs: number): Promise<BillerRecord> {
    const found = this.records.find(pred);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const waiter = (r: BillerRecord) => {
        if (!pred(r)) return;
        clearTimeout(timer);
        this.waiters.delete(waiter);
        resolve(r);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`biller double: no matching record within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }
}
