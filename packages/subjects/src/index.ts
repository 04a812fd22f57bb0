import { arenaSubject, gatewaySubject, subjectToken, zoneSubject } from "@zonebus/bus";

/**
 * The subject table and store bucket names of one zone (docs/ARCHITECTURE.md). Every service
 * builds its subjects here, so a name cannot drift between publisher and subscriber.
 */
export interface ZoneSubjects {
  readonly zone: string;
  readonly masterLogin: string;
  readonly masterEnter: string;
  readonly masterLeft: string;
  readonly masterArenaLeft: string;
  readonly masterChat: string;
  readonly masterNews: string;
  /** Request: a draining replica hands an arena back for placement elsewhere (`HandoverRequest`). */
  readonly masterHandover: string;
  /** Broadcast to gateways: an arena lost its owner (hold its input) or has a new one (`ArenaOwner`). */
  readonly arenaOwner: string;
  readonly masterRedirect: string;
  /** Request to the active biller bridge: check a login (`BillerLoginRequest`). */
  readonly billerLogin: string;
  /** From the master to the active biller bridge: what the biller is told of players (`BillerEvent`). */
  readonly billerEvents: string;
  /** From the biller bridge to the master: what the biller asked of the zone (`BillerNoticeMessage`). */
  readonly masterBiller: string;
  /** From gateways to the master: a player's registration form or banner (`PlayerData`). */
  readonly masterPlayerData: string;
  replicaAttach(replicaId: string): string;
  /** Request: an operator asks a replica to hand off every arena and exit (`DrainRequest`). */
  replicaDrain(replicaId: string): string;
  /** Request from the active master: hand one arena to another replica (`MoveArena`, rebalancing). */
  replicaMove(replicaId: string): string;
  arenaIn(arena: string): string;
  /** Request, empty both ways: answered by the replica serving the arena; "no responders" means none does. */
  arenaProbe(arena: string): string;
  gatewayOut(gatewayId: string): string;
  gatewayControl(gatewayId: string): string;
  gatewayRoster(gatewayId: string): string;
  readonly buckets: {
    readonly players: string;
    readonly arenaOwners: string;
    readonly replicas: string;
    readonly gateways: string;
    readonly files: string;
    readonly masterLease: string;
    readonly scores: string;
    readonly arenaState: string;
    readonly redirects: string;
    readonly secrets: string;
    readonly billerLease: string;
    readonly billerQueue: string;
    readonly billerLogins: string;
  };
}

/**
 * Bucket-wide expiry of each store bucket. Every process opening a bucket must pass the same
 * value (a store refuses a bucket reopened with another TTL), so they are defined once here.
 * Owners re-put leases and heartbeats at a third of the TTL.
 *
 * `arenaOwners` is the arena lease time, the bound on how long a crashed replica's arenas stay
 * orphaned; it is the default of the arena replica's and the master's `--lease` option, which
 * every process of a zone must set alike. `arenaState` holds one snapshot per arena (written
 * at every lease renewal and at a handover) and never expires: a crashed owner's last
 * snapshot must outlive its lease; the snapshot is deleted when an arena is closed empty.
 */
export const BUCKET_TTL_MS = Object.freeze({
  players: 0,
  arenaOwners: 3_000,
  replicas: 3_000,
  gateways: 6_000,
  files: 0,
  scores: 0,
  arenaState: 0,
  // Upper bound of a redirect ticket's life; each ticket carries its own, shorter, expiry.
  redirects: 300_000,
  secrets: 0,
  billerLease: 3_000,
  billerQueue: 0,
  billerLogins: 0,
});

/**
 * How often a record that lapses after `ttlMs` (a lease, a heartbeat) is written again: every
 * third of its life, so two writes may be lost before it lapses.
 */
export function renewIntervalMs(ttlMs: number): number {
  return Math.floor(ttlMs / 3);
}

/** Shortest arena lease (`--lease`): the store's TTL floor is 100 ms and owners renew at a third. */
export const MIN_LEASE_MS = 300;

/** Queue group shared by master instances for requests. */
export const MASTER_QUEUE = "master";

/** Zone ids appear in subjects and JetStream bucket names, so they keep to this alphabet. */
export const ZONE_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;

export function zoneSubjects(zone: string): ZoneSubjects {
  if (!ZONE_ID_PATTERN.test(zone)) throw new RangeError(`zone id "${zone}" must match ${ZONE_ID_PATTERN}`);
  const z = zone;
  return Object.freeze({
    zone,
    masterLogin: zoneSubject(zone, "master.login"),
    masterEnter: zoneSubject(zone, "master.enter"),
    masterLeft: zoneSubject(zone, "master.left"),
    masterArenaLeft: zoneSubject(zone, "master.arena-left"),
    masterChat: zoneSubject(zone, "master.chat"),
    masterNews: zoneSubject(zone, "master.news"),
    masterHandover: zoneSubject(zone, "master.handover"),
    arenaOwner: zoneSubject(zone, "arenas.owner"),
    masterRedirect: zoneSubject(zone, "master.redirect"),
    billerLogin: zoneSubject(zone, "biller.login"),
    billerEvents: zoneSubject(zone, "biller.events"),
    masterBiller: zoneSubject(zone, "master.biller"),
    masterPlayerData: zoneSubject(zone, "master.player-data"),
    replicaAttach: (id: string) => zoneSubject(zone, `replica.${subjectToken(id)}.attach`),
    replicaDrain: (id: string) => zoneSubject(zone, `replica.${subjectToken(id)}.drain`),
    replicaMove: (id: string) => zoneSubject(zone, `replica.${subjectToken(id)}.move`),
    arenaIn: (arena: string) => arenaSubject(zone, arena, "in"),
    arenaProbe: (arena: string) => arenaSubject(zone, arena, "probe"),
    gatewayOut: (id: string) => gatewaySubject(zone, id, "out"),
    gatewayControl: (id: string) => gatewaySubject(zone, id, "ctl"),
    gatewayRoster: (id: string) => gatewaySubject(zone, id, "roster"),
    buckets: Object.freeze({
      players: `zb-${z}-players`,
      arenaOwners: `zb-${z}-arena-owners`,
      replicas: `zb-${z}-replicas`,
      gateways: `zb-${z}-gateways`,
      files: `zb-${z}-files`,
      masterLease: `zb-${z}-master-lease`,
      scores: `zb-${z}-scores`,
      arenaState: `zb-${z}-arena-state`,
      redirects: `zb-${z}-redirects`,
      secrets: `zb-${z}-secrets`,
      billerLease: `zb-${z}-biller-lease`,
      billerQueue: `zb-${z}-biller-queue`,
      billerLogins: `zb-${z}-biller-logins`,
    }),
  });
}
