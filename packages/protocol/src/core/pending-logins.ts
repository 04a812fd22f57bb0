/**
 * A server's connections that have not logged in yet, oldest first, overall and per address:
 * what the login deadline expires, what the per-address cap counts, and what a full table
 * evicts. Bounded by the server's connection table, since every entry is an open connection.
 */
export class PendingLogins<T> {
  /** Insertion order is age order. */
  private readonly all = new Map<T, { readonly address: string; readonly since: number }>();
  private readonly byAddress = new Map<string, Set<T>>();

  get size(): number {
    return this.all.size;
  }

  add(item: T, address: string, now: number): void {
    if (this.all.has(item)) return;
    this.all.set(item, { address, since: now });
    const here = this.byAddress.get(address);
    if (here) here.add(item);
    else this.byAddress.set(address, new Set([item]));
  }

  /** Forgets an item (it logged in or closed); false if it was not pending. */
  remove(item: T): boolean {
    const entry = this.all.get(item);
    if (!entry) return false;
    this.all.delete(item);
    const here = this.byAddress.get(entry.address);
    here?.delete(item);
    if (here?.size === 0) this.byAddress.delete(entry.address);
    return true;
  }

  has(item: T): boolean {
    return this.all.has(item);
  }

  countFrom(address: string): number {
    return this.byAddress.get(address)?.size ?? 0;
  }

  oldest(): T | undefined {
    return this.all.keys().next().value;
  }

  oldestFrom(address: string): T | undefined {
    return this.byAddress.get(address)?.values().next().value;
  }

  clear(): void {
    this.all.clear();
    this.byAddress.clear();
  }

  /** Items pending for `deadlineMs` or longer at `now`, oldest first. */
  expired(now: number, deadlineMs: number): T[] {
    const out: T[] = [];
    for (const [item, { since }] of this.all) {
      if (now - since < deadlineMs) break;
      out.push(item);
    }
    return out;
  }
}
