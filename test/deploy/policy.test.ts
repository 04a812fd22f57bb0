import { arenaOptions } from "@zonebus/arena";
import { gatewayOptions } from "@zonebus/gateway";
import { leadershipOptions, masterOptions } from "@zonebus/master";
import { describe, expect, it } from "vitest";
import {
  type DrainTimes,
  disruptionBudgetForEveryWorkload,
  graceCoversDrain,
  imagesPinned,
  natsClientPortRestricted,
  natsFormsOnFirstStart,
  nonRootReadOnly,
  opsEndpointReachable,
  type Policy,
  probesPointAtDeclaredPorts,
  resourcesLimited,
} from "./policy.js";
import { type K8sObject, KUSTOMIZATIONS, render } from "./render.js";

/**
 * What each service does between SIGTERM and exit, from the defaults in its option definitions:
 * the gateway waits --drain-grace for redirected players; an arena replica hands its arenas over
 * in up to 3 rounds of --handover-timeout; a master answers attaches in flight and lets its
 * lease go.
 */
const DRAINS: DrainTimes = {
  gateway: gatewayOptions.drainGraceMs.default + gatewayOptions.requestTimeoutMs.default,
  arena: 3 * arenaOptions.handoverTimeoutMs.default,
  master: masterOptions.attachTimeoutMs.default + leadershipOptions.leaseTtlMs.default,
};

const POLICIES: Record<string, Policy> = {
  probesPointAtDeclaredPorts,
  opsEndpointReachable,
  nonRootReadOnly,
  resourcesLimited,
  disruptionBudgetForEveryWorkload,
  graceCoversDrain: graceCoversDrain(DRAINS),
  natsFormsOnFirstStart,
  natsClientPortRestricted,
  imagesPinned,
};

describe.each(KUSTOMIZATIONS)("policies on %s", (kustomization) => {
  const objects = render(kustomization);
  it.each(Object.keys(POLICIES))("%s holds", (name) => {
    expect(POLICIES[name]!(objects)).toEqual([]);
  });
});

/** The base rendered, with one object changed by `mutate`. */
function mutated(kind: string, name: string, mutate: (o: K8sObject) => void): K8sObject[] {
  const objects = structuredClone(render("base"));
  const target = objects.find((o) => o.kind === kind && o.metadata.name === name);
  if (!target) throw new Error(`no ${kind}/${name}`);
  mutate(target);
  return objects;
}

const container = (o: K8sObject, i = 0) => o.spec.template.spec.containers[i];

describe("each policy fails on a manifest that breaks it", () => {
  it("a probe on an undeclared port", () => {
    const objects = mutated("Deployment", "arena", (o) => {
      container(o).livenessProbe.httpGet.port = "metrics";
    });
    expect(probesPointAtDeclaredPorts(objects)).toEqual([
      "Deployment/arena arena: livenessProbe targets port metrics, which the container does not declare",
    ]);
  });

  it("the ops endpoint left on 127.0.0.1", () => {
    const objects = mutated("ConfigMap", "zonebus", (o) => {
      delete o.data!.OPS_HOST;
    });
    expect(opsEndpointReachable(objects)).toContain(
      "Deployment/master master: OPS_HOST is unset (127.0.0.1), not 0.0.0.0",
    );
  });

  it("a missing startup probe", () => {
    const objects = mutated("Deployment", "gateway", (o) => {
      delete container(o).startupProbe;
    });
    expect(opsEndpointReachable(objects)).toEqual(["Deployment/gateway gateway: no startupProbe"]);
  });

  it("a container running as root", () => {
    const objects = mutated("Deployment", "master", (o) => {
      o.spec.template.spec.securityContext.runAsUser = 0;
    });
    expect(nonRootReadOnly(objects)).toEqual(["Deployment/master master: no numeric non-root runAsUser"]);
  });

  it("a writable root filesystem", () => {
    const objects = mutated("StatefulSet", "nats", (o) => {
      container(o).securityContext.readOnlyRootFilesystem = false;
    });
    expect(nonRootReadOnly(objects)).toEqual(["StatefulSet/nats nats: the root filesystem is writable"]);
  });

  it("a container without a memory limit", () => {
    const objects = mutated("Deployment", "arena", (o) => {
      delete container(o).resources.limits.memory;
    });
    expect(resourcesLimited(objects)).toEqual(["Deployment/arena arena: no memory limit"]);
  });

  it("a workload no PodDisruptionBudget selects", () => {
    const objects = mutated("PodDisruptionBudget", "gateway", (o) => {
      o.spec.selector.matchLabels = { app: "gateways" };
    });
    expect(disruptionBudgetForEveryWorkload(objects)).toEqual([
      "Deployment/gateway: no PodDisruptionBudget selects its pods",
    ]);
  });

  it("a grace period shorter than the drain", () => {
    const objects = mutated("Deployment", "arena", (o) => {
      o.spec.template.spec.terminationGracePeriodSeconds = 20;
    });
    expect(graceCoversDrain(DRAINS)(objects)).toEqual([
      `arena: grace 20000 ms < drain ${DRAINS.arena} ms + margin 15000 ms`,
    ]);
  });

  it("NATS started in order, or without not-ready addresses", () => {
    const ordered = mutated("StatefulSet", "nats", (o) => {
      o.spec.podManagementPolicy = "OrderedReady";
    });
    expect(natsFormsOnFirstStart(ordered)).toEqual(["nats: podManagementPolicy is not Parallel"]);
    const hidden = mutated("Service", "nats", (o) => {
      o.spec.publishNotReadyAddresses = false;
    });
    expect(natsFormsOnFirstStart(hidden)).toEqual(["nats: the headless Service does not publish not-ready addresses"]);
  });

  it("NATS readiness that waits for a JetStream meta leader", () => {
    const objects = mutated("StatefulSet", "nats", (o) => {
      container(o).readinessProbe.httpGet.path = "/healthz";
    });
    expect(natsFormsOnFirstStart(objects)).toEqual(["nats: readiness is not js-server-only"]);
  });

  it("4222 open to every pod", () => {
    const objects = mutated("NetworkPolicy", "nats", (o) => {
      o.spec.ingress[0].from = [{ podSelector: {} }];
    });
    expect(natsClientPortRestricted(objects)).toEqual(["NetworkPolicy/nats: 4222 is open beyond zonebus pods"]);
  });

  it("an image on :latest or without a tag", () => {
    const objects = mutated("Deployment", "master", (o) => {
      container(o).image = "ghcr.io/zonebus/zonebus:latest";
    });
    expect(imagesPinned(objects)).toEqual([
      "Deployment/master master: image ghcr.io/zonebus/zonebus:latest is not pinned",
    ]);
    const untagged = mutated("StatefulSet", "nats", (o) => {
      container(o).image = "nats";
    });
    expect(imagesPinned(untagged)).toEqual(["StatefulSet/nats nats: image nats is not pinned"]);
  });
});
