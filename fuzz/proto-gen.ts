/**
 * Structurally valid protobuf wire bytes with random fields: varints, fixed 32/64, and
 * length-delimited fields that are strings, bytes or nested messages. Mutating these reaches
 * deeper into a generated decoder than random bytes, which fail at the first tag.
 */
import type { Prng } from "./prng.js";

function varint(out: number[], v: number): void {
  let x = v >>> 0;
  let hi = Math.floor(v / 0x1_0000_0000) >>> 0;
  for (;;) {
    const more = x > 0x7f || hi !== 0;
    out.push((x & 0x7f) | (more ? 0x80 : 0));
    x = (x >>> 7) | ((hi & 0x7f) << 25);
    hi >>>= 7;
    if (!more) return;
  }
}

function message(r: Prng, depth: number, out: number[]): void {
  for (let n = r.int(8); n > 0; n--) {
    const field = r.chance(0.85) ? 1 + r.int(16) : 1 + r.int(0x1fff_ffff);
    const wire = r.pick([0, 0, 0, 1, 2, 2, 2, 5]);
    varint(out, field * 8 + wire);
    switch (wire) {
      case 0:
        varint(out, r.chance(0.5) ? r.int(300) : r.u32() * (r.chance(0.2) ? 0x1_0000 : 1));
        break;
      case 1:
        for (let i = 0; i < 8; i++) out.push(r.int(256));
        break;
      case 5:
        for (let i = 0; i < 4; i++) out.push(r.int(256));
        break;
      default: {
        const body: number[] = [];
        if (depth < 4 && r.chance(0.4)) message(r, depth + 1, body);
        else for (let i = r.int(24); i > 0; i--) body.push(r.chance(0.7) ? 0x20 + r.int(95) : r.int(256));
        varint(out, body.length);
        out.push(...body);
      }
    }
  }
}

/** One random, well-formed protobuf message. */
export function protoMessage(r: Prng): Uint8Array {
  const out: number[] = [];
  message(r, 0, out);
  return Uint8Array.from(out);
}
