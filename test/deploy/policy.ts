import type { K8sObject } from "./render.js";

/**
 * Checks an operator relies on for the manifests to come up and stay up, over rendered objects.
 * Each returns the violations it found (empty = passes), so a test can show a mutated object
 * failing it.
 */
export type Policy = (objects: readonly K8sObject[]) => string[];

const WORKLOAD_KINDS = new Set(["Deployment", "StatefulSet", "DaemonSet"]);

// biome-ignore lint/suspicious/noExplicitAny: a pod spec from rendered YAML
type PodSpec = any;
// biome-ignore lint/suspicious/noExplicitAny: a container from rendered YAML
type Container = any;

export function workloads(objects: readonly K8sObject[]): K8sObject[] {
  return objects.filter((o) => WORKLOAD_KINDS.has(o.kind));
}

function podSpec(w: K8sObject): PodSpec {
  return w.spec.template.spec;
}

function containersOf(w: K8sObject, withInit = true): Container[] {
  const spec = podSpec(w);
  return [...(spec.containers ?? []), ...(withInit ? (spec.initContainers ?? []) : [])];
}

function configMapData(objects: readonly K8sObject[], name: string): Record<string, string> | undefined {
  return objects.find(
    (o) => o.kind === "ConfigMap" && (o.metadata.name === name || o.metadata.name.startsWith(`${name}-`)),
  )?.data;
}

/** The environment a container sees from its env and envFrom ConfigMaps (ConfigMaps first, env wins). */
function environmentOf(objects: readonly K8sObject[], c: Container): Record<string, string> {
  const env: Record<string, string> = {};
  for (const from of c.envFrom ?? []) Object.assign(env, configMapData(objects, from.configMapRef?.name ?? "") ?? {});
  for (const e of c.env ?? []) if (typeof e.value === "string") env[e.name] = e.value;
  return env;
}

/** Long-running containers have startup, readiness and liveness probes on a port they declare. */
export const probesPointAtDeclaredPorts: Policy = (objects) => {
  const out: string[] = [];
  for (const w of workloads(objects))
    for (const c of containersOf(w, false)) {
      const where = `${w.kind}/${w.metadata.name} ${c.name}`;
      const ports = c.ports ?? [];
      for (const kind of ["readinessProbe", "livenessProbe"] as const) {
        const probe = c[kind];
        if (!probe) {
          out.push(`${where}: no ${kind}`);
          continue;
        }
        const port = probe.httpGet?.port ?? probe.tcpSocket?.port;
        const declared = ports.some(
          (p: { name?: string; containerPort: number }) => p.name === port || p.containerPort === port,
        );
        if (!declared) out.push(`${where}: ${kind} targets port ${String(port)}, which the container does not declare`);
      }
    }
  return out;
};

/** zonebus containers serve their ops endpoint on every address and probe /healthz and /readyz on it. */
export const opsEndpointReachable: Policy = (objects) => {
  const out: string[] = [];
  for (const w of workloads(objects))
    for (const c of containersOf(w, false)) {
      if (!String(c.image).includes("zonebus")) continue;
      const where = `${w.kind}/${w.metadata.name} ${c.name}`;
      const env = environmentOf(objects, c);
      if (env.OPS_HOST !== "0.0.0.0")
        out.push(`${where}: OPS_HOST is ${env.OPS_HOST ?? "unset (127.0.0.1)"}, not 0.0.0.0`);
      const opsPort = Number(env.OPS_PORT ?? 9100);
      const ops = (c.ports ?? []).find((p: { containerPort: number }) => p.containerPort === opsPort);
      if (!ops) out.push(`${where}: the ops port ${opsPort} is not declared`);
      if (!c.startupProbe) out.push(`${where}: no startupProbe`);
      if (c.readinessProbe?.httpGet?.path !== "/readyz") out.push(`${where}: readiness is not /readyz`);
      if (c.livenessProbe?.httpGet?.path !== "/healthz") out.push(`${where}: liveness is not /healthz`);
      for (const kind of ["startupProbe", "readinessProbe", "livenessProbe"]) {
        const port = c[kind]?.httpGet?.port;
        if (ops && port !== undefined && port !== ops.name && port !== ops.containerPort)
          out.push(`${where}: ${kind} is not on the ops port`);
      }
    }
  return out;
};

/** Pods run as a numeric non-root user, read-only, without capabilities or privilege escalation. */
export const nonRootReadOnly: Policy = (objects) => {
  const out: string[] = [];
  for (const w of workloads(objects)) {
    const pod = podSpec(w).securityContext ?? {};
    for (const c of containersOf(w)) {
      const where = `${w.kind}/${w.metadata.name} ${c.name}`;
      const sc = { ...pod, ...(c.securityContext ?? {}) };
      if (sc.runAsNonRoot !== true) out.push(`${where}: runAsNonRoot is not true`);
      if (!Number.isInteger(sc.runAsUser) || sc.runAsUser === 0) out.push(`${where}: no numeric non-root runAsUser`);
      if (sc.readOnlyRootFilesystem !== true) out.push(`${where}: the root filesystem is writable`);
      if (sc.allowPrivilegeEscalation !== false) out.push(`${where}: privilege escalation allowed`);
      if (!(sc.capabilities?.drop ?? []).includes("ALL")) out.push(`${where}: capabilities not dropped`);
      if (sc.seccompProfile?.type !== "RuntimeDefault") out.push(`${where}: no RuntimeDefault seccomp profile`);
    }
  }
  return out;
};

