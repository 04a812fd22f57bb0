import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Bus, BusMessage } from "./bus.js";
import { BusClosedError, BusNoRespondersError, BusSubjectError, BusTimeoutError } from "./errors.js";

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

/** Collects messages and resolves once `n` have arrived (or rejects after a while). */
function collector(n: number, timeoutMs = 5_000) {
  const got: BusMessage[] = [];
  let done!: () => void;
  const all = new Promise<void>((resolve, reject) => {
    done = resolve;
    setTimeout(() => reject(new Error(`got ${got.length} of ${n} messages`)), timeoutMs).unref();
  });
  return {
    got,
    all,
    push: (m: BusMessage) => {
      got.push(m);
      if (got.length === n) done();
    },
  };
}

/** One behaviour suite for every Bus implementation. */
export function busContract(name: string, makeBus: () => Promise<{ a: Bus; b: Bus }>): void {
  describe(`Bus contract: ${name}`, () => {
    let a: Bus;
    let b: Bus;
    let prefix: string;
    beforeEach(async () => {
      ({ a, b } = await makeBus());
      prefix = `t${Math.random().toString(36).slice(2, 10)}`;
    });
    afterEach(async () => {
      await a.close();
      await b.close();
    });

    it("delivers to * and > wildcard subscribers, and not to non-matching ones", async () => {
      const star = collector(2);
      const tail = collector(3);
      const none: BusMessage[] = [];
      b.subscribe(`${prefix}.*.x`, star.push);
      b.subscribe(`${prefix}.>`, tail.push);
      b.subscribe(`${prefix}.q.*`, (m) => none.push(m));
      await b.flush();
      for (const s of [`${prefix}.a.x`, `${prefix}.b.x`, `${prefix}.a.b.c`]) a.publish(s, enc(s));
      await Promise.all([star.all, tail.all]);
      expect(star.got.map((m) => m.subject)).toEqual([`${prefix}.a.x`, `${prefix}.b.x`]);
      expect(tail.got).toHaveLength(3);
      expect(none).toHaveLength(0);
    });

    it("spreads a queue group: each message to exactly one member, every member gets some", async () => {
      const total = 60;
      const all = collector(total);
      const counts = [0, 0, 0];
      for (let i = 0; i < 3; i++) {
        b.subscribe(
          `${prefix}.work`,
          (m) => {
            counts[i]!++;
            all.push(m);
          },
          { queue: "workers" },
        );
      }
      await b.flush();
      for (let i = 0; i < total; i++) a.publish(`${prefix}.work`, enc(String(i)));
      await all.all;
      await new Promise((r) => setTimeout(r, 100));
      expect(counts.reduce((x, y) => x + y)).toBe(total);
      expect(counts.every((c) => c > 0)).toBe(true);
    });

    it("answers a request and carries headers both ways", async () => {
      b.subscribe(`${prefix}.echo`, (m) =>
        m.respond(enc(`re:${dec(m.data)}:${m.headers?.["x-id"]}`), { headers: { "x-ok": "1" } }),
      );
      await b.flush();
      const reply = await a.request(`${prefix}.echo`, enc("hi"), { headers: { "x-id": "42" }, timeoutMs: 2_000 });
      expect(dec(reply.data)).toBe("re:hi:42");
      expect(reply.headers?.["x-ok"]).toBe("1");
    });

    it("times out a request nobody answers", async () => {
      b.subscribe(`${prefix}.silent`, () => undefined);
      await b.flush();
      await expect(a.request(`${prefix}.silent`, enc("?"), { timeoutMs: 200 })).rejects.toBeInstanceOf(BusTimeoutError);
    });

    it("fails a request with no subscribers as no-responders", async () => {
      await expect(a.request(`${prefix}.nobody`, enc("?"), { timeoutMs: 2_000 })).rejects.toBeInstanceOf(
        BusNoRespondersError,
      );
    });

    it("delivers nothing after unsubscribe, even what was already published", async () => {
      const got: BusMessage[] = [];
      const sub = b.subscribe(`${prefix}.u`, (m) => got.push(m));
      await b.flush();
      for (let i = 0; i < 100; i++) a.publish(`${prefix}.u`, enc(String(i)));
      sub.unsubscribe();
      await a.flush();
      await new Promise((r) => setTimeout(r, 200));
      const seen = got.length;
      a.publish(`${prefix}.u`, enc("late"));
      await a.flush();
      await new Promise((r) => setTimeout(r, 100));
      expect(got.length).toBe(seen);
      expect(got.some((m) => dec(m.data) === "late")).toBe(false);
    });

    it("keeps publish order per publisher", async () => {
      const n = 10_000;
      const all = collector(n, 15_000);
      b.subscribe(`${prefix}.ord`, all.push);
      await b.flush();
      for (let i = 0; i < n; i++) a.publish(`${prefix}.ord`, enc(String(i)));
      await a.flush();
      await all.all;
      const seq = all.got.map((m) => Number(dec(m.data)));
      expect(seq.every((v, i) => v === i)).toBe(true);
    });

    it("rejects malformed subjects", () => {
      expect(() => a.publish("", enc("x"))).toThrow(BusSubjectError);
      expect(() => a.publish(`${prefix}.*`, enc("x"))).toThrow(BusSubjectError);
      expect(() => a.publish(`${prefix}..x`, enc("x"))).toThrow(BusSubjectError);
      expect(() => a.subscribe(`${prefix}.>.x`, () => undefined)).toThrow(BusSubjectError);
      expect(() => a.publish(`${prefix}.a b`, enc("x"))).toThrow(BusSubjectError);
    });

    it("closes idempotently and refuses to publish afterwards", async () => {
      await a.close();
      await a.close();
      expect(() => a.publish(`${prefix}.x`, enc("x"))).toThrow(BusClosedError);
    });
  });
}
