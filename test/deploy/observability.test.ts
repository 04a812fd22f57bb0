import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DEPLOY_DIR, render } from "./render.js";

const REPO = resolve(DEPLOY_DIR, "..");

/** Metric names the services and packages define (`name: "zb_..."`), read from the source. */
function definedMetrics(): Set<string> {
  const out = execFileSync("grep", ["-rhoE", "zb_[a-z_]+", "services", "packages", "--include=*.ts"], {
    cwd: REPO,
    encoding: "utf8",
  });
  return new Set(out.split("\n").filter(Boolean));
}

function referenced(text: string): string[] {
  return [...new Set((text.match(/zb_[a-z_]+/g) ?? []).map((m) => m.replace(/_(bucket|sum|count)$/, "")))];
}

describe("monitoring objects", () => {
  const prod = render("overlays/prod");
  const dashboard = readFileSync(resolve(DEPLOY_DIR, "observability/dashboard.json"), "utf8");
  const rules = JSON.stringify(prod.find((o) => o.kind === "PrometheusRule"));

  it("alert on the master count, placement failures, fencing, orphans, NATS reconnects and store retries", () => {
    for (const metric of [
      "zb_master_active",
      "zb_arena_placement_failures_total",
      "zb_arena_fenced_total",
      "zb_arena_orphaned_total",
      "zb_nats_reconnects_total",
      "zb_store_retries_total",
    ])
      expect(rules).toContain(metric);
  });

  it("name only metrics the code defines", () => {
    const defined = definedMetrics();
    const unknown = referenced(rules + dashboard).filter((m) => !defined.has(m));
    expect(unknown).toEqual([]);
  });

  it("scrape every zonebus service and NATS on a port their pods declare", () => {
    const monitors = prod.filter((o) => o.kind === "PodMonitor");
    for (const workload of prod.filter((o) => o.kind === "Deployment" || o.kind === "StatefulSet")) {
      const labels = workload.spec.template.metadata.labels as Record<string, string>;
      const ports = workload.spec.template.spec.containers
        .flatMap((c: { ports?: { name?: string }[] }) => c.ports ?? [])
        .map((p: { name?: string }) => p.name);
      const scraped = monitors.some((m) => {
        const sel = m.spec.selector;
        const byLabels = Object.entries(sel.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
        const byExpr = (sel.matchExpressions ?? []).every((e: { key: string; values: string[] }) =>
          e.values.includes(labels[e.key] ?? ""),
        );
        return byLabels && byExpr && m.spec.podMetricsEndpoints.every((e: { port: string }) => ports.includes(e.port));
      });
      expect(scraped, `${workload.kind}/${workload.metadata.name}`).toBe(true);
    }
  });

  it("the arena HPA scales on a metric the prometheus-adapter rules serve, with a CPU fallback", () => {
    const hpa = prod.find((o) => o.kind === "HorizontalPodAutoscaler");
    const metrics = hpa?.spec.metrics as {
      type: string;
      pods?: { metric: { name: string } };
      resource?: { name: string };
    }[];
    const custom = metrics.find((m) => m.type === "Pods")?.pods?.metric.name ?? "";
    const adapter = readFileSync(resolve(DEPLOY_DIR, "observability/prometheus-adapter-rules.yaml"), "utf8");
    const series = /seriesQuery: '\{__name__=~"([^"]+)"/.exec(adapter)?.[1] ?? "$^";
    expect(new RegExp(`^(?:${series})$`).test(custom)).toBe(true);
    expect(definedMetrics().has(custom)).toBe(true);
    expect(metrics.some((m) => m.type === "Resource" && m.resource?.name === "cpu")).toBe(true);
  });
});