/** Every container has CPU and memory requests and limits. */
export const resourcesLimited: Policy = (objects) => {
  const out: string[] = [];
  for (const w of workloads(objects))
    for (const c of containersOf(w)) {
      const r = c.resources ?? {};
      for (const part of ["requests", "limits"])
        for (const res of ["cpu", "memory"])
          if (r[part]?.[res] === undefined)
            out.push(`${w.kind}/${w.metadata.name} ${c.name}: no ${res} ${part.slice(0, -1)}`);
    }
  return out;
};

function selects(
  selector: { matchLabels?: Record<string, string> } | undefined,
  labels: Record<string, string>,
): boolean {
  const wanted = Object.entries(selector?.matchLabels ?? {});
  return wanted.length > 0 && wanted.every(([k, v]) => labels[k] === v);
}

/** Every workload's pods are selected by a PodDisruptionBudget. */
export const disruptionBudgetForEveryWorkload: Policy = (objects) => {
  const pdbs = objects.filter((o) => o.kind === "PodDisruptionBudget");
  return workloads(objects)
    .filter((w) => !pdbs.some((p) => selects(p.spec.selector, w.spec.template.metadata.labels ?? {})))
    .map((w) => `${w.kind}/${w.metadata.name}: no PodDisruptionBudget selects its pods`);
};

/** What each zonebus service needs between SIGTERM and its exit, by workload name, in ms. */
export type DrainTimes = Readonly<Record<string, number>>;

/** Margin past the drain for the bus close, the ops server close and the process exit. */
export const GRACE_MARGIN_MS = 15_000;

/** terminationGracePeriodSeconds covers each service's drain with margin. */
export function graceCoversDrain(drains: DrainTimes): Policy {
  return (objects) => {
    const out: string[] = [];
    for (const [name, drainMs] of Object.entries(drains)) {
      const w = workloads(objects).find((o) => o.metadata.name === name);
      if (!w) {
        out.push(`${name}: no workload`);
        continue;
      }
      const graceMs = (podSpec(w).terminationGracePeriodSeconds ?? 30) * 1000;
      if (graceMs < drainMs + GRACE_MARGIN_MS)
        out.push(`${name}: grace ${graceMs} ms < drain ${drainMs} ms + margin ${GRACE_MARGIN_MS} ms`);
    }
    return out;
  };
}

/** NATS starts all servers at once and publishes not-ready addresses, so the cluster can form. */
export const natsFormsOnFirstStart: Policy = (objects) => {
  const out: string[] = [];
  const sts = objects.find((o) => o.kind === "StatefulSet" && o.metadata.name === "nats");
  if (!sts) return ["no nats StatefulSet"];
  if (sts.spec.podManagementPolicy !== "Parallel") out.push("nats: podManagementPolicy is not Parallel");
  const svc = objects.find((o) => o.kind === "Service" && o.metadata.name === sts.spec.serviceName);
  if (!svc) out.push(`nats: no governing Service ${sts.spec.serviceName}`);
  else {
    if (svc.spec.clusterIP !== "None") out.push("nats: the governing Service is not headless");
    if (svc.spec.publishNotReadyAddresses !== true)
      out.push("nats: the headless Service does not publish not-ready addresses");
  }
  const nats = containersOf(sts, false).find((c) => c.name === "nats");
  if (nats?.readinessProbe?.httpGet?.path !== "/healthz?js-server-only=true")
    out.push("nats: readiness is not js-server-only");
  if (nats?.livenessProbe?.httpGet?.path !== "/healthz?js-enabled-only=true")
    out.push("nats: liveness is not js-enabled-only");
  if (!String(nats?.lifecycle?.preStop?.exec?.command ?? "").includes("ldm=")) out.push("nats: no lame-duck preStop");
  const pdb = objects.find(
    (o) => o.kind === "PodDisruptionBudget" && selects(o.spec.selector, sts.spec.template.metadata.labels),
  );
  if (pdb?.spec.maxUnavailable !== 1) out.push("nats: no PodDisruptionBudget with maxUnavailable 1");
  if ((podSpec(sts).topologySpreadConstraints ?? []).length === 0) out.push("nats: no topology spread");
  return out;
};

/** A NetworkPolicy lets NATS clients (4222) in only from zonebus pods. */
export const natsClientPortRestricted: Policy = (objects) => {
  const policies = objects.filter((o) => o.kind === "NetworkPolicy" && selects(o.spec.podSelector, { app: "nats" }));
  if (policies.length === 0) return ["no NetworkPolicy selects the NATS pods"];
  const out: string[] = [];
  for (const p of policies)
    for (const rule of p.spec.ingress ?? []) {
      const ports: unknown[] = (rule.ports ?? []).map((x: { port: unknown }) => x.port);
      if (ports.length > 0 && !ports.includes(4222)) continue;
      const from = rule.from ?? [];
      const onlyZonebus =
        from.length > 0 &&
        from.every(
          (f: {
            podSelector?: { matchLabels?: Record<string, string> };
            namespaceSelector?: unknown;
            ipBlock?: unknown;
          }) =>
            f.namespaceSelector === undefined &&
            f.ipBlock === undefined &&
            f.podSelector?.matchLabels?.["app.kubernetes.io/part-of"] === "zonebus",
        );
      if (!onlyZonebus) out.push(`NetworkPolicy/${p.metadata.name}: 4222 is open beyond zonebus pods`);
    }
  return out;
};

/** Every image has an explicit tag that is not `latest`. */
export const imagesPinned: Policy = (objects) => {
  const out: string[] = [];
  for (const w of workloads(objects))
    for (const c of containersOf(w)) {
      const image = String(c.image);
      const tag = /:([^/:@]+)$/.exec(image)?.[1];
      if (!image.includes("@sha256:") && (tag === undefined || tag === "latest"))
        out.push(`${w.kind}/${w.metadata.name} ${c.name}: image ${image} is not pinned`);
    }
  return out;
};
