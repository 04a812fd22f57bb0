import { startNatsCluster } from "@zonebus/testkit";
import { expect, it, vi } from "vitest";
import type { BusStatus } from "./bus.js";
import { connectNatsBus, type NatsBus } from "./nats-bus.js";

const enc = (s: string) => new TextEncoder().encode(s);
const within = { timeout: 15_000, interval: 50 };

it("keeps delivering when the node the subscriber is connected to is killed", async () => {
  const cluster = await startNatsCluster(3);
  const buses: NatsBus[] = [];
  try {
    const connectTo = async (name: string) => {
      const bus = await connectNatsBus({ servers: cluster.servers, name, reconnectTimeWaitMs: 100 });
      buses.push(bus);
      return bus;
    };
    const sub = await connectTo("sub");
    const pub = await connectTo("pub");
    const statuses: BusStatus[] = [];
    sub.onStatus((s) => statuses.push(s));
    const got: string[] = [];
    sub.subscribe("fault.test", (m) => got.push(new TextDecoder().decode(m.data)));
    await sub.flush();
    // Interest reaches the publisher's node over a route; probe until it has.
    const probe = (tag: string) =>
      vi.waitFor(() => {
        pub.publish("fault.test", enc(tag));
        expect(got).toContain(tag);
      }, within);
    await probe("probe-before");

    const victimHost = sub.connection.getServer();
    const victim = cluster.nodes.find((n) => new URL(n.url).host === victimHost);
    expect(victim).toBeDefined();
    await victim!.kill();
    await vi.waitFor(() => expect(statuses).toContain("reconnected"), within);
    expect(statuses).toContain("disconnected");
    expect(sub.connection.getServer()).not.toBe(victimHost);

    await probe("probe-after");
    const sent = Array.from({ length: 200 }, (_, i) => `after-${i}`);
    for (const s of sent) pub.publish("fault.test", enc(s));
    await vi.waitFor(() => expect(got.filter((s) => s.startsWith("after-"))).toEqual(sent), within);
  } finally {
    await Promise.all(buses.map((b) => b.close()));
    await cluster.stop();
  }
}, 60_000);
