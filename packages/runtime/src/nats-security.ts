import { readFileSync } from "node:fs";
import {
  type ConnectionOptions,
  credsAuthenticator,
  nkeyAuthenticator,
  type TlsOptions,
} from "@nats-io/transport-node";
import { ConfigError, KitErrorCode } from "@zonebus/service-kit";
import type { CommonConfig } from "./options.js";

/** The common options that say how a process proves itself to NATS and secures the link. */
export type NatsSecurityConfig = Partial<
  Pick<
    CommonConfig,
    | "natsUser"
    | "natsPassword"
    | "natsPasswordFile"
    | "natsToken"
    | "natsTokenFile"
    | "natsNkeyFile"
    | "natsCredsFile"
    | "natsTls"
    | "natsTlsCa"
    | "natsTlsCert"
    | "natsTlsKey"
  >
>;

/** What the NATS client is given, and a description of it that holds no secret (for logs). */
export interface NatsSecurity {
  readonly options: Pick<ConnectionOptions, "user" | "pass" | "token" | "authenticator" | "tls">;
  /** `none`, `user`, `token`, `nkey` or `creds`. */
  readonly auth: "none" | "user" | "token" | "nkey" | "creds";
  readonly tls: boolean;
}

const bad = (message: string, key: string) => new ConfigError(message, KitErrorCode.ConfigBadValue, key);

/** Reads a secret or certificate file; the error names the flag and the file, never the content. */
function readFile(path: string, flag: string, key: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw bad(`--${flag}: cannot read ${path} (${code})`, key);
  }
}

/** A one-line secret file (password, token): surrounding white space and the final newline are not part of it. */
function readSecret(path: string, flag: string, key: string): string {
  const text = readFile(path, flag, key).toString("utf8").trim();
  if (text.length === 0 || /[\r\n]/.test(text)) throw bad(`--${flag}: ${path} must hold one non-empty line`, key);
  return text;
}

/**
 * Checks the NATS credential and TLS options together and reads the files they name, once at
 * boot: at most one way to authenticate (user and password, token, nkey seed, creds file); a
 * password needs a user and a user a password; a client certificate needs its key and the key
 * its certificate. Any TLS option (or `--nats-tls`) makes the client require TLS. Throws a
 * {@link ConfigError} naming the flag; no message carries a secret.
 */
export function natsSecurityFrom(config: NatsSecurityConfig): NatsSecurity {
  if (config.natsPassword !== undefined && config.natsPasswordFile !== undefined)
    throw bad("give --nats-password or --nats-password-file, not both", "natsPassword");
  if (config.natsToken !== undefined && config.natsTokenFile !== undefined)
    throw bad("give --nats-token or --nats-token-file, not both", "natsToken");
  const hasPassword = config.natsPassword !== undefined || config.natsPasswordFile !== undefined;
  const methods = [
    config.natsUser !== undefined || hasPassword ? "--nats-user" : undefined,
    config.natsToken !== undefined || config.natsTokenFile !== undefined ? "--nats-token" : undefined,
    config.natsNkeyFile !== undefined ? "--nats-nkey-file" : undefined,
    config.natsCredsFile !== undefined ? "--nats-creds-file" : undefined,
  ].filter((m) => m !== undefined);
  if (methods.length > 1) throw bad(`choose one way to authenticate to NATS, not ${methods.join(" and ")}`, "natsUser");

  const options: { -readonly [K in keyof NatsSecurity["options"]]: NatsSecurity["options"][K] } = {};
  let auth: NatsSecurity["auth"] = "none";
  if (config.natsUser !== undefined || hasPassword) {
    if (config.natsUser === undefined) throw bad("a NATS password needs --nats-user", "natsUser");
    if (!hasPassword) throw bad("--nats-user needs --nats-password-file (or --nats-password)", "natsPassword");
    options.user = config.natsUser;
    options.pass =
      config.natsPasswordFile !== undefined
        ? readSecret(config.natsPasswordFile, "nats-password-file", "natsPasswordFile")
        : config.natsPassword;
    auth = "user";
  } else if (config.natsToken !== undefined || config.natsTokenFile !== undefined) {
    options.token =
      config.natsTokenFile !== undefined
        ? readSecret(config.natsTokenFile, "nats-token-file", "natsTokenFile")
        : config.natsToken;
    auth = "token";
  } else if (config.natsNkeyFile !== undefined) {
    const seed = readSecret(config.natsNkeyFile, "nats-nkey-file", "natsNkeyFile");
    if (!/^SU[A-Z2-7]+$/.test(seed))
      throw bad(`--nats-nkey-file: ${config.natsNkeyFile} holds no user nkey seed`, "natsNkeyFile");
    options.authenticator = nkeyAuthenticator(new TextEncoder().encode(seed));
    auth = "nkey";
  } else if (config.natsCredsFile !== undefined) {
    const creds = readFile(config.natsCredsFile, "nats-creds-file", "natsCredsFile");
    if (!creds.toString("utf8").includes("-----BEGIN NATS USER JWT-----"))
      throw bad(`--nats-creds-file: ${config.natsCredsFile} is not a NATS creds file`, "natsCredsFile");
    options.authenticator = credsAuthenticator(new Uint8Array(creds));
    auth = "creds";
  }

  if (config.natsTlsCert !== undefined && config.natsTlsKey === undefined)
    throw bad("--nats-tls-cert needs --nats-tls-key", "natsTlsKey");
  if (config.natsTlsKey !== undefined && config.natsTlsCert === undefined)
    throw bad("--nats-tls-key needs --nats-tls-cert", "natsTlsCert");
  const tlsWanted =
    config.natsTls === true ||
    config.natsTlsCa !== undefined ||
    config.natsTlsCert !== undefined ||
    config.natsTlsKey !== undefined;
  if (tlsWanted) {
    const tls: TlsOptions = {};
    if (config.natsTlsCa !== undefined)
      tls.ca = readFile(config.natsTlsCa, "nats-tls-ca", "natsTlsCa").toString("utf8");
    if (config.natsTlsCert !== undefined && config.natsTlsKey !== undefined) {
      tls.cert = readFile(config.natsTlsCert, "nats-tls-cert", "natsTlsCert").toString("utf8");
      tls.key = readFile(config.natsTlsKey, "nats-tls-key", "natsTlsKey").toString("utf8");
    }
    options.tls = tls;
  }
  return { options, auth, tls: tlsWanted };
}

/** A server list with any `user:password@` taken out, for messages and logs. */
export function redactNatsUrl(servers: string): string {
  return servers.replace(/\/\/[^/@,]*@/g, "//***@");
}
