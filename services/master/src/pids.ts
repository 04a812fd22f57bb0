/**
 * Zone-wide player ids. The lowest free id is handed out first: Continuum mishandles ball
 * packets for pids >= 256, and small ids keep them below that while the zone is small.
 */
export class PidAllocator {
  private readonly used = new Set<number>();
  private next = 0;

  /** @param maxPlayers upper bound on concurrent players (ids 0..maxPlayers-1). */
  constructor(readonly maxPlayers: number) {}

  get size(): number {
    return this.used.size;
  }

  /** Returns a free pid, or undefined when the zone is full. */
  allocate(): number | undefined {
    if (this.used.size >= this.maxPlayers) return undefined;
    while (this.used.has(this.next)) this.next++;
    const pid = this.next;
    this.used.add(pid);
    this.next++;
    return pid;
  }

  /** Marks a pid as taken (when rebuilding from the player directory). */
  claim(pid: number): void {
    this.used.add(pid);
  }

  release(pid: number): void {
    if (this.used.delete(pid) && pid < this.next) this.next = pid;
  }
}
