/**
 * Byte budgets for memory a peer can make us hold (reassembly buffers). A connection charges
 * its own budget, which charges the server-wide one it was given, so one peer is bounded and
 * so are all peers together.
 */

/** Memory held on behalf of peers, charged and released in bytes. */
export interface ByteBudget {
  /** Bytes charged now. */
  readonly used: number;
  /** Most bytes that may be charged at once. */
  readonly limit: number;
  /** Charges `bytes` if they fit here and in every parent budget; false (nothing charged) if not. */
  tryCharge(bytes: number): boolean;
  /** Gives back bytes charged earlier. */
  release(bytes: number): void;
}

export class ByteBudgetImpl implements ByteBudget {
  private usedBytes = 0;

  /** @param parent a budget every charge must also fit in (e.g. the server-wide one). */
  constructor(
    readonly limit: number,
    private readonly parent?: ByteBudget,
  ) {}

  get used(): number {
    return this.usedBytes;
  }

  tryCharge(bytes: number): boolean {
    if (this.usedBytes + bytes > this.limit) return false;
    if (this.parent && !this.parent.tryCharge(bytes)) return false;
    this.usedBytes += bytes;
    return true;
  }

  release(bytes: number): void {
    const n = Math.min(bytes, this.usedBytes);
    this.usedBytes -= n;
    this.parent?.release(n);
  }
}

/**
 * A byte buffer that grows by doubling (up to a cap) and charges its capacity to a budget: a
 * 1-byte piece costs one byte of an array, not an object per piece, and a refused charge leaves
 * the buffer as it was.
 */
export class GrowableBuffer {
  /** Smallest allocation, so a run of tiny pieces does not reallocate per piece. */
  static readonly MIN_CAPACITY = 512;
  private buf: Uint8Array = new Uint8Array(0);
  private length = 0;

  constructor(private readonly budget: ByteBudget) {}

  /** Bytes stored. */
  get size(): number {
    return this.length;
  }

  /** Bytes allocated and charged. */
  get capacity(): number {
    return this.buf.length;
  }

  /**
   * Appends a copy of `data`, growing to at most `cap` bytes of capacity (the caller checks that
   * the data fits under `cap`). False when the budget refused the growth; nothing was appended.
   */
  append(data: Uint8Array, cap: number): boolean {
    const need = this.length + data.length;
    if (need > this.buf.length) {
      const grown = Math.min(Math.max(need, this.buf.length * 2, GrowableBuffer.MIN_CAPACITY), Math.max(cap, need));
      if (!this.budget.tryCharge(grown - this.buf.length)) return false;
      const next = new Uint8Array(grown);
      next.set(this.buf.subarray(0, this.length));
      this.buf = next;
    }
    this.buf.set(data, this.length);
    this.length = need;
    return true;
  }

  /** The bytes stored, as a fresh array owned by the caller; the buffer is empty again. */
  take(): Uint8Array {
    const out = this.buf.length === this.length ? this.buf : this.buf.slice(0, this.length);
    this.clear();
    return out;
  }

  /** Frees the storage and gives its bytes back to the budget. */
  clear(): void {
    this.budget.release(this.buf.length);
    this.buf = new Uint8Array(0);
    this.length = 0;
  }
}
