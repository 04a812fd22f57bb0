import type { BusMessage } from "./bus.js";
import { hasWildcard, subjectMatches } from "./subject-syntax.js";

/**
 * Subjects whose match results the local bus remembers. Publishers use a bounded set of subjects
 * in practice (arenas, gateways, services), but names come from players, so the cache is capped:
 * past the limit the oldest entry goes.
 */
export const MATCH_CACHE_LIMIT = 4_096;

/** Something the local bus can deliver to: a subscription, or a request waiting for its reply. */
export interface Receiver {
  readonly handler: (msg: BusMessage) => void;
  /** Cleared on unsubscribe; queued deliveries to an inactive receiver are skipped. */
  active: boolean;
}

/** Members of one queue group name, across every subject they subscribed with. */
export interface QueueGroup {
  readonly name: string;
  /** Subscriptions in the group; the group is forgotten at zero. */
  size: number;
  /** Round-robin position, so each member gets its share. */
  turn: number;
}

export interface LocalSub extends Receiver {
  readonly subject: string;
  /** Tokens of a wildcard subscription; undefined for a literal one. */
  readonly pattern: readonly string[] | undefined;
  readonly group: QueueGroup | undefined;
}

/** The members of one queue group that a subject reaches. */
export interface GroupMatch {
  readonly group: QueueGroup;
  readonly members: readonly LocalSub[];
}

/** Every subscription one subject reaches. */
export interface Match {
  readonly plain: readonly LocalSub[];
  readonly groups: readonly GroupMatch[];
}

const EMPTY: Match = Object.freeze({ plain: [], groups: [] });

function buildMatch(subs: readonly LocalSub[]): Match {
  const plain: LocalSub[] = [];
  const groups: { group: QueueGroup; members: LocalSub[] }[] = [];
  for (const s of subs) {
    if (s.group === undefined) {
      plain.push(s);
      continue;
    }
    const g = groups.find((x) => x.group === s.group);
    if (g) g.members.push(s);
    else groups.push({ group: s.group, members: [s] });
  }
  return { plain, groups };
}

/**
 * Subscriptions by literal subject plus a list of wildcard subscriptions, with a cache of match
 * results per published subject so a publish costs one map lookup. Arrays are replaced, never
 * mutated, so a Match in use stays valid while subscriptions change.
 */
export class SubscriptionIndex {
  private readonly literal = new Map<string, readonly LocalSub[]>();
  private wildcard: readonly LocalSub[] = [];
  private readonly groups = new Map<string, QueueGroup>();
  private readonly cache = new Map<string, Match>();
  private count = 0;

  /** Subscriptions held. */
  get size(): number {
    return this.count;
  }

  /** Subjects with a cached match result (at most MATCH_CACHE_LIMIT). */
  get cachedSubjects(): number {
    return this.cache.size;
  }

  /** Adds a subscription for a subject already validated for subscribing. */
  add(subject: string, handler: (msg: BusMessage) => void, queue: string | undefined): LocalSub {
    let group: QueueGroup | undefined;
    if (queue !== undefined) {
      group = this.groups.get(queue);
      if (!group) {
        group = { name: queue, size: 0, turn: 0 };
        this.groups.set(queue, group);
      }
      group.size++;
    }
    const wild = hasWildcard(subject);
    const sub: LocalSub = { subject, pattern: wild ? subject.split(".") : undefined, group, handler, active: true };
    if (wild) {
      this.wildcard = [...this.wildcard, sub];
      this.cache.clear();
    } else {
      this.literal.set(subject, [...(this.literal.get(subject) ?? []), sub]);
      this.cache.delete(subject);
    }
    this.count++;
    return sub;
  }

  /** Removes a subscription and stops its queued deliveries; a second call does nothing. */
  remove(sub: LocalSub): void {
    if (!sub.active) return;
    sub.active = false;
    this.count--;
    if (sub.group && --sub.group.size === 0) this.groups.delete(sub.group.name);
    if (sub.pattern) {
      this.wildcard = this.wildcard.filter((s) => s !== sub);
      this.cache.clear();
      return;
    }
    const rest = (this.literal.get(sub.subject) ?? []).filter((s) => s !== sub);
    if (rest.length === 0) this.literal.delete(sub.subject);
    else this.literal.set(sub.subject, rest);
    this.cache.delete(sub.subject);
  }

  /** Deactivates and forgets every subscription. */
  clear(): void {
    for (const subs of this.literal.values()) for (const s of subs) s.active = false;
    for (const s of this.wildcard) s.active = false;
    this.literal.clear();
    this.wildcard = [];
    this.groups.clear();
    this.cache.clear();
    this.count = 0;
  }

  /**
   * The subscriptions a literal subject reaches. `remember` is false for one-off subjects
   * (request inboxes), which would only push useful entries out of the cache.
   */
  match(subject: string, remember: boolean): Match {
    const cached = this.cache.get(subject);
    if (cached) return cached;
    const direct = this.literal.get(subject);
    let result = EMPTY;
    if (this.wildcard.length === 0) {
      if (direct) result = buildMatch(direct);
    } else {
      const tokens = subject.split(".");
      const all = direct ? [...direct] : [];
      for (const s of this.wildcard) if (subjectMatches(s.pattern!, tokens)) all.push(s);
      if (all.length > 0) result = buildMatch(all);
    }
    if (remember) {
      if (this.cache.size >= MATCH_CACHE_LIMIT) {
        const oldest = this.cache.keys().next();
        if (!oldest.done) this.cache.delete(oldest.value);
      }
      this.cache.set(subject, result);
    }
    return result;
  }
}
