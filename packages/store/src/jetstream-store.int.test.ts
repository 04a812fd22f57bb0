import { connect } from "@nats-io/transport-node";
import { inject } from "vitest";
import { JetStreamStore } from "./jetstream-store.js";
import { storeContract } from "./store.contract.js";

storeContract("JetStreamStore", async () => {
  const nc = await connect({ servers: inject("natsUrl") });
  return {
    store: await JetStreamStore.open(nc),
    // The bucket TTL is the stream's max age; a second keeps the test short and well above
    // the server's expiry timer granularity.
    ttlMs: 1_000,
    elapse: (ms) => new Promise((r) => setTimeout(r, ms)),
    close: () => nc.close(),
  };
});
