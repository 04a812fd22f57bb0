import type { Bus } from "@zonebus/bus";
import type { zonebus } from "@zonebus/proto";
import type { ZoneSubjects } from "@zonebus/subjects";
import type { Logger } from "pino";
import { type ArenaPlayer, newArenaPlayer } from "./arena-player.js";
import { Outbox } from "./outbox.js";
import type { ArenaRuntime } from "./replica-service.js";

/** Team:SpectatorFrequency default. */
export const DEFAULT_SPEC_FREQ = 8025;

export interface ArenaDeps {
  readonly bus: Bus;
  readonly subjects: ZoneSubjects;
  readonly logger: Logger;
}

/** One arena's simulation, fed by its input subject, answering through the outbox. */
export class Arena implements ArenaRuntime {
  readonly players = new Map<number, ArenaPlayer>();
  private readonly outbox: Outbox;
  private readonly log: Logger;

  constructor(
    readonly name: string,
    deps: ArenaDeps,
  ) {
    this.outbox = new Outbox(deps.bus, deps.subjects);
    this.log = deps.logger.child({ svc: "arena", arena: name });
  }

  get playerCount(): number {
    return this.players.size;
  }

  handleInput(input: zonebus.IArenaInput): void {
    switch (input.kind) {
      case "enter":
        if (input.enter) this.enter(input.enter);
        break;
      case "leavePid":
        this.leave(input.leavePid ?? -1);
        break;
      default:
        break;
    }
  }

  close(): void {
    this.outbox.flush();
  }

  private enter(info: zonebus.IPlayerInfo): void {
    const p = newArenaPlayer(info, DEFAULT_SPEC_FREQ);
    this.players.set(p.pid, p);
    this.log.info({ pid: p.pid, name: p.name }, "player entered");
  }

  private leave(pid: number): void {
    const p = this.players.get(pid);
    if (!p) return;
    this.players.delete(pid);
    this.log.info({ pid, name: p.name }, "player left");
  }
}

export function createArenaFactory(deps: ArenaDeps): (arena: string) => Arena {
  return (name) => new Arena(name, deps);
}
