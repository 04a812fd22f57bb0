/**
 * The fuzz corpus: real datagrams and game packets from the protocol's known-answer vectors
 * (`shared/protocol/vectors/` beside the repository: a live ASSS session transcript and the VIE
 * vectors), read at run time; a few built-in packets taken from the same transcript when the
 * folder is absent (CI), so a run without it still starts from real shapes.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

export interface Corpus {
  /** Where it came from: the vectors folder, or "built-in". */
  readonly source: string;
  /** `00 01` connection requests. */
  readonly inits: readonly Uint8Array[];
  /** Client datagrams after the key exchange, as the server decrypts them (core framing included). */
  readonly clientDatagrams: readonly Uint8Array[];
  /** Client game packets (type byte first), unframed. */
  readonly c2s: readonly Uint8Array[];
  /** Server game packets, unframed; and server datagrams with their framing. */
  readonly s2c: readonly Uint8Array[];
  readonly serverDatagrams: readonly Uint8Array[];
}

const hex = (s: string) => new Uint8Array(Buffer.from(s, "hex"));

/** From the session transcript (asss-session.json): key exchange, time sync, login, arena entry, play. */
const BUILT_IN_C2S = [
  "0900616c70686100000000000000000000000000000000000000000000000000000070773100000000000000000000000000000000000000000000000000000000007856341200c4ff00008600bc0100002b02000065870000000000000000000000000000",
  "0108000100040003ffff00000000000000000000000000000000",
  "0c",
  "0d",
  "1800",
  "03003bc20700000000201600002000000000e8030000",
  "060200ffff68656c6c6f207075626c696300",
  "060500010068656c6c6f207072697661746500",
  "060700ffff3a627261766f3a72656d6f746520686900",
  "0500000a00",
  "07f8c40700000200020700",
  "0f0100",
  "100000",
  "1a00000000da648ec5b52ca1035595c0110000000000000000000000000000050005000500050000",
  "02",
];
const BUILT_IN_DATAGRAMS = [
  "0005f7bf07000100000001000000",
  "000400000000",
  "0003010000000108000100040003ffff00000000000000000000000000000000",
];
const BUILT_IN_S2C = ["0a008600000000000000e89c42f100000000000048c91c28a1f3af58000000000000", "0e0a", "27"];

interface SessionVector {
  datagrams_client_A_phase1: { dir: string; plain_hex: string }[];
  logical_packets: { dir: string; hex: string }[];
}
interface VieVector {
  keys: { client_request_hex: string; packets: { plain_hex: string }[] }[];
}

/** `<repo>/../shared/protocol/vectors`, if it is there. */
export function vectorsDir(): string | undefined {
  const dir = resolve(import.meta.dirname, "..", "..", "shared", "protocol", "vectors");
  return existsSync(join(dir, "asss-session.json")) ? dir : undefined;
}

export function loadCorpus(dir = vectorsDir()): Corpus {
  const inits = [hex("0001000000000100"), hex("00013c2b1a9f0100"), hex("0001ffffffff0100"), hex("0011000000001100")];
  if (dir === undefined) {
    return {
      source: "built-in",
      inits,
      clientDatagrams: BUILT_IN_DATAGRAMS.map(hex),
      c2s: BUILT_IN_C2S.map(hex),
      s2c: BUILT_IN_S2C.map(hex),
      serverDatagrams: [hex("000400000000"), hex("0006f7bf0700f7bf0700")],
    };
  }
  const session = JSON.parse(readFileSync(join(dir, "asss-session.json"), "utf8")) as SessionVector;
  const vie = JSON.parse(readFileSync(join(dir, "vie.json"), "utf8")) as VieVector;
  const phase = session.datagrams_client_A_phase1;
  const plain = vie.keys[0]?.packets.map((p) => hex(p.plain_hex)) ?? [];
  return {
    source: dir,
    inits: [...inits, ...vie.keys.map((k) => hex(k.client_request_hex))],
    clientDatagrams: [
      ...phase.filter((d) => d.dir === "c2s" && !d.plain_hex.startsWith("0001")).map((d) => hex(d.plain_hex)),
      ...plain.filter((p) => p[0] === 0),
    ],
    c2s: [
      ...session.logical_packets.filter((p) => p.dir === "c2s").map((p) => hex(p.hex)),
      ...plain.filter((p) => p[0] !== 0),
    ],
    s2c: session.logical_packets.filter((p) => p.dir === "s2c").map((p) => hex(p.hex)),
    serverDatagrams: phase.filter((d) => d.dir === "s2c").map((d) => hex(d.plain_hex)),
  };
}
