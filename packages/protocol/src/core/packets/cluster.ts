/** Cluster `00 0E`: `[len u8][packet]...` items, each any core or game packet (core.md §5). */
import { CLUSTER_HEADER_LENGTH, MAX_CLUSTER_ITEM, MIN_CLUSTER_LENGTH } from "../constants.js";
import { type Decoded, decoded } from "../errors.js";
import { corePacket } from "./bytes.js";
import { checkMin } from "./check.js";
import { CoreType } from "./core-type.js";

export interface Cluster {
  /** Views into the decoded bytes, in order. */
  readonly items: readonly Uint8Array[];
  /**
   * False when parsing stopped early: an item ran past the end (it is skipped) or a zero
   * length was met. Items before that point are still valid, as in ASSS.
   */
  readonly complete: boolean;
}

export function decodeCluster(b: Uint8Array): Decoded<Cluster> {
  const bad = checkMin<Cluster>(b, CoreType.Cluster, MIN_CLUSTER_LENGTH, "cluster");
  if (bad) return bad;
  const items: Uint8Array[] = [];
  let off = CLUSTER_HEADER_LENGTH;
  while (off < b.length) {
    const len = b[off]!;
    if (len === 0 || off + 1 + len > b.length) return decoded({ items, complete: false });
    items.push(b.subarray(off + 1, off + 1 + len));
    off += 1 + len;
  }
  return decoded({ items, complete: true });
}

/** Bytes an item adds to a cluster. */
export const clusterItemCost = (itemLength: number): number => 1 + itemLength;

/** Builds `00 0E` from items of 1..255 bytes. */
export function encodeCluster(items: readonly Uint8Array[]): Uint8Array {
  let length = CLUSTER_HEADER_LENGTH;
  for (const item of items) {
    if (item.length < 1 || item.length > MAX_CLUSTER_ITEM) throw new RangeError(`cluster item of ${item.length} bytes`);
    length += clusterItemCost(item.length);
  }
  const b = corePacket(CoreType.Cluster, length);
  let off = CLUSTER_HEADER_LENGTH;
  for (const item of items) {
    b[off] = item.length;
    b.set(item, off + 1);
    off += 1 + item.length;
  }
  return b;
}
