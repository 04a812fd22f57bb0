import { KvServerError } from "./errors.js";

/** Oldest nats-server the JetStream store runs on: bucket TTL, watch and R3 work from 2.9. */
export const MIN_SERVER_VERSION = { major: 2, minor: 9 } as const;

/** The parts of the server's INFO the store checks. */
export interface ServerInfoLike {
  readonly version: string;
  readonly jetstream?: boolean;
}

/** Throws KvServerError unless the server has JetStream and is MIN_SERVER_VERSION or newer. */
export function checkServerInfo(info: ServerInfoLike | undefined): void {
  if (!info) throw new KvServerError("the NATS connection has no server info yet");
  const m = /^v?(\d+)\.(\d+)/.exec(info.version);
  if (!m) throw new KvServerError(`nats-server version "${info.version}" cannot be read`);
  const major = Number(m[1]);
  const minor = Number(m[2]);
  if (major < MIN_SERVER_VERSION.major || (major === MIN_SERVER_VERSION.major && minor < MIN_SERVER_VERSION.minor))
    throw new KvServerError(
      `nats-server ${info.version} is too old for the store: ${MIN_SERVER_VERSION.major}.${MIN_SERVER_VERSION.minor} or newer is needed`,
    );
  if (!info.jetstream) throw new KvServerError(`nats-server ${info.version} has no JetStream: start it with -js`);
}
