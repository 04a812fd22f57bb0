import { createSocket, type Socket } from "node:dgram";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BotClient, C2SType, encodeC2S } from "@zonebus/protocol";
import { freeUdpPortPair, type ServiceProcess, startServiceProcess } from "@zonebus/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const metric = async (zone: ServiceProcess, name: string): Promise<number> => {
  const text = await (await fetch(`http://127.0.0.1:${zone.opsPort}/metrics`)).text();
  const line = text.split("\n").find((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `));
  return line === undefined ? Number.NaN : Number(line.split(" ").pop());
};

const until = async (check: () => Promise<boolean>, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
};

describe("hostile and vanishing clients", () => {
  let zone: ServiceProcess;
  let port: number;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "zb-hostile-"));
    port = await freeUdpPortPair();
    zone = await startServiceProcess({
      service: "all-in-one",
      args: ["--port", String(port), "--host", "127.0.0.1", "--data-dir", dir, "--client-timeout", "1s"],
    });
  });
  afterAll(async () => {
    expect(await zone.stop()).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });

  const socket = async (): Promise<Socket> => {
    const s = createSocket("udp4");
    await new Promise<void>((r) => s.connect(port, "127.0.0.1", () => r()));
    return s;
  };

  it("survives a flood of garbage datagrams and still serves a real client", async () => {
    const s = await socket();
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed;
    };
    for (let i = 0; i < 3_000; i++) {
      const d = Buffer.alloc(rand() % 600);
      for (let j = 0; j < d.length; j++) d[j] = rand() & 0xff;
      if (i % 3 === 0 && d.length >= 2) d[0] = 0; // core-looking garbage too
      s.send(d);
    }
    s.close();
    const c = await BotClient.connect({ host: "127.0.0.1", port, name: "survivor", encryption: "vie" });
    expect((await c.login()).code).toBe(0);
    await c.disconnect();
    expect(await metric(zone, "zb_gateway_connections")).toBeLessThanOrEqual(1);
  });

  it("forgets a client that vanishes in the middle of logging in", async () => {
    const s = await socket();
    const replies: Buffer[] = [];
    s.on("message", (m) => replies.push(m));
    // Key 0: VIE without encryption, so the test can frame packets by hand.
    s.send(Buffer.from("0001000000000100", "hex"));
    await until(async () => replies.length > 0, 2_000);
    expect(replies[0]?.toString("hex")).toBe("000200000000");
    const login = encodeC2S({
      type: C2SType.Login,
      flags: 0,
      name: "ghost",
      password: "x",
      machineId: 1,
      connectType: 4,
      timezoneBias: 0,
      unknown73: 0,
      clientVersion: 134,
      field444: 444,
      features: 0,
      field555: 0,
      permissionId: 0,
      serverAddress: 0,
      clientPort: 0,
      loginId: 0,
      unknown99: 0,
    } as never);
    s.send(Buffer.concat([Buffer.from("000300000000", "hex"), login]));
    expect(await until(async () => (await metric(zone, "zb_master_players")) === 1, 3_000)).toBe(true);
    // Silence: no acks, no 00 07. The gateway's 1 s timeout must clear every trace.
    s.close();
    expect(await until(async () => (await metric(zone, "zb_master_players")) === 0, 5_000)).toBe(true);
    expect(await metric(zone, "zb_gateway_connections")).toBe(0);
  });
});
