import { GameErrorCode as Code, type GameErrorCode } from "../errors.js";

/**
 * Read position over one packet. Fields check bounds before every read and record the first
 * failure instead of throwing; once failed, every further read is a no-op.
 */
export class Reader {
  pos: number;
  error: GameErrorCode | undefined;
  detail = "";

  constructor(
    readonly buf: Uint8Array,
    start: number,
    readonly end: number,
  ) {
    this.pos = start;
  }

  get remaining(): number {
    return this.end - this.pos;
  }

  /** True when `n` more bytes can be read; otherwise records TRUNCATED. */
  need(n: number): boolean {
    if (this.error !== undefined) return false;
    if (this.pos + n <= this.end) return true;
    this.fail(Code.Truncated, `needs ${n} bytes at offset ${this.pos}, has ${this.end - this.pos}`);
    return false;
  }

  fail(code: GameErrorCode, detail: string): void {
    if (this.error !== undefined) return;
    this.error = code;
    this.detail = detail;
  }
}

/** Write position into a caller's buffer; the codec has checked that the packet fits. */
export class Writer {
  constructor(
    readonly buf: Uint8Array,
    public pos: number,
  ) {}
}
