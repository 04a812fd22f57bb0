/**
 * The TCP line protocol's framing and field splitting (biller.md §1): lines end in LF, CR or
 * CRLF; fields split on `:` up to the type's fixed count, so the last field may hold `:`.
 */

/** Longest line accepted, without its end: 1023 characters (biller.md §1). */
export const MAX_LINE = 1023;

/** Fields after the type, per zone → biller message type (biller.md §2.1). */
export const ZONE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  CONNECT: ["version", "swname", "zonename", "hostname", "password"],
  PLOGIN: ["pid", "flag", "name", "password", "ip", "macid", "contid"],
  REGDATA: ["pid", "data"],
  BNR: ["pid", "banner"],
  PENTERARENA: ["pid"],
  PLEAVE: ["pid"],
  CHAT: ["pid", "channel", "sound", "text"],
  RMT: ["pid", "destination", "sound", "text"],
  RMTSQD: ["pid", "destsquad", "sound", "text"],
  CMD: ["pid", "cmdname", "args"],
  LOG: ["pid", "logtext"],
  PING: [],
};

export type ParsedLine =
  | { readonly ok: true; readonly type: string; readonly pid?: number; readonly fields: Record<string, string> }
  | { readonly ok: false; readonly reason: string };

/** Splits one line into its named fields; a wrong count, unknown type or bad pid is a reason. */
export function parseZoneLine(line: string): ParsedLine {
  const colon = line.indexOf(":");
  const type = colon < 0 ? line : line.slice(0, colon);
  const names = ZONE_FIELDS[type];
  if (!names) return { ok: false, reason: "unknown_type" };
  const values = splitFields(colon < 0 ? undefined : line.slice(colon + 1), names.length);
  if (!values) return { ok: false, reason: "field_count" };
  const fields: Record<string, string> = {};
  names.forEach((n, i) => {
    fields[n] = values[i]!;
  });
  if (!names.includes("pid") || (type === "LOG" && fields.pid === "")) return { ok: true, type, fields };
  if (!/^\d{1,10}$/.test(fields.pid!)) return { ok: false, reason: "bad_pid" };
  const pid = Number(fields.pid);
  if (pid > 0xffffffff) return { ok: false, reason: "bad_pid" };
  return { ok: true, type, pid, fields };
}

/** `n` fields, the last taking the rest; a PING may end in an empty field. */
function splitFields(body: string | undefined, n: number): string[] | undefined {
  if (n === 0) return body === undefined || body === "" ? [] : undefined;
  if (body === undefined) return undefined;
  const out: string[] = [];
  let rest = body;
  for (let i = 0; i < n - 1; i++) {
    const at = rest.indexOf(":");
    if (at < 0) return undefined;
    out.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  out.push(rest);
  return out;
}

/**
 * Cuts a byte stream into lines, never holding more than one line's bytes: a line longer
 * than `MAX_LINE` is skipped up to its end and reported once.
 */
export class LineReader {
  private parts: Buffer[] = [];
  private length = 0;
  private skipping = false;

  constructor(
    private readonly onLine: (line: string) => void,
    private readonly onTooLong: () => void,
  ) {}

  push(chunk: Buffer): void {
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (b !== 0x0a && b !== 0x0d) continue;
      this.take(chunk.subarray(start, i));
      this.endLine();
      start = i + 1;
    }
    this.take(chunk.subarray(start));
  }

  private take(bytes: Buffer): void {
    if (this.skipping || bytes.length === 0) return;
    if (this.length + bytes.length > MAX_LINE) {
      this.skipping = true;
      this.parts = [];
      this.length = 0;
      this.onTooLong();
      return;
    }
    this.parts.push(bytes);
    this.length += bytes.length;
  }

  private endLine(): void {
    const wasSkipping = this.skipping;
    this.skipping = false;
    if (wasSkipping || this.length === 0) return;
    const line = Buffer.concat(this.parts, this.length).toString("latin1");
    this.parts = [];
    this.length = 0;
    this.onLine(line);
  }
}
