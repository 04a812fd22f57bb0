/**
 * Splits the biller's byte stream into lines (biller.md §1): a line ends in LF, CR or CRLF and
 * holds at most {@link MAX_LINE_LENGTH} characters before its terminator. The peer is not
 * trusted: a longer line is discarded whole and the framer skips to the next terminator
 * without keeping the excess, so memory stays at one line whatever the peer sends.
 *
 * The wire is single-byte text (latin1, as SubSpace chat is), so a byte is a character.
 */

/** The longest line, terminator excluded (biller.md §1: 1023 characters plus LF). */
export const MAX_LINE_LENGTH = 1023;

const LF = 0x0a;
const CR = 0x0d;

export interface LineFramerHandlers {
  /** A complete, non-empty line without its terminator. */
  onLine(line: string): void;
  /** A line passed {@link MAX_LINE_LENGTH}; called once per such line, when it is detected. */
  onTooLong(): void;
}

export class LineFramer {
  private readonly buf = Buffer.allocUnsafe(MAX_LINE_LENGTH);
  private length = 0;
  /** Inside an over-long line: bytes are skipped until the next terminator. */
  private discarding = false;

  constructor(private readonly handlers: LineFramerHandlers) {}

  /** Feeds received bytes; complete lines are handed out before this returns. */
  push(chunk: Uint8Array): void {
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (b !== LF && b !== CR) continue;
      this.append(chunk, start, i);
      this.endLine();
      start = i + 1;
    }
    this.append(chunk, start, chunk.length);
  }

  /** Forgets a partial line (a new connection starts clean). */
  reset(): void {
    this.length = 0;
    this.discarding = false;
  }

  private append(chunk: Uint8Array, from: number, to: number): void {
    if (this.discarding || to <= from) return;
    const n = to - from;
    if (this.length + n > MAX_LINE_LENGTH) {
      this.discarding = true;
      this.length = 0;
      this.handlers.onTooLong();
      return;
    }
    this.buf.set(chunk.subarray(from, to), this.length);
    this.length += n;
  }

  private endLine(): void {
    if (this.discarding) {
      this.discarding = false;
      return;
    }
    // CRLF gives an empty line between CR and LF; empty lines carry nothing.
    if (this.length === 0) return;
    const line = this.buf.toString("latin1", 0, this.length);
    this.length = 0;
    this.handlers.onLine(line);
  }
}
