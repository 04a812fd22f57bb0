import { subjectMatches } from "@zonebus/bus";
import type { KvWatch, KvWatchEvent } from "./store.js";

interface Watcher {
  readonly pattern: string[];
  readonly handler: (ev: KvWatchEvent) => void;
  active: boolean;
}

/**
 * In-process watches of one embedded bucket. Events are handed to each watcher in a microtask,
 * queued in revision order at the moment of the write, so a handler that writes to the bucket
 * cannot reorder what other watchers see, and no handler runs inside put().
 */
export class WatchHub {
  private readonly watchers = new Set<Watcher>();

  /** Registers a watcher; the events of `current` that match its pattern are delivered first. */
  add(pattern: string, current: readonly KvWatchEvent[], handler: (ev: KvWatchEvent) => void): KvWatch {
    const w: Watcher = { pattern: pattern.split("."), handler, active: true };
    for (const ev of current) if (this.matches(w, ev.key)) this.deliver(w, ev);
    this.watchers.add(w);
    return {
      stop: () => {
        w.active = false;
        this.watchers.delete(w);
      },
    };
  }

  notify(ev: KvWatchEvent): void {
    for (const w of this.watchers) if (this.matches(w, ev.key)) this.deliver(w, ev);
  }

  stopAll(): void {
    for (const w of this.watchers) w.active = false;
    this.watchers.clear();
  }

  get size(): number {
    return this.watchers.size;
  }

  private matches(w: Watcher, key: string): boolean {
    return subjectMatches(w.pattern, key.split("."));
  }

  private deliver(w: Watcher, ev: KvWatchEvent): void {
    // Each watcher gets its own copy, so one handler mutating a value cannot change another's.
    const own: KvWatchEvent = ev.op === "put" ? { ...ev, value: new Uint8Array(ev.value) } : ev;
    queueMicrotask(() => {
      if (w.active) w.handler(own);
    });
  }
}
