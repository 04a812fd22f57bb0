import { Gauge, type Registry } from "prom-client";

/** A replica's load as its last heartbeat reported it. */
export interface ReplicaLoad {
  /** Players in the arenas it holds. */
  readonly players: number;
  /** Arenas it holds. */
  readonly arenas: number;
  /** Its process CPU share over the last heartbeat interval (0..1 per core). */
  readonly cpu: number;
}

/**
 * Publishes a replica's load as Prometheus gauges. The names are a contract: the Kubernetes
 * HorizontalPodAutoscaler scales arena replicas on them through prometheus-adapter.
 *
 * `zb_arena_replica_deletion_cost` is the value for the pod's
 * `controller.kubernetes.io/pod-deletion-cost` annotation (players held), so a scale-in removes
 * the emptiest replica first. The replica has no Kubernetes API client: an operator's sidecar
 * or controller copies the gauge onto the annotation.
 */
export function registerReplicaLoadGauges(registry: Registry, load: () => ReplicaLoad): void {
  const gauge = (name: string, help: string, read: (l: ReplicaLoad) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(read(load()));
      },
    });
  gauge("zb_arena_replica_players", "Players in the arenas this replica holds", (l) => l.players);
  gauge("zb_arena_replica_arenas", "Arenas this replica holds", (l) => l.arenas);
  gauge("zb_arena_replica_cpu", "This replica's process CPU share over the last heartbeat interval", (l) => l.cpu);
  gauge(
    "zb_arena_replica_deletion_cost",
    "Value for the pod's controller.kubernetes.io/pod-deletion-cost annotation: players held (scale-in drops the emptiest replica first)",
    (l) => l.players,
  );
}
