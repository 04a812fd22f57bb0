import { RequestError, TimeoutError } from "@nats-io/transport-node";
import { describe, expect, it } from "vitest";
import { KvRevisionError } from "./errors.js";
import { isNotApplied, isTransient, retryTransient } from "./transient.js";

const noResponders = () => {
  const err = new Error("no responders");
  err.name = "JetStreamNotEnabled";
  return err;
};

describe("transient store failures", () => {
  it("tells a lost answer from a refused write", () => {
    expect([isTransient(new TimeoutError()), isNotApplied(new TimeoutError())]).toEqual([true, false]);
    expect([isTransient(noResponders()), isNotApplied(noResponders())]).toEqual([true, true]);
    const cas = new KvRevisionError("b", "k", 3);
    expect([isTransient(cas), isNotApplied(cas)]).toEqual([false, false]);
    expect(isTransient(new RequestError("closed"))).toBe(false);
  });

  it("runs an operation again after transient failures, then succeeds", async () => {
    const failures = [new TimeoutError(), noResponders()];
    const retries: number[] = [];
    const value = await retryTransient(
      async () => {
        const err = failures.shift();
        if (err) throw err;
        return 42;
      },
      [1, 1, 1],
      (_, attempt) => retries.push(attempt),
    );
    expect([value, retries]).toEqual([42, [1, 2]]);
  });

  it("gives up after the last pause, and at once on other errors", async () => {
    let calls = 0;
    const always = (err: Error) => () => {
      calls++;
      return Promise.reject(err);
    };
    await expect(retryTransient(always(new TimeoutError()), [1, 1])).rejects.toBeInstanceOf(TimeoutError);
    expect(calls).toBe(3);
    calls = 0;
    await expect(retryTransient(always(new KvRevisionError("b", "k", 1)), [1, 1])).rejects.toThrow(/revision/);
    expect(calls).toBe(1);
    calls = 0;
    await expect(retryTransient(always(new TimeoutError()), [1, 1], undefined, isNotApplied)).rejects.toThrow();
    expect(calls).toBe(1);
  });
});
