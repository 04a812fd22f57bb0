import { zonebus } from "@zonebus/proto";
import { describe, expect, it } from "vitest";

describe("bus schemas", () => {
  it("round-trips a login request with a 32-byte password and a full 32-bit connection id", () => {
    const password = new Uint8Array(32).fill(0x41);
    const bytes = zonebus.LoginRequest.encode({
      gateway: "gw-1",
      connId: 0xfffffffe,
      clientKind: zonebus.ClientKind.CLIENT_KIND_CONTINUUM,
      name: "alpha",
      password,
    }).finish();
    const back = zonebus.LoginRequest.decode(bytes);
    expect(back.connId).toBe(0xfffffffe);
    expect(back.clientKind).toBe(zonebus.ClientKind.CLIENT_KIND_CONTINUUM);
    expect(Array.from(back.password)).toEqual(Array.from(password));
  });

  it("keeps the oneof branch of an arena input", () => {
    const batch = zonebus.ArenaInputBatch.encode({
      inputs: [{ leavePid: 7 }, { packet: { pid: 3, data: new Uint8Array([0x03, 1, 2]) } }],
    }).finish();
    const back = zonebus.ArenaInputBatch.decode(batch);
    expect(back.inputs[0]?.kind).toBe("leavePid");
    expect(back.inputs[1]?.kind).toBe("packet");
    expect(back.inputs[1]?.packet?.pid).toBe(3);
  });

  it("rejects a truncated message with an error, not a crash", () => {
    const bytes = zonebus.Delivery.encode({ pids: [1, 2, 3], packet: new Uint8Array(40) }).finish();
    expect(() => zonebus.Delivery.decode(bytes.subarray(0, bytes.length - 5))).toThrow(RangeError);
  });
});
