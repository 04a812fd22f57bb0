/**
 * The shapes of the biller double: a stand-in for a real billing server (an SSC biller or a
 * line-protocol biller) that zones under test connect to. Facts: shared/protocol/biller.md.
 */
import type { Logger } from "pino";
import type { Registry } from "prom-client";

export type BillerProtocol = "tcp" | "udp";

/** An account the double knows. Tests may add to `BillerDouble.users` or change entries at any time. */
export interface BillerUser {
  name: string;
  password: string;
  squad?: string;
  /** The biller's id of the user (TCP POK billerid, UDP login result offset 170); assigned when absent. */
  userId?: number;
  /** Set: the user is banned, this the ban text shown to him. */
  banned?: string;
  /** 96 bytes, sent after a good login. */
  banner?: Uint8Array;
}

/** A score record as the UDP protocol carries it (biller.md §3.3). */
export interface BillerRecordScore {
  readonly kills: number;
  readonly deaths: number;
  readonly flags: number;
  readonly killPoints: number;
  readonly flagPoints: number;
}

/**
 * One message a zone sent to the double, parsed. `type` is the TCP message type (`PLOGIN`,
 * `CHAT`, …) or the UDP packet's name (`login`, `channel`, …); `fields` holds the message's
 * fields by the names biller.md gives them (TCP: the text as received; UDP: numbers and text).
 */
export interface BillerRecord {
  /** The zone's name: TCP CONNECT's zonename, UDP server connect's server name ("" before either). */
  readonly zone: string;
  readonly type: string;
  readonly pid?: number;
  readonly fields: Readonly<Record<string, string | number>>;
  /** UDP logoff (29 bytes) and user score only. */
  readonly score?: BillerRecordScore;
}

export interface BillerDoubleOptions {
  readonly protocol: BillerProtocol;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** Default 127.0.0.1. */
  readonly host?: string;
  readonly users?: readonly BillerUser[];
  /** Where the malformed-input counter is registered; a private registry when absent. */
  readonly registry?: Registry;
  readonly logger?: Logger;
}

export interface BillerDouble {
  readonly port: number;
  readonly protocol: BillerProtocol;
  /** Lower-case name → user. */
  readonly users: Map<string, BillerUser>;
  /** Every well-formed message from zones, in arrival order (at most `MAX_LOG_RECORDS`). */
  readonly log: BillerRecord[];
  /** Where `biller_double_malformed_total{reason}` lives. */
  readonly registry: Registry;
  /** Malformed inputs dropped so far, by reason. */
  malformed(): Promise<Record<string, number>>;
  /** The first record (already logged or still to come) matching `pred`; rejects after `timeoutMs`. */
  waitFor(pred: (r: BillerRecord) => boolean, timeoutMs?: number): Promise<BillerRecord>;
  /** Raw bytes to every connected zone: TCP written as is; UDP one game packet sent reliably. */
  send(raw: string | Uint8Array): void;
  /** A network-wide broadcast (TCP BROADCAST, UDP 0x03 with plain text). */
  broadcast(text: string): void;
  /** A staff message (TCP STAFFMSG); the UDP protocol has none, so over UDP nothing is sent. */
  staff(text: string): void;
  /** Kicks a player of the named zone (TCP PKICK; UDP 0x08 with `reason` as a number, else 0). */
  kick(zoneName: string, pid: number, reason: string): void;
  /** Ends the reset scoring interval (TCP SCORERESET, UDP 0x31 with each zone's score id). */
  scoreReset(): void;
  /** Closes the listener and every zone connection at once. UDP zones do get a `00 07`. */
  stop(): Promise<void>;
  /** Listens again on the same port, keeping users and log (online players are forgotten). */
  restart(): Promise<void>;
}
