import { isIPv4 } from "node:net";
import { networkInterfaces } from "node:os";

/** Bad `--public-address`. */
export class PublicAddressError extends Error {
  override readonly name = "PublicAddressError";
  readonly code = "GATEWAY_BAD_PUBLIC_ADDRESS";
}

export interface PublicAddress {
  readonly ip: string;
  readonly port: number;
}

/**
 * The address clients are redirected to (S2C 0x3B carries IPv4 only). `--public-address ip:port`
 * when set (a gateway behind NAT or a load balancer); else the listen host and bound port, with a
 * wildcard host replaced by the first non-internal IPv4 of the machine (127.0.0.1 if none).
 */
export function publicAddress(option: string | undefined, host: string, boundPort: number): PublicAddress {
  if (option !== undefined && option !== "") {
    const m = /^([^:]+):(\d{1,5})$/.exec(option);
    const port = m ? Number(m[2]) : 0;
    if (!m || !isIPv4(m[1]!) || port < 1 || port > 65_535)
      throw new PublicAddressError(
        `--public-address "${option}" must be an IPv4 address and port, e.g. 203.0.113.7:5000`,
      );
    return { ip: m[1]!, port };
  }
  if (isIPv4(host) && host !== "0.0.0.0") return { ip: host, port: boundPort };
  for (const list of Object.values(networkInterfaces()))
    for (const a of list ?? []) if (a.family === "IPv4" && !a.internal) return { ip: a.address, port: boundPort };
  return { ip: "127.0.0.1", port: boundPort };
}
