/**
 * Fixed numbers of the core transport, each with its source in the fact sheet
 * (`shared/protocol/core.md`, section given per constant). Tunable values live in `config.ts`
 * with these as defaults; the ones here are wire facts that peers depend on.
 */

/** Largest datagram we send: ASSS never sends more than 512 (`MAXPACKET`, core.md §1). */
export const MAX_SEND_DATAGRAM = 512;

/** Largest datagram we accept: Continuum and SS .NET send up to 520 (core.md §1, recommendation). */
export const MAX_RECEIVE_DATAGRAM = 520;

/** `00 03` header: `00 03` + i32 sequence number (core.md §4). */
export const RELIABLE_HEADER_LENGTH = 6;

/**
 * Largest game packet sent whole inside one reliable datagram; anything longer goes out as
 * `00 08`/`00 09` pieces (core.md §6: "> 506 bytes, i.e. more than MAXPACKET - 6").
 */
export const MAX_RELIABLE_PAYLOAD = MAX_SEND_DATAGRAM - RELIABLE_HEADER_LENGTH;

/** Slice size of `00 08`/`00 09` pieces and `00 0A` stream chunks (core.md §6, §7). */
export const CHUNK_DATA_LENGTH = 480;

/** Incoming reliable window: `CFG_INCOMING_BUFFER` = 32 slots (core.md §4). */
export const INCOMING_WINDOW = 32;

/** Cluster items carry a 1-byte length, so only packets of 1..255 bytes can ride in one (core.md §5). */
export const MAX_CLUSTER_ITEM = 255;

/** `00 0E` header length (core.md §5). */
export const CLUSTER_HEADER_LENGTH = 2;

/** Shortest `00 0E` ASSS accepts: header plus one 1-byte item (core.md §5). */
export const MIN_CLUSTER_LENGTH = 4;

/** Game packet types a receiver dispatches: 0x01..0x3F; ASSS drops type ≥ 64 (core.md §1, §10). */
export const MAX_GAME_TYPE = 0x3f;

/** Retransmission timeout lower and upper bounds in ms: `clamp(avgrtt + 4*rttdev, 250, 2000)` (core.md §4). */
export const RETRANSMIT_TIMEOUT_MIN_MS = 250;
export const RETRANSMIT_TIMEOUT_MAX_MS = 2000;

/** RTT estimator start values in ms: `avgrtt = 200`, `rttdev = 100` (core.md §4). */
export const INITIAL_AVG_RTT_MS = 200;
export const INITIAL_RTT_DEV_MS = 100;

/** Step of the adaptive limit and bytes per window slot: `LimitScale` = 512 (core.md §11). */
export const BANDWIDTH_SCALE = 512;

/** In-flight reliable window with `bw_nolimit` (core.md §4). */
export const UNLIMITED_SEND_WINDOW = 30;

/**
 * Bandwidth classes, lowest first, with ASSS's `PriLimit0..4` shares in percent: low
 * unreliable 20, unreliable 40, high unreliable 20, reliable 15, ack 5 (core.md §11).
 */
export const BANDWIDTH_SHARES = [20, 40, 20, 15, 5] as const;

/** Bytes charged per datagram for IP + UDP: `PerPacketOverhead` = 28 (core.md §11). */
export const PER_DATAGRAM_OVERHEAD = 28;

/** Time ticks are hundredths of a second and kept in 31 bits (core.md conventions). */
export const MS_PER_TICK = 10;
export const TICK_MASK = 0x7fffffff;

/**
 * Deepest nesting of clusters and reliable wrappers accepted. Real traffic nests at most
 * datagram → cluster → reliable → cluster → packet (SS .NET); deeper is hostile (ours).
 */
export const MAX_NESTING = 8;

/** Replies that bypass the queues (`00 02` resends, `00 05`/`00 06`) waiting for the next poll (ours). */
export const MAX_IMMEDIATE = 16;
