import { zonebus } from "@zonebus/proto";

/**
 * Delivery priorities, lowest first. For unreliable packets 0 may be dropped under bandwidth
 * pressure (positions). For reliable packets 0 marks what a recipient can lose without harm
 * (chat): a gateway sheds it when the recipient's reliable queue backs up, instead of letting
 * another player's traffic close the connection (docs/ARCHITECTURE.md, delivery guarantees).
 */
export const DeliveryPriority = { Droppable: 0, Normal: 1, High: 2 } as const;
export type DeliveryPriority = (typeof DeliveryPriority)[keyof typeof DeliveryPriority];

/** Bytes of max_payload kept free below each delivery message (ours): room for the estimate's slack. */
export const DELIVERY_HEADROOM_BYTES = 512;

/**
 * Largest piece of a file on the bus (ours). Files (maps, LVZ, news) always travel in pieces of at
 * most this, and at most an eighth of max_payload, so one download never fills a bus message and
 * the game traffic of the same turn rides beside it.
 */
export const MAX_FILE_PIECE_BYTES = 32 * 1024;

/** Smallest piece, whatever max_payload says (ours). */
export const MIN_FILE_PIECE_BYTES = 256;

/** Piece size for files on a bus with this max_payload. */
export function filePieceBytes(maxPayload: number): number {
  return Math.max(MIN_FILE_PIECE_BYTES, Math.min(MAX_FILE_PIECE_BYTES, Math.floor(maxPayload / 8)));
}

/**
 * An upper bound of one delivery's encoded size inside a batch: every varint counted at its
 * longest (5 bytes), so the sum of estimates never falls short of the real message.
 */
export function deliveryBound(pids: number, packetBytes: number): number {
  // batch entry tag+length, pids tag+length+5·n, packet tag+length, 6 scalar fields at ≤ 6 bytes.
  return 6 + 6 + 5 * pids + 6 + packetBytes + 36;
}

/**
 * Encodes deliveries for one gateway as `DeliveryBatch` messages no larger than
 * `maxPayload − DELIVERY_HEADROOM_BYTES`, keeping their order. A stream larger than a file piece,
 * or any packet too big for a message, is cut into pieces of one transfer (see gateway.proto);
 * a recipient list too long for a message is spread over several deliveries. `random` picks
 * transfer ids, so publishers need no shared counter.
 */
export function encodeDeliveries(
  deliveries: readonly zonebus.IDelivery[],
  maxPayload: number,
  random: () => number = Math.random,
): Uint8Array[] {
  const limit = Math.max(maxPayload - DELIVERY_HEADROOM_BYTES, 2 * MIN_FILE_PIECE_BYTES);
  const piece = Math.min(filePieceBytes(maxPayload), Math.floor(limit / 4));
  // Recipient lists take at most half a message, so a first piece always fits beside them.
  const maxPids = Math.max(1, Math.floor(limit / 2 / 5));
  const out: Uint8Array[] = [];
  let batch: zonebus.IDelivery[] = [];
  let size = 0;
  const push = (d: zonebus.IDelivery): void => {
    const bound = deliveryBound(d.pids?.length ?? 0, d.packet?.length ?? 0);
    if (batch.length > 0 && size + bound > limit) {
      out.push(zonebus.DeliveryBatch.encode({ deliveries: batch }).finish());
      batch = [];
      size = 0;
    }
    batch.push(d);
    size += bound;
  };
  for (const d of deliveries) {
    const pids = d.pids ?? [];
    const packet = d.packet ?? new Uint8Array(0);
    const groups = pids.length <= maxPids ? [pids] : slices(pids, maxPids);
    for (const group of groups) {
      const cut = d.stream ? piece : limit - deliveryBound(group.length, 0);
      if (packet.length <= cut) push(group === pids ? d : { ...d, pids: group });
      else for (const p of pieces(d, group, packet, piece, random)) push(p);
    }
  }
  if (batch.length > 0) out.push(zonebus.DeliveryBatch.encode({ deliveries: batch }).finish());
  return out;
}

/** The pieces of one transfer: the first with recipients and flags, the rest with position only. */
function pieces(
  d: zonebus.IDelivery,
  pids: number[],
  packet: Uint8Array,
  piece: number,
  random: () => number,
): zonebus.IDelivery[] {
  const transfer = Math.floor(random() * 2 ** 32) >>> 0;
  const total = packet.length;
  const out: zonebus.IDelivery[] = [];
  for (let offset = 0; offset < total; offset += piece) {
    const part = packet.subarray(offset, Math.min(offset + piece, total));
    out.push(
      offset === 0
        ? { pids, reliable: d.reliable, priority: d.priority, stream: d.stream, transfer, offset, total, packet: part }
        : { transfer, offset, total, packet: part },
    );
  }
  return out;
}

function slices(pids: number[], size: number): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < pids.length; i += size) out.push(pids.slice(i, i + size));
  return out;
}
