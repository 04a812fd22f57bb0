import { describe, expect, it } from "vitest";
import { PublicAddressError, publicAddress } from "./public-address.js";

describe("a gateway's public address", () => {
  it("is --public-address when given, else the listen host and bound port", () => {
    expect(publicAddress("203.0.113.7:6000", "127.0.0.1", 5000)).toEqual({ ip: "203.0.113.7", port: 6000 });
    expect(publicAddress(undefined, "127.0.0.1", 5000)).toEqual({ ip: "127.0.0.1", port: 5000 });
  });

  it("replaces a wildcard listen host with an IPv4 of the machine", () => {
    const { ip, port } = publicAddress(undefined, "0.0.0.0", 5000);
    expect(ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(ip).not.toBe("0.0.0.0");
    expect(port).toBe(5000);
  });

  it("refuses what S2C 0x3B cannot carry with a clear error", () => {
    for (const bad of ["zone.example:5000", "[::1]:5000", "10.0.0.1", "10.0.0.1:0", "10.0.0.1:70000", "10.0.0.300:1"])
      expect(() => publicAddress(bad, "127.0.0.1", 5000)).toThrow(PublicAddressError);
  });
});
