import { startNatsCluster } from "@zonebus/testkit";
import { expect, it } from "vitest";
import { connectNatsBus } from "./nats-bus.js";

it("keeps delivering when the node a subscriber is connected to is killed", async () => {
  const cluster = await startNatsCluster(3);
  try {
    const servers = cluster.servers;
    const sub = await connectNatsBus({ servers, name: "sub" });
    const pub = await connectNatsBus({ servers, name: "pub" });
    const got = new Set<string>();
    sub.subscribe("fault.test", (m) => got.add(new TextDecoder().decode(m.data)));
    await sub.flush();
    const send = async (tag: string) => {
      for (let i = 0; i < 20; i++) {
        pub.publish("fault.test", new TextEncoder().encode(`${tag}${i}`));
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    await send("before");
    expect(got.size).toBeGreaterThan(0);
    const victim = cluster.nodes.find((n) => sub.connection.getServer().endsWith(String(new URL(n.url).port)));
    expect(victim).toBeDefined();
    await victim!.kill();
    // Wait until the subscriber has moved to a live node, then publish again.
    const deadline = Date.now() + 15_000;
    let after = 0;
    while (Date.now() < deadline && after === 0) {
      await send("after");
      after = [...got].filter((s) => s.startsWith("after")).length;
    }
    expect(after).toBeGreaterThan(0);
    await pub.close();
    await sub.close();
  } finally {
    await cluster.stop();
  }
}, 60_000);
