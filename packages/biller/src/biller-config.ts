import type { Config, ZoneFiles } from "@zonebus/zone";

/** The `[Billing]` settings a link uses (read from global.conf below). */
export interface BillerLinkConfig {
  readonly host: string;
  readonly port: number;
  /** `Billing:ServerName`: the zone's name at the biller. */
  readonly serverName: string;
  /** `Billing:ServerNetwork` (TCP CONNECT's hostname field). */
  readonly serverNetwork: string;
  readonly password: string;
  /** UDP server connect fields. */
  readonly serverId: number;
  readonly groupId: number;
  readonly scoreId: number;
  /** The zone's game port (UDP server connect). */
  readonly gamePort: number;
  /** `Billing:RetryInterval` in ms: the longest wait between reconnects (the first is within 1 s). */
  readonly retryIntervalMs: number;
  /** `Billing:LocalChats` / `Billing:StaffChats`: channel names (UDP `?chat=` rewriting). */
  readonly localChats: readonly string[];
  readonly staffChats: readonly string[];
  /** Prefixes of those channels (`$l$<prefix>|`, `$s$<prefix>|`); default the server name. */
  readonly localChatPrefix: string;
  readonly staffChatPrefix: string;
  /** How long a login waits for the biller's answer before it is unavailable (default 10 s). */
  readonly loginTimeoutMs: number;
}

/** The two biller protocols, as ASSS's modules: `billing` (TCP lines) and `billing_ssc` (old UDP). */
export type BillerProtocol = "tcp" | "udp";

/** A biller the zone uses: its protocol and the link settings. */
export interface BillerSetup {
  readonly protocol: BillerProtocol;
  readonly link: BillerLinkConfig;
  /** `Billing:HonorScoreResetRequests` (default 1). */
  readonly honorScoreReset: boolean;
}

/** A `--biller` value or a `[Billing]` setting that cannot be used. */
export class BillerConfigError extends Error {
  override readonly name = "BillerConfigError";
  readonly code = "BILLER_CONFIG";
}

/** ASSS's default biller port for both protocols. */
export const DEFAULT_BILLER_PORT = 1850;
/** `Billing:RetryInterval` defaults, seconds: the TCP module's and the UDP module's. */
const DEFAULT_RETRY_S: Record<BillerProtocol, number> = { tcp: 30, udp: 180 };
const DEFAULT_LOGIN_TIMEOUT_MS = 3_500;
/** modules.conf is small; a bigger file is not read. */
const MAX_MODULES_CONF = 64 * 1024;
/** Longest field taken from `[Billing]`: names and passwords go into fixed fields of at most 126 bytes. */
const MAX_FIELD = 126;

/** What `--biller` says: a protocol and address, or `none`. */
export type BillerFlag = { readonly protocol: BillerProtocol; readonly host: string; readonly port: number } | "none";

/** Parses `--biller tcp://HOST:PORT | udp://HOST:PORT | none`. */
export function parseBillerFlag(value: string): BillerFlag {
  const v = value.trim();
  if (v === "none") return "none";
  const m = /^(tcp|udp):\/\/([A-Za-z0-9.-]{1,253}|\[[0-9a-fA-F:]+\]):(\d{1,5})$/.exec(v);
  const port = m ? Number(m[3]) : 0;
  if (!m || port < 1 || port > 65_535)
    throw new BillerConfigError(
      `--biller must be tcp://HOST:PORT, udp://HOST:PORT or none, got ${JSON.stringify(value)}`,
    );
  return { protocol: m[1] as BillerProtocol, host: m[2]!.replace(/^\[|\]$/g, ""), port };
}

/**
 * The biller module `conf/modules.conf` loads, as ASSS reads it: one module per line, comments
 * after `;` or `#`, an optional `<loader>` and `file:` before the name. `billing` is the TCP
 * protocol, `billing_ssc` the UDP one; with neither (or no file), undefined.
 */
export function billerModuleOf(files: ZoneFiles): BillerProtocol | undefined {
  if (!files.isFile("conf/modules.conf")) return undefined;
  const read = files.read("conf/modules.conf", MAX_MODULES_CONF);
  if (read.kind !== "ok") return undefined;
  const text = Buffer.from(read.bytes).toString("latin1");
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/[;#].*$/, "").trim();
    if (line === "") continue;
    const name = line
      .replace(/^<[^>]*>\s*/, "")
      .split(":")
      .pop()
      ?.trim()
      .toLowerCase();
    if (name === "billing") return "tcp";
    if (name === "billing_ssc") return "udp";
  }
  return undefined;
}

/** A comma- or space-separated list setting. */
function listOf(value: string | undefined): string[] {
  return (value ?? "")
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .slice(0, 64);
}

function field(global: Config, key: string, def: string): string {
  return global.getStr("Billing", key, def).slice(0, MAX_FIELD);
}

/**
 * The zone's biller: `--biller` when given (`none` turns it off), else the module
 * `conf/modules.conf` loads with the `[Billing]` settings of `global.conf`. A `[Billing]`
 * section alone turns nothing on (ASSS's dist zone has one with the module commented out).
 */
export function billerSetupOf(opts: {
  readonly files: ZoneFiles;
  readonly global: Config;
  readonly flag?: string;
  /** The zone's game port (the UDP server-connect packet carries it). */
  readonly gamePort: number;
  /** The zone's name at the biller when `Billing:ServerName` is not set (the zone id). */
  readonly zoneName?: string;
}): BillerSetup | undefined {
  const flag = opts.flag === undefined || opts.flag === "" ? undefined : parseBillerFlag(opts.flag);
  if (flag === "none") return undefined;
  const protocol = flag?.protocol ?? billerModuleOf(opts.files);
  if (protocol === undefined) return undefined;
  const g = opts.global;
  const port = flag?.port ?? g.getInt("Billing", "Port", DEFAULT_BILLER_PORT);
  if (!Number.isInteger(port) || port < 1 || port > 65_535)
    throw new BillerConfigError(`Billing:Port must be 1..65535, got ${port}`);
  const retryS = g.getInt("Billing", "RetryInterval", DEFAULT_RETRY_S[protocol]);
  if (retryS < 1 || retryS > 86_400)
    throw new BillerConfigError(`Billing:RetryInterval must be 1..86400 s, got ${retryS}`);
  const serverName = field(g, "ServerName", opts.zoneName ?? "zonebus");
  return {
    protocol,
    honorScoreReset: g.getInt("Billing", "HonorScoreResetRequests", 1) !== 0,
    link: {
      host: flag?.host ?? field(g, "IP", "127.0.0.1"),
      port,
      serverName,
      serverNetwork: field(g, "ServerNetwork", ""),
      password: field(g, "Password", ""),
      serverId: g.getInt("Billing", "ServerID", 0) >>> 0,
      groupId: g.getInt("Billing", "GroupID", 1) >>> 0,
      scoreId: g.getInt("Billing", "ScoreID", 0) >>> 0,
      gamePort: opts.gamePort,
      retryIntervalMs: retryS * 1000,
      localChats: listOf(g.getStr("Billing", "LocalChats")),
      staffChats: listOf(g.getStr("Billing", "StaffChats")),
      localChatPrefix: field(g, "LocalChatPrefix", serverName),
      staffChatPrefix: field(g, "StaffChatPrefix", serverName),
      loginTimeoutMs: DEFAULT_LOGIN_TIMEOUT_MS,
    },
  };
}
