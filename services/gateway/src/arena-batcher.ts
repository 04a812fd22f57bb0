import type { Bus } from "@zonebus/bus";
import { zonebus } from "@zonebus/proto";
import type { ZoneSubjects } from "@zonebus/subjects";

/** Most inputs held for one arena before a batch is sent at once. */
export const MAX_BATCH_INPUTS = 256;

/**
 * Batches a gateway's inputs per arena and publishes them once per turn of the event loop, so
 * that a burst of positions from many players costs one bus message per arena.
 */
export class ArenaBatcher {
  private readonly pending = new Map<string, zonebus.IArenaInput[]>();
  private scheduled = false;

  constructor(
    private readonly bus: Bus,
    private readonly subjects: ZoneSubjects,
  ) {}

  add(arena: string, input: zonebus.IArenaInput): void {
    let list = this.pending.get(arena);
    if (!list) {
      list = [];
      this.pending.set(arena, list);
    }
    list.push(input);
    if (list.length >= MAX_BATCH_INPUTS) this.send(arena, list);
    else if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  flush(): void {
    this.scheduled = false;
    for (const [arena, inputs] of this.pending) this.send(arena, inputs);
  }

  private send(arena: string, inputs: zonebus.IArenaInput[]): void {
    this.pending.delete(arena);
    if (inputs.length === 0) return;
    this.bus.publish(this.subjects.arenaIn(arena), zonebus.ArenaInputBatch.encode({ inputs }).finish());
  }
}
