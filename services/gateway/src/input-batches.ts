import { zonebus } from "@zonebus/proto";

/** Key of `ArenaInputBatch.inputs` (field 1, length-delimited): one byte on the wire. */
const INPUTS_KEY = (1 << 3) | 2;

function varintSize(n: number): number {
  let size = 1;
  while (n >= 0x80) {
    n >>>= 7;
    size++;
  }
  return size;
}

function writeVarint(out: Uint8Array, at: number, n: number): number {
  while (n >= 0x80) {
    out[at++] = (n & 0x7f) | 0x80;
    n >>>= 7;
  }
  out[at++] = n;
  return at;
}

/** Encoded `ArenaInputBatch` messages, each at most `maxPayload` bytes, and what did not fit. */
export interface InputBatches {
  readonly batches: Uint8Array[];
  /** Inputs left out because one alone, framed in a batch, is larger than `maxPayload`. */
  readonly tooLarge: number;
}

/**
 * Encodes an arena's inputs as `ArenaInputBatch` messages of at most `maxPayload` bytes each,
 * keeping their order: a batch ends where the next input would take it over the limit. Sizes are
 * exact, not estimated: each input is encoded once and framed as protobuf frames a repeated
 * field, so the concatenation decodes as the batch protobuf would have encoded it. An input that
 * alone cannot fit (a client's huge packet) is left out and counted, never sent.
 */
export function encodeInputBatches(inputs: readonly zonebus.IArenaInput[], maxPayload: number): InputBatches {
  const batches: Uint8Array[] = [];
  let tooLarge = 0;
  let chunk: Uint8Array[] = [];
  let chunkSize = 0;
  const emit = () => {
    if (chunk.length === 0) return;
    const out = new Uint8Array(chunkSize);
    let at = 0;
    for (const e of chunk) {
      out[at++] = INPUTS_KEY;
      at = writeVarint(out, at, e.byteLength);
      out.set(e, at);
      at += e.byteLength;
    }
    batches.push(out);
    chunk = [];
    chunkSize = 0;
  };
  for (const input of inputs) {
    const encoded = zonebus.ArenaInput.encode(input).finish();
    const framed = 1 + varintSize(encoded.byteLength) + encoded.byteLength;
    if (framed > maxPayload) {
      tooLarge++;
      continue;
    }
    if (chunkSize + framed > maxPayload) emit();
    chunk.push(encoded);
    chunkSize += framed;
  }
  emit();
  return { batches, tooLarge };
}
