import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zonebus } from "@zonebus/proto";
import { FileStore } from "@zonebus/store";
import { afterEach, expect, it } from "vitest";
import { GatewayRegistry } from "./gateways.js";

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
});

it("picks the least-loaded live gateway of the first group that has one, never a draining one or the one left", async () => {
  const dir = mkdtempSync(join(tmpdir(), "zb-gateways-"));
  const store = await FileStore.open({ dir, sync: false });
  cleanup = async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  };
  const bucket = await store.bucket("gateways", { ttlMs: 6_000 });
  const beat = (id: string, group: string, connections: number, draining = false) =>
    bucket.put(
      id,
      zonebus.GatewayStatus.encode({
        id,
        group,
        publicIp: "10.0.0.1",
        publicPort: 5000,
        connections,
        draining,
      }).finish(),
    );
  await beat("gw-a", "east", 3);
  await beat("gw-b", "east", 1, true);
  await beat("gw-c", "west", 0);
  await beat("gw-d", "east", 5);
  await bucket.put("gw-noaddr", zonebus.GatewayStatus.encode({ id: "gw-noaddr", group: "east" }).finish());
  // An entry that does not decode is no gateway, and does not hide the others.
  await bucket.put("gw-bad", new Uint8Array([0xff, 0xff, 0xff]));
  const gateways = new GatewayRegistry(bucket);
  const pick = async (groups: (string | undefined)[], except?: string) =>
    (await gateways.pick(except === undefined ? { groups } : { groups, except }))?.id;
  expect(await pick(["east"])).toBe("gw-a");
  expect(await pick(["east", undefined], "gw-a")).toBe("gw-d");
  expect(await pick(["north", undefined], "gw-a")).toBe("gw-c");
  expect(await pick(["north"])).toBeUndefined();
  expect((await gateways.live()).map((g) => g.id)).toEqual(["gw-c", "gw-a", "gw-d"]);
});
