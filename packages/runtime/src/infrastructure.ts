import { type Bus, connectNatsBus } from "@zonebus/bus";
import { JetStreamStore, type Store } from "@zonebus/store";

/** The bus and store a process runs on, with what closes them. */
export interface Infrastructure {
  readonly bus: Bus;
  readonly store: Store;
  /** Readiness: true while the bus is connected. */
  connected(): boolean;
  close(): Promise<void>;
}

/** Connects to NATS (bus and JetStream KV store on one connection). */
export async function connectDistributed(natsUrl: string, name: string): Promise<Infrastructure> {
  let bus: Awaited<ReturnType<typeof connectNatsBus>>;
  try {
    bus = await connectNatsBus({ servers: natsUrl, name, connectTimeoutMs: 5_000 });
  } catch (err) {
    throw new Error(`cannot connect to NATS at ${natsUrl}: ${(err as Error).message}`, { cause: err });
  }
  const store = await JetStreamStore.open(bus.connection);
  let up = true;
  bus.onStatus((s) => {
    up = s === "connected" || s === "reconnected";
  });
  return {
    bus,
    store,
    connected: () => up,
    async close() {
      await store.close();
      await bus.close();
    },
  };
}
