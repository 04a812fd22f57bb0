import { jetstreamManager } from "@nats-io/jetstream";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { startNatsCluster } from "@zonebus/testkit";
import { expect, it } from "vitest";
import { JetStreamStore } from "./jetstream-store.js";

it("keeps every put made while the bucket's stream leader is killed, on 3 replicas", async () => {
  const cluster = await startNatsCluster(3);
  const conns: NatsConnection[] = [];
  try {
    await cluster.waitHealthy();
    const nc = await connect({ servers: cluster.servers, reconnectTimeWait: 100, maxReconnectAttempts: -1 });
    conns.push(nc);
    const store = await JetStreamStore.open(nc, { replicas: 3 });
    const bucket = await store.bucket("scores");
    await bucket.put("warmup", new Uint8Array([0]));
    const jsm = await jetstreamManager(nc);
    const info = await jsm.streams.info("KV_scores");
    expect(info.config.num_replicas).toBe(3);
    const leader = cluster.nodes.find((n) => n.name === info.cluster?.leader);
    expect(leader).toBeDefined();

    // Puts one after another, every 20 ms, across the kill of the stream leader.
    const written: Promise<number>[] = [];
    const landed: number[] = [];
    const writer = setInterval(() => {
      const i = written.length;
      written.push(bucket.put(`p${i}`, new Uint8Array([i & 0xff])).finally(() => landed.push(performance.now())));
    }, 20);
    await new Promise((r) => setTimeout(r, 200));
    await leader!.kill();
    const killedAt = performance.now();
    await new Promise((r) => setTimeout(r, 1_500));
    clearInterval(writer);
    const revisions = await Promise.all(written);
    const times = [killedAt, ...landed.filter((t) => t > killedAt)].sort((a, b) => a - b);
    const stalled = Math.max(...times.map((t, i) => (i === 0 ? 0 : t - times[i - 1]!)));
    console.log(
      `stream leader killed: ${written.length} puts, all landed; writes stalled at most ${Math.round(stalled)} ms`,
    );
    expect(new Set(revisions).size).toBe(written.length);
    const keys = await bucket.keys();
    for (let i = 0; i < written.length; i++) expect(keys).toContain(`p${i}`);
    expect((await jsm.streams.info("KV_scores")).cluster?.leader).not.toBe(leader!.name);
  } finally {
    for (const c of conns) await c.close();
    await cluster.stop();
  }
}, 60_000);
