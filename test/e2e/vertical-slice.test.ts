import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { C2SType, ChatType, type S2CPacket, S2CType } from "@zonebus/protocol";
import { freePort, type ServiceProcess, startServiceProcess } from "@zonebus/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RawClient } from "../support/raw-client.js";

type Of<T extends number> = Extract<S2CPacket, { type: T }>;
const is =
  <T extends number>(type: T) =>
  (p: S2CPacket): p is Of<T> =>
    p.type === type;

describe("a playable zone, all in one process", () => {
  let zone: ServiceProcess;
  let port: number;
  let dir: string;
  const clients: RawClient[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "zb-slice-"));
    port = await freePort();
    zone = await startServiceProcess({ service: "all-in-one", args: ["--port", String(port), "--host", "127.0.0.1", "--data-dir", dir] });
  });
  afterAll(async () => {
    for (const c of clients) await c.close();
    await zone?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const join_ = async (name: string) => {
    const c = await RawClient.connect(port);
    clients.push(c);
    await c.login(name);
    const resp = await c.waitFor(is(S2CType.LoginResponse));
    expect(resp.code).toBe(0);
    c.send({ type: C2SType.ArenaLogin, ship: 8, obscenityFilter: 0, allowAudio: 1, xRes: 1024, yRes: 768, arenaType: -1, arenaName: "" } as never);
    const me = await c.waitFor(is(S2CType.WhoAmI));
    await c.waitFor(is(S2CType.EnteringComplete));
    return { c, pid: me.playerId };
  };

  it("logs two players in, shows each to the other, relays positions and chat", async () => {
    const a = await join_("alpha");
    const b = await join_("bravo");
    // A sees B arrive; B's burst listed A.
    await a.c.waitFor((p): p is Of<typeof S2CType.PlayerEntering> => p.type === S2CType.PlayerEntering && JSON.stringify(p).includes("bravo"));
    expect(b.c.received.some((p) => p.type === S2CType.PlayerEntering && JSON.stringify(p).includes("alpha"))).toBe(true);
    expect(b.c.received.some((p) => p.type === S2CType.Settings)).toBe(true);

    a.c.send({ type: C2SType.ShipChange, ship: 0 } as never);
    const change = await b.c.waitFor(is(S2CType.ShipFreqChange));
    expect([change.playerId, change.ship]).toEqual([a.pid, 0]);

    a.c.send({ type: C2SType.Chat, chatType: ChatType.Public, sound: 0, target: -1, text: "hello public" } as never);
    const chat = await b.c.waitFor(is(S2CType.Chat));
    expect([chat.playerId, chat.text]).toEqual([a.pid, "hello public"]);

    const pos = await (async () => {
      for (let i = 0; i < 20; i++) {
        a.c.send(
          {
            type: C2SType.Position,
            rotation: 0,
            time: Math.floor(Date.now() / 10) >>> 0,
            xSpeed: 0,
            y: 8200,
            status: 0,
            x: 8200 + i,
            ySpeed: 0,
            bounty: 0,
            energy: 1000,
            weapon: 0,
            extraLength: 0,
            extra: { energy: 0, s2cLag: 0, timer: 0, items: 0 },
          } as never,
          false,
        );
        const got = b.c.received.find((p) => p.type === S2CType.Position);
        if (got) return got;
        await new Promise((r) => setTimeout(r, 100));
      }
      return b.c.waitFor(is(S2CType.Position), 2_000);
    })();
    expect(pos.playerId).toBe(a.pid);
    expect(pos.y).toBe(8200);
  });
});
