import { describe, expect, it } from "vitest";
import { busContract } from "./bus.contract.js";
import { LocalBus } from "./local-bus.js";

busContract("LocalBus", async () => {
  const bus = new LocalBus();
  return { a: bus, b: bus };
});

describe("LocalBus bounds", () => {
  it("drops and counts messages past its queue limit instead of growing", async () => {
    const bus = new LocalBus({ maxQueued: 10 });
    const got: number[] = [];
    bus.subscribe("x", () => got.push(1));
    for (let i = 0; i < 25; i++) bus.publish("x", new Uint8Array(1));
    await bus.flush();
    expect(got).toHaveLength(10);
    expect(bus.dropped).toBe(15);
    await bus.close();
  });

  it("never runs a handler inside publish()", async () => {
    const bus = new LocalBus();
    let inPublish = false;
    let ranInside = false;
    bus.subscribe("y", () => {
      ranInside ||= inPublish;
    });
    inPublish = true;
    bus.publish("y", new Uint8Array(1));
    inPublish = false;
    await bus.flush();
    expect(ranInside).toBe(false);
    await bus.close();
  });
});
