import { TimeoutError } from "@nats-io/transport-node";
import { describe, expect, it } from "vitest";
import { collectWithIdleTimeout, type StoppableIterable } from "./listing.js";

/** Yields `items` `gapMs` apart, then never ends unless `ends`; stop(err) ends it with err. */
function slowSource(items: string[], gapMs: number, ends: boolean): StoppableIterable<string> {
  let stopped: Error | undefined;
  let wake: () => void = () => undefined;
  return {
    stop(err) {
      stopped = err ?? new Error("stopped");
      wake();
    },
    async *[Symbol.asyncIterator]() {
      for (const item of [...items, ...(ends ? [] : [undefined])]) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          if (item !== undefined) setTimeout(resolve, gapMs);
        });
        if (stopped) throw stopped;
        if (item === undefined) continue;
        yield item;
      }
    },
  };
}

describe("collectWithIdleTimeout", () => {
  it("collects a listing that ends, however long it takes in all, while items keep coming", async () => {
    expect(await collectWithIdleTimeout(slowSource(["a", "b", "c", "d"], 30, true), 50)).toEqual(["a", "b", "c", "d"]);
  });

  it("fails with a retryable timeout when the listing stops moving without ending", async () => {
    const err = await collectWithIdleTimeout(slowSource(["a"], 5, false), 50).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TimeoutError);
  });
});
