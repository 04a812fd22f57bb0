import { describe, expect, it } from "vitest";
import { busContract, busPayloadContract, CONTRACT_MAX_PAYLOAD } from "./bus.contract.js";
import { BusClosedError } from "./errors.js";
import { LocalBus } from "./local-bus.js";
import { MATCH_CACHE_LIMIT } from "./subscription-index.js";

const bytes = (s: string) => new TextEncoder().encode(s);

busContract("LocalBus", async ({ onHandlerError }) => {
  const bus = new LocalBus({ onHandlerError });
  return { a: bus, b: bus };
});

busPayloadContract("LocalBus", async () => {
  const bus = new LocalBus({ maxPayload: CONTRACT_MAX_PAYLOAD });
  return { a: bus, b: bus };
});

describe("LocalBus delivery", () => {
  it("drops and counts deliveries past its queue limit instead of growing", async () => {
    const bus = new LocalBus({ maxQueued: 10 });
    const got: number[] = [];
    bus.subscribe("x", () => got.push(1));
    for (let i = 0; i < 25; i++) bus.publish("x", new Uint8Array(1));
    expect(bus.stats().queued).toBe(10);
    await bus.flush();
    expect(got).toHaveLength(10);
    expect(bus.stats()).toMatchObject({ dropped: 15, delivered: 10, queued: 0 });
    for (let i = 0; i < 5; i++) bus.publish("x", new Uint8Array(1));
    await bus.flush();
    expect(got).toHaveLength(15);
    await bus.close();
  });

  it("never runs a handler inside publish()", async () => {
    const bus = new LocalBus();
    let inPublish = false;
    let ranInside = false;
    let ran = 0;
    bus.subscribe("y", () => {
      ranInside ||= inPublish;
      ran++;
    });
    inPublish = true;
    bus.publish("y", new Uint8Array(1));
    inPublish = false;
    expect(ran).toBe(0);
    await bus.flush();
    expect(ran).toBe(1);
    expect(ranInside).toBe(false);
    await bus.close();
  });

  it("skips queued deliveries to a subscription an earlier handler unsubscribed", async () => {
    const bus = new LocalBus();
    const late: string[] = [];
    const victim = bus.subscribe("v.>", (m) => late.push(m.subject));
    bus.subscribe("k", () => victim.unsubscribe());
    bus.publish("k", bytes("kill"));
    bus.publish("v.1", bytes("a"));
    bus.publish("v.2", bytes("b"));
    await bus.flush();
    expect(late).toEqual([]);
    expect(bus.stats().subscriptions).toBe(1);
    await bus.close();
  });

  it("takes queue-group members in turn, across a literal and a wildcard member", async () => {
    const bus = new LocalBus();
    const counts = new Map<string, number>();
    const count = (who: string) => () => counts.set(who, (counts.get(who) ?? 0) + 1);
    bus.subscribe("job.run", count("literal"), { queue: "g" });
    bus.subscribe("job.*", count("star"), { queue: "g" });
    bus.subscribe("job.>", count("tail"), { queue: "g" });
    for (let i = 0; i < 30; i++) bus.publish("job.run", bytes(String(i)));
    await bus.flush();
    expect(Object.fromEntries(counts)).toEqual({ literal: 10, star: 10, tail: 10 });
    await bus.close();
  });
});

describe("LocalBus flush and close", () => {
  it("flush covers what was published before the call, not what handlers publish after it", async () => {
    const bus = new LocalBus();
    const seen: string[] = [];
    bus.subscribe("ping", (m) => bus.publish("pong", m.data));
    bus.subscribe("pong", (m) => seen.push(new TextDecoder().decode(m.data)));
    bus.publish("ping", bytes("1"));
    await bus.flush();
    expect(seen).toEqual([]);
    await bus.flush();
    expect(seen).toEqual(["1"]);
    await bus.close();
  });

  it("delivers a reply sent while closing, then rejects requests still waiting", async () => {
    const bus = new LocalBus();
    bus.subscribe("svc.echo", (m) => m.respond(m.data));
    bus.subscribe("svc.mute", () => undefined);
    const answered = bus.request("svc.echo", bytes("hi"), { timeoutMs: 5_000 });
    const unanswered = bus.request("svc.mute", bytes("hi"), { timeoutMs: 5_000 });
    const closed = bus.close();
    expect(new TextDecoder().decode((await answered).data)).toBe("hi");
    await expect(unanswered).rejects.toBeInstanceOf(BusClosedError);
    await closed;
    expect(bus.stats()).toMatchObject({ pendingRequests: 0, subscriptions: 0 });
  });

  it("caps its match cache at MATCH_CACHE_LIMIT subjects", async () => {
    const bus = new LocalBus();
    let got = 0;
    bus.subscribe("p.>", () => got++);
    for (let i = 0; i < MATCH_CACHE_LIMIT + 500; i++) bus.publish(`p.${i}`, new Uint8Array(0));
    expect(bus.stats().cachedSubjects).toBe(MATCH_CACHE_LIMIT);
    await bus.flush();
    expect(got).toBe(MATCH_CACHE_LIMIT + 500);
    await bus.close();
  });

  it("does not cache the one-off inbox subjects of requests", async () => {
    const bus = new LocalBus();
    bus.subscribe("rpc", (m) => m.respond(m.data));
    for (let i = 0; i < 20; i++) {
      const reply = await bus.request("rpc", bytes(String(i)));
      expect(new TextDecoder().decode(reply.data)).toBe(String(i));
    }
    expect(bus.stats()).toMatchObject({ cachedSubjects: 1, pendingRequests: 0 });
    await bus.close();
  });
});
