import { describe, expect, it } from "vitest";
import { type K8sObject, KUSTOMIZATIONS, render } from "./render.js";
import { StrictValidator } from "./schemas.js";

const validator = new StrictValidator();

describe.each(KUSTOMIZATIONS)("kustomization %s", (kustomization) => {
  const objects = render(kustomization);

  it("renders offline into objects that all carry the zonebus namespace or are cluster-wide", () => {
    expect(objects.length).toBeGreaterThan(10);
    const clusterWide = new Set(["Namespace", "ClusterRole", "ClusterRoleBinding"]);
    for (const o of objects)
      if (!clusterWide.has(o.kind)) expect(o.metadata.namespace, `${o.kind}/${o.metadata.name}`).toBe("zonebus");
  });

  it("validates strictly against the Kubernetes 1.34 and prometheus-operator schemas", () => {
    expect(objects.flatMap((o) => validator.errors(o))).toEqual([]);
  });
});

describe("the strict validator", () => {
  const deployment = render("base").find((o) => o.kind === "Deployment" && o.metadata.name === "master") as K8sObject;

  it("rejects an unknown field deep in a pod template (a misspelt probe)", () => {
    const copy = structuredClone(deployment);
    copy.spec.template.spec.containers[0].livenesProbe = copy.spec.template.spec.containers[0].livenessProbe;
    expect(validator.errors(copy).join("\n")).toContain("livenesProbe");
  });

  it("rejects a wrong type", () => {
    const copy = structuredClone(deployment);
    copy.spec.replicas = "two";
    expect(validator.errors(copy)).not.toEqual([]);
  });

  it("rejects an unknown field in a PrometheusRule", () => {
    const rule = render("overlays/prod").find((o) => o.kind === "PrometheusRule") as K8sObject;
    const copy = structuredClone(rule);
    copy.spec.groups[0].rules[0].expresion = "up";
    expect(validator.errors(copy).join("\n")).toContain("expresion");
  });

  it("refuses a kind it has no schema for", () => {
    expect(validator.errors({ apiVersion: "example.com/v1", kind: "Widget", metadata: { name: "w" } })).toEqual([
      "no vendored schema widget-example-v1.json for example.com/v1 Widget",
    ]);
  });
});
