import { Counter } from "prom-client";
import { afterEach, describe, expect, it } from "vitest";
import { OpsServerError } from "./errors.js";
import { type OpsServer, createMetricsRegistry, startOpsServer } from "./ops-server.js";

describe("ops server", () => {
  const servers: OpsServer[] = [];
  afterEach(async () => {
    for (const s of servers.splice(0)) await s.close();
  });
  const start = async (port = 0) => {
    const registry = createMetricsRegistry("test");
    const srv = await startOpsServer({ port, registry });
    servers.push(srv);
    return { srv, registry, url: `http://127.0.0.1:${srv.port}` };
  };

  it("answers /healthz and flips /readyz with its checks", async () => {
    const { srv, url } = await start();
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    let ready = false;
    srv.setReadiness("bus", () => ready);
    const notReady = await fetch(`${url}/readyz`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toEqual({ ready: false, failing: ["bus"] });
    ready = true;
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
  });

  it("serves Prometheus metrics with the service label", async () => {
    const { registry, url } = await start();
    new Counter({ name: "zb_test_total", help: "test", registers: [registry] }).inc(3);
    const res = await fetch(`${url}/metrics`);
    expect(res.headers.get("content-type")).toContain("text/plain");
    expect(await res.text()).toContain('zb_test_total{service="test"} 3');
  });

  it("says in one line that the port is in use", async () => {
    const { srv } = await start();
    const err = await start(srv.port).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpsServerError);
    expect((err as Error).message).toBe(`ops port 127.0.0.1:${srv.port} is already in use`);
  });
});
