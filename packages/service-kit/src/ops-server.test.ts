import { Counter } from "prom-client";
import { afterEach, describe, expect, it } from "vitest";
import { OpsServerError } from "./errors.js";
import { createMetricsRegistry } from "./metrics.js";
import { type OpsServer, type OpsServerOptions, startOpsServer } from "./ops-server.js";

describe("ops server", () => {
  const servers: OpsServer[] = [];
  afterEach(async () => {
    for (const s of servers.splice(0)) await s.close();
  });
  const start = async (opts: Partial<OpsServerOptions> = {}) => {
    const registry = opts.registry ?? createMetricsRegistry({ service: "test", defaultMetrics: false });
    const srv = await startOpsServer({ port: 0, registry, ...opts });
    servers.push(srv);
    return { srv, registry, url: `http://127.0.0.1:${srv.port}` };
  };

  it("binds a free port for port 0 and answers /healthz", async () => {
    const { srv, url } = await start();
    expect(srv.port).toBeGreaterThan(0);
    const res = await fetch(`${url}/healthz`);
    expect([res.status, await res.text()]).toEqual([200, "ok\n"]);
    expect((await fetch(`${url}/nothing`)).status).toBe(404);
    expect((await fetch(`${url}/healthz`, { method: "POST" })).status).toBe(405);
  });

  it("flips /readyz with its checks and names the failing ones", async () => {
    let bus = false;
    const { srv, url } = await start({ readiness: { bus: () => bus, store: () => true } });
    const notReady = await fetch(`${url}/readyz`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toEqual({ ready: false, failing: ["bus"] });
    bus = true;
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    srv.setReadiness("started", () => false);
    expect(await (await fetch(`${url}/readyz`)).json()).toEqual({ ready: false, failing: ["started"] });
    srv.clearReadiness("started");
    expect(await (await fetch(`${url}/readyz`)).json()).toEqual({ ready: true, failing: [] });
  });

  it("counts async checks that throw or hang as failing", async () => {
    const { url } = await start({
      readinessTimeoutMs: 50,
      readiness: {
        ok: async () => true,
        throws: async () => Promise.reject(new Error("down")),
        hangs: () => new Promise<boolean>(() => undefined),
      },
    });
    const res = await fetch(`${url}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ ready: false, failing: ["throws", "hangs"] });
  });

  it("serves the registry in Prometheus format with the service label", async () => {
    const registry = createMetricsRegistry({ service: "gateway" });
    const { url } = await start({ registry });
    new Counter({ name: "zb_test_total", help: "test", registers: [registry] }).inc(3);
    const res = await fetch(`${url}/metrics`);
    expect(res.headers.get("content-type")).toBe(registry.contentType);
    const body = await res.text();
    expect(body).toContain('zb_test_total{service="gateway"} 3');
    expect(body).toMatch(/^process_cpu_user_seconds_total\{service="gateway"\} /m);
  });

  it("leaves out Node's metrics when asked", async () => {
    const registry = createMetricsRegistry({ service: "bare", defaultMetrics: false });
    expect(await registry.metrics()).not.toContain("process_cpu");
    expect(createMetricsRegistry("named").getMetricsAsArray().length).toBeGreaterThan(0);
  });

  it("says in one line that the port is in use", async () => {
    const { srv } = await start();
    const err = await start({ port: srv.port }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpsServerError);
    expect(err).toMatchObject({ code: "OPS_PORT_IN_USE", message: `ops port 127.0.0.1:${srv.port} is already in use` });
  });

  it("says when the host is not an address of this machine", async () => {
    const err = await start({ host: "192.0.2.1" }).catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: "OPS_LISTEN_FAILED",
      message: "ops host 192.0.2.1 is not an address of this machine",
    });
  });
});
