import { setTimeout as sleep } from "node:timers/promises";
import type { Bus } from "@zonebus/bus";
import { zonebus } from "@zonebus/proto";
import type { ZoneSubjects } from "@zonebus/subjects";
import type { Logger } from "pino";
import type { Counter } from "prom-client";
import { SessionState } from "./player-session.js";
import type { ClientWire } from "./wire.js";

/** What draining needs of a connection. */
export interface DrainableSession {
  readonly pid: number;
  readonly name: string;
  readonly arena: string;
  readonly state: SessionState;
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
 * arena; the others are told and disconnected. A login that completes during the drain is handed
 * on the same way. Resolves once every client left or `graceMs` passed; whoever is still
 * connected then is disconnected.
 */
export async function drainSessions(deps: DrainDeps): Promise<void> {
  const { log } = deps;
  const start = performance.now();
  /** Players asked about, and of those the ones that cannot follow (told and left to read it). */
  const asked = new Set<DrainableSession>();
  const told = new Set<DrainableSession>();
  const handOn = async (s: DrainableSession) => {
    asked.add(s);
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
  };
  // Logged-in players not asked about yet: at first every one, later those whose login was
  // under way when the drain began (new logins are refused meanwhile).
  const unasked = () => [...deps.sessions()].filter((s) => s.pid >= 0 && !asked.has(s));
  log.info({ players: unasked().length, graceMs: deps.graceMs }, "draining: redirecting players to other gateways");
  for (;;) {
    await Promise.all(unasked().map(handOn));
    const waited = performance.now() - start;
    // A login the master is still answering will be handed on once it lands.
    const followersLeft = [...deps.sessions()].some(
      (s) => (s.pid >= 0 && !told.has(s)) || s.state === SessionState.Authenticating,
    );
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
