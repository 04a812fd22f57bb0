import { setTimeout as sleep } from "node:timers/promises";
import type { Bus } from "@zonebus/bus";
import { zonebus } from "@zonebus/proto";
import type { ZoneSubjects } from "@zonebus/subjects";
import type { Logger } from "pino";
import type { Counter } from "prom-client";
import type { ClientWire } from "./wire.js";

/** What draining needs of a connection. */
export interface DrainableSession {
  readonly pid: number;
  readonly name: string;
  readonly arena: string;
  readonly link: { sendReliable(packet: Uint8Array): void; close(): void };
}

export interface DrainDeps {
  readonly gatewayId: string;
  readonly bus: Bus;
  readonly subjects: ZoneSubjects;
  readonly wire: ClientWire;
  readonly log: Logger;
  /** `zb_gateway_drained_total{result}`: redirected, told, gone. */
  readonly drained: Counter<"result">;
  readonly requestTimeoutMs: number;
  /** Longest the drain waits for redirected clients to leave. */
  readonly graceMs: number;
  /** How long a client that cannot follow gets to read the message before it is disconnected. */
  readonly noticeMs: number;
  /** The connections still open (live: shrinks as clients leave). */
  readonly sessions: () => ReadonlySet<DrainableSession>;
}

const POLL_MS = 50;

/**
 * Empties a stopping gateway without kicking its players: each logged-in client that can follow
 * a redirect is sent (by the master, which records its ticket) to another live gateway, into its
 * arena; the others are told and disconnected. Resolves once every client left or `graceMs`
 * passed; whoever is still connected then is disconnected.
 */
export async function drainSessions(deps: DrainDeps): Promise<void> {
  const { log } = deps;
  const start = performance.now();
  const players = [...deps.sessions()].filter((s) => s.pid >= 0);
  const told = new Set<DrainableSession>();
  log.info({ players: players.length, graceMs: deps.graceMs }, "draining: redirecting players to other gateways");
  await Promise.all(
    players.map(async (s) => {
      const result = await requestRedirect(deps, s);
      if (result.ok) {
        deps.drained.inc({ result: "redirected" });
        log.info({ pid: s.pid, name: s.name, arena: s.arena, target: result.target }, "drain: player redirected");
        return;
      }
      deps.drained.inc({ result: "told" });
      log.info({ pid: s.pid, name: s.name, why: result.error }, "drain: player cannot be redirected");
      s.link.sendReliable(deps.wire.systemMessage(`This server is restarting: please reconnect (${result.error}).`));
      told.add(s);
    }),
  );
  for (;;) {
    const waited = performance.now() - start;
    const open = [...deps.sessions()];
    const followersLeft = open.some((s) => !told.has(s) && s.pid >= 0);
    if (waited >= deps.graceMs || (!followersLeft && (told.size === 0 || waited >= deps.noticeMs))) break;
    await sleep(POLL_MS);
  }
  const remaining = [...deps.sessions()];
  for (const s of remaining) {
    if (!told.has(s) && s.pid >= 0) deps.drained.inc({ result: "gone" });
    s.link.close();
  }
  log.info(
    { ms: Math.round(performance.now() - start), disconnected: remaining.length },
    remaining.length === 0 ? "drained: every client left" : "drain over: disconnected the remaining clients",
  );
}

async function requestRedirect(deps: DrainDeps, s: DrainableSession): Promise<zonebus.RedirectReply> {
  try {
    const msg = await deps.bus.request(
      deps.subjects.masterRedirect,
      zonebus.RedirectRequest.encode({ player: { pid: s.pid, gateway: deps.gatewayId }, reason: "drain" }).finish(),
      { timeoutMs: deps.requestTimeoutMs },
    );
    return zonebus.RedirectReply.decode(msg.data);
  } catch (err) {
    return zonebus.RedirectReply.create({ ok: false, error: `the zone did not answer (${(err as Error).message})` });
  }
}
