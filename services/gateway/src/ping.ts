/**
 * The ping / zone-information protocol on game port + 1 (core.md §13): stateless, unencrypted.
 * A 4-byte request (u32 token) gets `u32 population, u32 token`; an 8-byte request (token,
 * option bits) gets the token, the options included, then a global summary (0x01) and/or a
 * per-arena list (0x02) of `name\0 u16 total u16 playing`, ended by a zero byte.
 */

export const PingOption = { Global: 0x01, Arenas: 0x02 } as const;

/** Which population a 4-byte ping reports (`Net:SimplePingPopulationMode`). */
export const SimplePingMode = { Total: 1, Playing: 2, Alternate: 3 } as const;
export type SimplePingMode = (typeof SimplePingMode)[keyof typeof SimplePingMode];

export interface ArenaPopulation {
  readonly name: string;
  readonly total: number;
  readonly playing: number;
}

export interface Population {
  readonly total: number;
  readonly playing: number;
  readonly arenas: readonly ArenaPopulation[];
}

/**
 * Largest reply we build, as ASSS (its reply buffer is MAXPACKET, 512 bytes): the per-arena list
 * is cut to fit. With the per-address rate limit below this bounds what one address can make the
 * ping port send: `--ping-rate` × 512 bytes a second.
 */
export const MAX_PING_REPLY = 512;

/**
 * Ping replies per second one source address gets, and at once after a quiet spell
 * (`--ping-rate`, `--ping-burst`). ASSS answers every ping; a zone list pings each zone about
 * once a second per client, so this leaves room for a LAN party behind one NAT.
 */
export const DEFAULT_PING_RATE = 10;
export const DEFAULT_PING_BURST = 20;
/** Source addresses the ping limiter remembers; past it the least recently seen is forgotten. */
export const MAX_PING_ADDRESSES = 4_096;
/** Least time between two log lines about pings dropped for one address. */
export const PING_LIMIT_LOG_MS = 10_000;
/**
 * How long the population a ping reports is reused before it is counted again
 * (ASSS `Net:PingDataRefreshTime`, 200 ticks = 2 s), so a ping flood costs no walk over players.
 */
export const PING_DATA_REFRESH_MS = 2_000;

/**
 * Answers one ping datagram, or returns undefined for any other size (dropped without reply).
 * `alternate` flips between total and playing for the alternate mode.
 */
export function answerPing(
  req: Uint8Array,
  pop: Population,
  mode: SimplePingMode,
  alternate: boolean,
): Uint8Array | undefined {
  const view = new DataView(req.buffer, req.byteOffset, req.byteLength);
  if (req.byteLength === 4) {
    const token = view.getUint32(0, true);
    const usePlaying = mode === SimplePingMode.Playing || (mode === SimplePingMode.Alternate && alternate);
    const out = new Uint8Array(8);
    const o = new DataView(out.buffer);
    o.setUint32(0, usePlaying ? pop.playing : pop.total, true);
    o.setUint32(4, token, true);
    return out;
  }
  if (req.byteLength !== 8) return undefined;
  const token = view.getUint32(0, true);
  const options = view.getUint32(4, true) & (PingOption.Global | PingOption.Arenas);
  const out = Buffer.alloc(MAX_PING_REPLY);
  let off = out.writeUInt32LE(token, 0);
  off = out.writeUInt32LE(options, off);
  if (options & PingOption.Global) {
    off = out.writeUInt32LE(pop.total, off);
    off = out.writeUInt32LE(pop.playing, off);
  }
  if (options & PingOption.Arenas) {
    for (const a of pop.arenas) {
      // Hidden arenas (#name) are not listed.
      if (a.name.startsWith("#")) continue;
      const name = Buffer.from(a.name, "latin1");
      if (off + name.length + 1 + 4 + 1 > MAX_PING_REPLY) break;
      off += name.copy(out, off);
      off = out.writeUInt8(0, off);
      off = out.writeUInt16LE(Math.min(a.total, 0xffff), off);
      off = out.writeUInt16LE(Math.min(a.playing, 0xffff), off);
    }
    off = out.writeUInt8(0, off);
  }
  return new Uint8Array(out.buffer, out.byteOffset, off);
}
