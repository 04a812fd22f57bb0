/**
 * Helpers for writing packets as hex the way the fact sheet tables read: one group per field,
 * spaces ignored. Independent of the codecs on purpose.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** The read-only protocol vectors beside the repository, found by walking up from here. */
function vectorsDir(): string {
  for (let dir = resolve(import.meta.dirname); ; dir = dirname(dir)) {
    const candidate = join(dir, "shared", "protocol", "vectors");
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error("cannot find shared/protocol/vectors beside the repository");
  }
}

function readVector<T>(name: string): T {
  return JSON.parse(readFileSync(join(vectorsDir(), name), "utf8")) as T;
}

/** Hex (spaces allowed) to bytes. */
export function bytesOf(spacedHex: string): Uint8Array {
  return new Uint8Array(Buffer.from(spacedHex.replace(/\s+/g, ""), "hex"));
}

/** Hex of `text` (ASCII) NUL-padded to `n` bytes. */
export function padded(text: string, n: number): string {
  return Buffer.from(text, "latin1")
    .toString("hex")
    .padEnd(2 * n, "0");
}

/** Hex of `text` (ASCII) plus its NUL. */
export function cstrHex(text: string): string {
  return `${Buffer.from(text, "latin1").toString("hex")}00`;
}

/** `n` bytes 0, 1, 2, … (mod 256). */
export function ramp(n: number, start = 0): Uint8Array {
  return Uint8Array.from({ length: n }, (_, i) => (start + i) & 0xff);
}

export function hexOf(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("hex");
}

export interface SessionPacket {
  t_ms: number;
  client: "A" | "B";
  dir: "c2s" | "s2c";
  type: string;
  hex: string;
  note?: string;
}

/** The game packets of the live ASSS session (vectors/asss-session.json), in order. */
export const SESSION_PACKETS: readonly SessionPacket[] = readVector<{ logical_packets: SessionPacket[] }>(
  "asss-session.json",
).logical_packets;

/** Hex of the n-th session packet of a direction and type byte (e.g. "s2c", 0x0f). */
export function observed(dir: "c2s" | "s2c", type: number, nth = 0): string {
  const want = `0x${type.toString(16).padStart(2, "0").toUpperCase()}`;
  const found = SESSION_PACKETS.filter((p) => p.dir === dir && p.type === want)[nth];
  if (!found) throw new Error(`no ${dir} ${want} #${nth} in the session vector`);
  return found.hex;
}
