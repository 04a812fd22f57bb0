import { S2CCodecs, S2CType } from "@zonebus/protocol";
import { type PlayerSession, SessionState } from "./player-session.js";

const KEEPALIVE = S2CCodecs.KeepAlive.encode({ type: S2CType.KeepAlive });

/**
 * Sends S2C `0x27` reliably to every player in an arena every `intervalMs`, as ASSS's core does
 * (core.md §9): a client hears nothing else from a quiet arena and gives up on a server silent for
 * 30 s. Players not in an arena get none, as in ASSS.
 */
export class KeepAlive {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly sessions: () => Iterable<PlayerSession>,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    if (this.intervalMs <= 0 || this.timer) return;
    this.timer = setInterval(() => this.send(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private send(): void {
    for (const s of this.sessions()) if (s.state === SessionState.Playing) s.link.sendReliable(KEEPALIVE);
  }
}
