import { Counter, Registry } from "prom-client";
import { describe, expect, it } from "vitest";
import { DownloadResult, DownloadThrottle } from "./download-throttle.js";

const limits = { windowMs: 1_000, requestsPerWindow: 5, sameFilePerWindow: 2 };

describe("DownloadThrottle", () => {
  it("sends each file of the list at most sameFilePerWindow times a window", () => {
    const t = new DownloadThrottle(limits);
    expect([0, 0, 0, 1].map((i) => t.admit(1, i, 0))).toEqual([
      DownloadResult.Sent,
      DownloadResult.Sent,
      DownloadResult.Repeated,
      DownloadResult.Sent,
    ]);
    expect(t.admit(1, 0, 1_000)).toBe(DownloadResult.Sent);
  });

  it("throttles requests past requestsPerWindow, unknown files included, per player, and counts them", async () => {
    const metrics = new Registry();
    const requests = new Counter({ name: "requests", help: "by result", labelNames: ["result"], registers: [metrics] });
    const t = new DownloadThrottle(limits, { requests });
    for (let i = 0; i < 5; i++) t.admit(1, undefined, 0);
    expect(t.admit(1, 0, 999)).toBe(DownloadResult.Throttled);
    expect(t.admit(2, 0, 999)).toBe(DownloadResult.Sent);
    const values = (await metrics.getSingleMetric("requests")?.get())?.values ?? [];
    const count = (result: string) => values.find((v) => v.labels.result === result)?.value;
    expect([count("unknown_file"), count("throttled"), count("sent")]).toEqual([5, 1, 1]);
  });

  it("starts a player over once it is forgotten", () => {
    const t = new DownloadThrottle(limits);
    t.admit(1, 0, 0);
    t.admit(1, 0, 0);
    t.forget(1);
    expect(t.admit(1, 0, 0)).toBe(DownloadResult.Sent);
  });
});
