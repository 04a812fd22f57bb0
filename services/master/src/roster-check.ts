import type { Bus } from "@zonebus/bus";
import { zonebus } from "@zonebus/proto";
import type { ZoneSubjects } from "@zonebus/subjects";
import type { PlayerRecord } from "./directory.js";

/** A record this young may belong to a login whose reply is still on its way to the gateway. */
export const ROSTER_GRACE_MS = 1_000;

export interface RosterCheckDeps {
  readonly bus: Bus;
  readonly subjects: ZoneSubjects;
  /** How long each gateway may take to answer. */
  readonly timeoutMs: number;
  /** Wall-clock ms, as `PlayerRecord.loginMs`. */
  readonly now?: () => number;
}

/**
 * The directory records whose player is no longer on its gateway: a leave published while no
 * master served (a standby taking over) is lost with the bus's at-most-once delivery, and would
 * otherwise keep the name and pid taken. Asks every gateway named in `records` for its roster at
 * once; a gateway that does not answer is left to the gateway watch (it may be gone entirely).
 */
export async function recordsMissingFromGateways(
  records: readonly PlayerRecord[],
  deps: RosterCheckDeps,
): Promise<PlayerRecord[]> {
  const now = (deps.now ?? Date.now)();
  const byGateway = new Map<string, PlayerRecord[]>();
  for (const rec of records) {
    if (now - rec.loginMs < ROSTER_GRACE_MS) continue;
    const gw = rec.info?.gateway ?? "";
    byGateway.set(gw, [...(byGateway.get(gw) ?? []), rec]);
  }
  const missing = await Promise.all(
    [...byGateway].map(async ([gateway, recs]) => {
      const roster = await fetchRoster(gateway, deps);
      return roster ? recs.filter((r) => !roster.has(r.info?.pid ?? -1)) : [];
    }),
  );
  return missing.flat();
}

/** The pids logged in through `gateway` now, or undefined when it does not answer in time. */
export async function fetchRoster(
  gateway: string,
  deps: Omit<RosterCheckDeps, "now">,
): Promise<ReadonlySet<number> | undefined> {
  try {
    const reply = await deps.bus.request(deps.subjects.gatewayRoster(gateway), new Uint8Array(0), {
      timeoutMs: deps.timeoutMs,
    });
    return new Set(zonebus.GatewayRoster.decode(reply.data).pids);
  } catch {
    return undefined;
  }
}
