/**
 * Defaults of the limits a server puts on its clients, over and above the transport's own
 * (config.ts). Each is a setting of `UdpServer` or of the transport config it hands its
 * connections; the gateway exposes them as flags.
 */
import type { TransportConfigInput } from "./config.js";

/**
 * Largest `00 0A` upload a server buffers (ours). ASSS holds no upload in memory (it passes
 * slices to a sized handler: only staff `0x16` file uploads, written to disk), and zonebus has
 * no upload feature yet, so nothing a real client sends needs more than a big packet:
 * `CFG_MAX_BIG_PACKET` = 65 536, the same as `maxBigPacket`.
 */
export const DEFAULT_SERVER_MAX_UPLOAD = 65_536;

/**
 * Inbound datagrams per second per client (ours; ASSS has no such limit). A Continuum client
 * sends 10–30 positions a second, more while firing, plus reliables, acks and a `00 05` every
 * few seconds — well under 100 datagrams a second even with every packet in its own datagram.
 * 200 leaves twice that headroom for lag bursts.
 */
export const DEFAULT_SERVER_DATAGRAM_RATE = 200;

/** Datagrams a client may send at once above the rate (ours): two seconds' worth, for a client catching up after a stall. */
export const DEFAULT_SERVER_DATAGRAM_BURST = 400;

/** Seconds in a row of sending over twice the rate before a client is disconnected (ours). */
export const DEFAULT_FLOOD_CLOSE_SECONDS = 5;

/**
 * Reassembly bytes all connections of one server may hold together (ours). 512 players each
 * mid-way through a maximal big packet; real clients hardly ever send one at all.
 */
export const DEFAULT_SHARED_REASSEMBLY_BYTES = 32 * 1024 * 1024;

/**
 * How long a connection may stay without logging in (ours; ASSS has only `Net:DropTimeout`,
 * 30 s of silence). A login takes a round trip to the master and a password check: seconds
 * at worst, so half of ASSS's drop timeout is ample.
 */
export const DEFAULT_LOGIN_DEADLINE_MS = 15_000;

/**
 * Connections not yet logged in that one address may hold at once (ours; ASSS has no cap).
 * Players behind one NAT log in one after another; a dozen at the same instant is already rare.
 */
export const DEFAULT_MAX_PENDING_PER_ADDRESS = 16;

/** Transport settings a server's connections get unless its config says otherwise. */
export const SERVER_TRANSPORT_DEFAULTS: TransportConfigInput = Object.freeze({
  maxIncomingStream: DEFAULT_SERVER_MAX_UPLOAD,
  maxDatagramsPerSecond: DEFAULT_SERVER_DATAGRAM_RATE,
  datagramBurst: DEFAULT_SERVER_DATAGRAM_BURST,
  floodCloseSeconds: DEFAULT_FLOOD_CLOSE_SECONDS,
});
