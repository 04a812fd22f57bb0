import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Bus, type BusMessage, type BusStatus, type HandlerErrorHook, messageSize } from "./bus.js";
import {
  BusClosedError,
  BusNoRespondersError,
  BusPayloadError,
  type BusPublishError,
  BusSubjectError,
  BusTimeoutError,
} from "./errors.js";

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

/** Collects messages and resolves once `n` have arrived (rejects after a while). */
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

/** A publishing side and a subscribing side; one bus may play both. */
export interface BusPair {
  readonly a: Bus;
  readonly b: Bus;
}

/** Builds a fresh pair; `onHandlerError` must reach the subscribing side's error hook. */
export type BusPairFactory = (hooks: { onHandlerError: HandlerErrorHook }) => Promise<BusPair>;

/** One behaviour suite for every Bus implementation. */
export function busContract(name: string, makeBus: BusPairFactory): void {
  describe(`Bus contract: ${name}`, () => {
    let a: Bus;
    let b: Bus;
    let prefix: string;
    let handlerErrors: { err: unknown; subject: string }[];
    beforeEach(async () => {
      handlerErrors = [];
      ({ a, b } = await makeBus({ onHandlerError: (err, subject) => handlerErrors.push({ err, subject }) }));
      prefix = `t${Math.random().toString(36).slice(2, 10)}`;
    });
    afterEach(async () => {
      await a.close();
      await b.close();
    });

    /** Once both flushes resolve, anything the server was going to deliver to b has arrived. */
    const settle = async () => {
      await a.flush();
      await b.flush();
    };

    it("delivers to * and > wildcard subscribers, and not to non-matching ones", async () => {
      const star = collector(2);
      const tail = collector(3);
      const none: BusMessage[] = [];
      b.subscribe(`${prefix}.*.x`, star.push);
      b.subscribe(`${prefix}.>`, tail.push);
      b.subscribe(`${prefix}.q.*`, (m) => none.push(m));
      b.subscribe(`${prefix}.a.x.>`, (m) => none.push(m));
      await b.flush();
      for (const s of [`${prefix}.a.x`, `${prefix}.b.x`, `${prefix}.a.b.c`]) a.publish(s, enc(s));
      await Promise.all([star.all, tail.all]);
      await settle();
      expect(star.got.map((m) => m.subject)).toEqual([`${prefix}.a.x`, `${prefix}.b.x`]);
      expect(tail.got.map((m) => dec(m.data))).toEqual([`${prefix}.a.x`, `${prefix}.b.x`, `${prefix}.a.b.c`]);
      expect(none).toHaveLength(0);
    });

    it("spreads a queue group: each message to exactly one member, every member gets some", async () => {
      const total = 60;
      const grouped = collector(total);
      const counts = [0, 0, 0];
      for (let i = 0; i < 3; i++) {
        const member = i;
        b.subscribe(
          `${prefix}.work`,
          (m) => {
            counts[member]!++;
            grouped.push(m);
          },
          { queue: "workers" },
        );
      }
      const plain = collector(total);
      b.subscribe(`${prefix}.work`, plain.push);
      await b.flush();
      for (let i = 0; i < total; i++) a.publish(`${prefix}.work`, enc(String(i)));
      await Promise.all([grouped.all, plain.all]);
      await settle();
      expect(grouped.got).toHaveLength(total);
      expect(new Set(grouped.got.map((m) => dec(m.data))).size).toBe(total);
      expect(counts.every((c) => c > 0)).toBe(true);
      expect(plain.got).toHaveLength(total);
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

    it("round-trips headers and a reply subject on publish; no headers means undefined", async () => {
      const got = collector(2);
      b.subscribe(`${prefix}.h`, got.push);
      await b.flush();
      const headers = { traceparent: "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", "X-Arena": "duel" };
      a.publish(`${prefix}.h`, enc("1"), { headers, reply: `${prefix}.back` });
      a.publish(`${prefix}.h`, enc("2"));
      await got.all;
      const [first, second] = got.got;
      expect(first?.headers).toEqual(headers);
      expect(first?.reply).toBe(`${prefix}.back`);
      expect(second?.headers).toBeUndefined();
      expect(second?.reply).toBeUndefined();
      expect(second?.respond(enc("nowhere"))).toBe(false);
    });

    it("times out a request nobody answers", async () => {
      b.subscribe(`${prefix}.silent`, () => undefined);
      await b.flush();
      const err = await a.request(`${prefix}.silent`, enc("?"), { timeoutMs: 200 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(BusTimeoutError);
      expect((err as BusTimeoutError).code).toBe("BUS_TIMEOUT");
    });

    it("fails a request with no subscribers as no-responders", async () => {
      const err = await a.request(`${prefix}.nobody`, enc("?"), { timeoutMs: 2_000 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(BusNoRespondersError);
      expect((err as BusNoRespondersError).code).toBe("BUS_NO_RESPONDERS");
    });

    it("delivers nothing after unsubscribe, even what was already published", async () => {
      const got: BusMessage[] = [];
      const sub = b.subscribe(`${prefix}.u`, (m) => got.push(m));
      await b.flush();
      for (let i = 0; i < 100; i++) a.publish(`${prefix}.u`, enc(String(i)));
      sub.unsubscribe();
      sub.unsubscribe();
      await settle();
      a.publish(`${prefix}.u`, enc("late"));
      await settle();
      expect(got).toHaveLength(0);
    });

    it("keeps publish order per publisher over 10k messages", async () => {
      const n = 10_000;
      const all = collector(n, 15_000);
      b.subscribe(`${prefix}.ord`, all.push);
      await b.flush();
      for (let i = 0; i < n; i++) a.publish(`${prefix}.ord`, enc(String(i)));
      await a.flush();
      await all.all;
      const outOfOrder = all.got.findIndex((m, i) => Number(dec(m.data)) !== i);
      expect(outOfOrder).toBe(-1);
    });

    it("keeps delivering after a handler throws, and reports the error", async () => {
      const got = collector(3);
      b.subscribe(`${prefix}.boom`, (m) => {
        if (dec(m.data) === "1") throw new Error("handler failed");
        got.push(m);
      });
      b.subscribe(`${prefix}.boom`, got.push);
      await b.flush();
      a.publish(`${prefix}.boom`, enc("1"));
      a.publish(`${prefix}.boom`, enc("2"));
      await got.all;
      expect(got.got.map((m) => dec(m.data)).sort()).toEqual(["1", "2", "2"]);
      expect(handlerErrors).toHaveLength(1);
      expect(handlerErrors[0]?.subject).toBe(`${prefix}.boom`);
    });

    it("rejects malformed subjects and queue names", async () => {
      const expectBad = (f: () => unknown) => expect(f).toThrow(BusSubjectError);
      expectBad(() => a.publish("", enc("x")));
      expectBad(() => a.publish(`${prefix}.*`, enc("x")));
      expectBad(() => a.publish(`${prefix}..x`, enc("x")));
      expectBad(() => a.publish(`${prefix}.a b`, enc("x")));
      expectBad(() => a.publish(`${prefix}.x`, enc("x"), { reply: `${prefix}.>` }));
      expectBad(() => b.subscribe(`${prefix}.>.x`, () => undefined));
      expectBad(() => b.subscribe(`${prefix}.a*`, () => undefined));
      expectBad(() => b.subscribe(`${prefix}.x`, () => undefined, { queue: "two words" }));
      await expect(a.request(`${prefix}.>`, enc("x"))).rejects.toBeInstanceOf(BusSubjectError);
    });

    it("closes idempotently and refuses every use afterwards", async () => {
      const first = a.close();
      const second = a.close();
      await Promise.all([first, second]);
      await a.close();
      expect(() => a.publish(`${prefix}.x`, enc("x"))).toThrow(BusClosedError);
      expect(() => a.subscribe(`${prefix}.x`, () => undefined)).toThrow(BusClosedError);
      await expect(a.request(`${prefix}.x`, enc("x"))).rejects.toBeInstanceOf(BusClosedError);
      await expect(a.flush()).rejects.toBeInstanceOf(BusClosedError);
    });

    it("reports connected at once and closed after close()", async () => {
      const seen: BusStatus[] = [];
      const stop = a.onStatus((s) => seen.push(s));
      const ignored: BusStatus[] = [];
      a.onStatus((s) => ignored.push(s))();
      expect(seen).toEqual(["connected"]);
      await a.close();
      await new Promise((r) => setImmediate(r));
      expect(seen).toEqual(["connected", "closed"]);
      expect(ignored).toEqual(["connected"]);
      stop();
    });
  });
}

/** The `maxPayload` a limited pair is built with: small, as a cautious NATS server might set it. */
export const CONTRACT_MAX_PAYLOAD = 4096;

/** Builds a pair whose `maxPayload` is CONTRACT_MAX_PAYLOAD. */
export type LimitedBusPairFactory = () => Promise<BusPair>;

/** What every Bus does with messages larger than its `maxPayload`. */
export function busPayloadContract(name: string, makeBus: LimitedBusPairFactory): void {
  describe(`Bus payload contract: ${name}`, () => {
    let a: Bus;
    let b: Bus;
    let prefix: string;
    let refused: { err: BusPayloadError | BusPublishError; subject: string }[];
    beforeEach(async () => {
      ({ a, b } = await makeBus());
      refused = [];
      a.onPublishError((err, subject) => refused.push({ err, subject }));
      prefix = `p${Math.random().toString(36).slice(2, 10)}`;
    });
    afterEach(async () => {
      await a.close();
      await b.close();
    });

    it("reports the limit, carries a message of exactly that size and refuses one byte more", async () => {
      expect(a.maxPayload).toBe(CONTRACT_MAX_PAYLOAD);
      const got = collector(2);
      b.subscribe(`${prefix}.big`, got.push);
      await b.flush();
      expect(a.publish(`${prefix}.big`, new Uint8Array(CONTRACT_MAX_PAYLOAD))).toBe(true);
      expect(a.publish(`${prefix}.big`, new Uint8Array(CONTRACT_MAX_PAYLOAD + 1))).toBe(false);
      // The refusal broke nothing: the next message still arrives, and nothing else did.
      expect(a.publish(`${prefix}.big`, enc("after"))).toBe(true);
      await got.all;
      expect(got.got.map((m) => m.data.byteLength)).toEqual([CONTRACT_MAX_PAYLOAD, 5]);
      expect(refused).toHaveLength(1);
      const err = refused[0]!.err as BusPayloadError;
      expect(err).toBeInstanceOf(BusPayloadError);
      expect(err.code).toBe("BUS_PAYLOAD_TOO_LARGE");
      expect([refused[0]!.subject, err.size, err.maxPayload]).toEqual([
        `${prefix}.big`,
        CONTRACT_MAX_PAYLOAD + 1,
        CONTRACT_MAX_PAYLOAD,
      ]);
    });

    it("counts headers against the limit", async () => {
      const headers = { "x-arena": "duel" };
      const room = CONTRACT_MAX_PAYLOAD - messageSize(new Uint8Array(0), headers);
      const got = collector(1);
      b.subscribe(`${prefix}.h`, got.push);
      await b.flush();
      expect(a.publish(`${prefix}.h`, new Uint8Array(room + 1), { headers })).toBe(false);
      expect(a.publish(`${prefix}.h`, new Uint8Array(room), { headers })).toBe(true);
      await got.all;
      expect(got.got[0]?.data.byteLength).toBe(room);
      expect(refused.map((r) => r.err.code)).toEqual(["BUS_PAYLOAD_TOO_LARGE"]);
    });

    it("rejects an oversized request and refuses an oversized reply without throwing", async () => {
      b.subscribe(`${prefix}.ask`, (m) => {
        const ok = m.respond(new Uint8Array(CONTRACT_MAX_PAYLOAD + 1));
        m.respond(enc(ok ? "sent" : "refused"));
      });
      const bRefused: string[] = [];
      b.onPublishError((err) => bRefused.push(err.code));
      await b.flush();
      await expect(a.request(`${prefix}.ask`, new Uint8Array(CONTRACT_MAX_PAYLOAD + 1))).rejects.toBeInstanceOf(
        BusPayloadError,
      );
      const reply = await a.request(`${prefix}.ask`, enc("?"), { timeoutMs: 2_000 });
      expect(dec(reply.data)).toBe("refused");
      expect(bRefused).toEqual(["BUS_PAYLOAD_TOO_LARGE"]);
    });

    it("still throws for a bad subject and after close, whatever the size", async () => {
      expect(() => a.publish(`${prefix}.*`, new Uint8Array(CONTRACT_MAX_PAYLOAD + 1))).toThrow(BusSubjectError);
      await a.close();
      expect(() => a.publish(`${prefix}.x`, new Uint8Array(CONTRACT_MAX_PAYLOAD + 1))).toThrow(BusClosedError);
      expect(refused).toHaveLength(0);
    });
  });
}
