import { createSocket, type Socket } from "node:dgram";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import {
  BotClient,
  ChatType,
  type Connection,
  clientKeyExchange,
  connectionLink,
  encodeChunk,
  encodeCluster,
  encodeStreamChunk,
  S2CType,
  UdpClient,
} from "@zonebus/protocol";
import { freePort, type ServiceProcess, startServiceProcess } from "@zonebus/testkit";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { metricSum, rssMiB } from "../support/zone-probes.js";

/** Resident memory of a process in MB, from /proc. */

/**
 * A hand-framed client: key 0 (VIE without encryption, see hostile-clients.test.ts), so core
 * packets can be sent as bytes. It notes when the server sends it `00 07`.
 */
class RawConn {
  closedByServer = false;
  private keyed = false;
  private constructor(private readonly socket: Socket) {
    socket.on("message", (m) => {
      if (m.toString("hex") === "000200000000") this.keyed = true;
      if (m.length === 2 && m[0] === 0 && m[1] === 7) this.closedByServer = true;
    });
  }

  static async open(port: number, localAddress = "127.0.0.1"): Promise<RawConn> {
    const socket = createSocket("udp4");
    await new Promise<void>((r) => socket.bind(0, localAddress, () => r()));
    await new Promise<void>((r) => socket.connect(port, "127.0.0.1", () => r()));
    const c = new RawConn(socket);
    for (let i = 0; i < 50 && !c.keyed; i++) {
      if (i % 10 === 0) socket.send(Buffer.from("0001000000000100", "hex"));
      await sleep(20);
    }
    return c;
  }

  get accepted(): boolean {
    return this.keyed;
  }

  send(datagram: Uint8Array): void {
    this.socket.send(datagram);
  }

  close(): void {
    this.socket.close();
  }
}

/** Clusters of 1-byte pieces: 64 `00 0A` pieces of a 65 536-byte stream, or 128 `00 08` pieces. */
const streamPieces = encodeCluster(Array.from({ length: 64 }, () => encodeStreamChunk(65_536, Uint8Array.of(0x16))));
const bigPieces = encodeCluster(Array.from({ length: 128 }, () => encodeChunk(false, Uint8Array.of(0x16))));

/**
 * Sends clusters of 1-byte pieces from `conns` for `ms`, as fast as the event loop lets 50
 * datagrams per connection per turn go; a connection the server closes is replaced by a new one.
 */
async function blast(port: number, conns: RawConn[], ms: number): Promise<{ datagrams: number; reopened: number }> {
  const end = Date.now() + ms;
  let datagrams = 0;
  let reopened = 0;
  while (Date.now() < end) {
    for (const [i, c] of conns.entries()) {
      if (c.closedByServer) {
        c.close();
        conns[i] = await RawConn.open(port);
        reopened++;
        continue;
      }
      for (let k = 0; k < 50; k++) c.send(k % 2 === 0 ? streamPieces : bigPieces);
      datagrams += 50;
    }
    await sleep(5);
  }
  return { datagrams, reopened };
}

/** Samples a process's RSS every 250 ms until stopped; returns the peak. */
function rssPeak(pid: number): { stop(): number } {
  let peak = rssMiB(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, rssMiB(pid));
  }, 250);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, rssMiB(pid));
    },
  };
}

/**
 * Two ordinary bots log in and enter one arena; one sees the other's chat. `localAddress` is
 * where the first one connects from.
 */
async function ordinaryPlay(port: number, tag: string, localAddress = "127.0.0.1"): Promise<void> {
  const a = await BotClient.connect({ host: "127.0.0.1", port, name: `${tag}a`, encryption: "vie", localAddress });
  const b = await BotClient.connect({ host: "127.0.0.1", port, name: `${tag}b`, encryption: "vie" });
  try {
    for (const bot of [a, b]) expect((await bot.login()).code).toBe(0);
    await a.enterArena({ arenaType: -3, arenaName: "calm" });
    await b.enterArena({ arenaType: -3, arenaName: "calm" });
    const heard = b.waitFor(S2CType.Chat, (p) => p.text === `${tag} still here`);
    a.chat(ChatType.Public, `${tag} still here`);
    expect((await heard).playerId).toBe(a.pid);
  } finally {
    await a.disconnect().catch(() => undefined);
    await b.disconnect().catch(() => undefined);
  }
}

describe("transport limits against hostile clients, all in one process", () => {
  let zone: ServiceProcess;
  let port: number;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "zb-transport-"));
    port = await freePort();
    zone = await startServiceProcess({
      service: "all-in-one",
      args: ["--port", String(port), "--host", "127.0.0.1", "--data-dir", dir],
    });
  });
  afterAll(async () => {
    expect(await zone.stop()).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ["one connection", 1],
    ["eight connections", 8],
  ])(
    "keeps RSS bounded under 20 s of 1-byte 00 0A and 00 08 pieces before login from %s",
    async (_, n) => {
      const before = rssMiB(zone.pid);
      const sampler = rssPeak(zone.pid);
      const conns = await Promise.all(Array.from({ length: n }, () => RawConn.open(port)));
      const sent = await blast(port, conns, 20_000);
      for (const c of conns) c.close();
      const peak = sampler.stop();
      await sleep(500);
      const after = rssMiB(zone.pid);
      const rateLimited = await metricSum(zone, "zb_gateway_transport_drops_total", 'reason="rate_limited"');
      console.log(
        `1-byte pieces from ${n} connection(s): ${sent.datagrams} datagrams sent, ${sent.reopened} reconnects, ` +
          `${rateLimited} rate-limited so far; zone RSS ${before.toFixed(1)} MB before, ${peak.toFixed(1)} MB peak, ${after.toFixed(1)} MB after`,
      );
      expect(peak - before).toBeLessThan(50);
      expect(rateLimited).toBeGreaterThan(0);
      await ordinaryPlay(port, `p${n}`);
    },
    60_000,
  );

  it("still lets a new client in after 1100 connections from one address key-exchanged and idle", async () => {
    const before = rssMiB(zone.pid);
    const idle: RawConn[] = [];
    for (let i = 0; i < 1_100; i++) idle.push(await RawConn.open(port));
    const evicted = await metricSum(zone, "zb_gateway_connection_limits_total", 'limit="evicted_per_address"');
    const after = rssMiB(zone.pid);
    console.log(
      `1100 idle connections from 127.0.0.1: ${idle.filter((c) => c.accepted).length} key-exchanged, ` +
        `${idle.filter((c) => c.closedByServer).length} evicted (metric ${evicted}); zone RSS ${before.toFixed(1)} MB before, ${after.toFixed(1)} MB after`,
    );
    expect(evicted).toBeGreaterThanOrEqual(1_100 - 16);
    // From another address, and from the crowded one after the idle connections.
    await ordinaryPlay(port, "fresh", "127.0.0.2");
    await ordinaryPlay(port, "same", "127.0.0.1");
    for (const c of idle) c.close();
  }, 60_000);

  it("drops and counts a per-connection packet flood, then closes the flooder; players are not disturbed", async () => {
    const watchers = [
      await BotClient.connect({ host: "127.0.0.1", port, name: "watch1", encryption: "vie" }),
      await BotClient.connect({ host: "127.0.0.1", port, name: "watch2", encryption: "vie" }),
    ];
    try {
      for (const w of watchers) {
        expect((await w.login()).code).toBe(0);
        await w.enterArena({ arenaType: -3, arenaName: "watch" });
      }
      const droppedBefore = await metricSum(zone, "zb_gateway_transport_drops_total", 'reason="rate_limited"');
      const floodsBefore = await metricSum(zone, "zb_gateway_disconnects_total", 'reason="flood"');
      const flooder = await RawConn.open(port, "127.0.0.3");
      // 00 05 sync requests: each one asks for a reply, the most a datagram can make a server do.
      const sync = Buffer.from("0005000000000000000000000000", "hex");
      const end = Date.now() + 8_000;
      let sent = 0;
      while (Date.now() < end && !flooder.closedByServer) {
        for (let k = 0; k < 20; k++) flooder.send(sync);
        sent += 20;
        await sleep(5);
      }
      flooder.close();
      const dropped =
        (await metricSum(zone, "zb_gateway_transport_drops_total", 'reason="rate_limited"')) - droppedBefore;
      const floods = (await metricSum(zone, "zb_gateway_disconnects_total", 'reason="flood"')) - floodsBefore;
      console.log(
        `packet flood: ${sent} datagrams sent, ${dropped} dropped by the rate limit, closed: ${flooder.closedByServer}`,
      );
      expect(dropped).toBeGreaterThan(sent / 2);
      expect(flooder.closedByServer).toBe(true);
      expect(floods).toBe(1);
      const [w1, w2] = watchers;
      const heard = w2!.waitFor(S2CType.Chat, (p) => p.text === "flood over");
      w1!.chat(ChatType.Public, "flood over");
      await heard;
      expect(w1!.inArena && w2!.inArena).toBe(true);
    } finally {
      for (const w of watchers) await w.disconnect().catch(() => undefined);
    }
  }, 60_000);
});

describe("a distributed zone against a 1.1 MiB upload", () => {
  const procs: ServiceProcess[] = [];
  let port: number;

  beforeAll(async () => {
    const env = { NATS_URL: inject("natsUrl"), ZONE_ID: `transport${Date.now()}` };
    procs.push(await startServiceProcess({ service: "master", env }));
    procs.push(await startServiceProcess({ service: "arena", env, args: ["--replica-id", "arena-a"] }));
    port = await freePort();
    procs.push(
      await startServiceProcess({
        service: "gateway",
        env,
        args: ["--port", String(port), "--host", "127.0.0.1", "--gateway-id", "gw-upload"],
      }),
    );
  });
  afterAll(async () => {
    for (const p of procs.reverse()) await p.stop();
  });

  it("refuses the upload at the transport; the gateway lives and the others play on", async () => {
    const gateway = procs.at(-1)!;
    let connection: Connection | undefined;
    const uploader = await BotClient.open({ name: "uploader" }, async (listener) => {
      const client = await UdpClient.connect({
        host: "127.0.0.1",
        port,
        keyExchange: clientKeyExchange(),
        listener,
        // As fast as the link allows, so the whole upload is on its way at once.
        config: { bandwidth: { mode: "unlimited" } },
      });
      connection = client.connection;
      return connectionLink(
        client.connection,
        () => client.close(),
        () => client.flush(),
      );
    });
    expect((await uploader.login()).code).toBe(0);
    await uploader.enterArena({ arenaType: -3, arenaName: "calm" });
    const before = rssMiB(gateway.pid);
    const upload = new Uint8Array(1_100 * 1024).fill(0x41);
    upload[0] = 0x16;
    expect(connection!.sendStream(upload).ok).toBe(true);
    await expect
      .poll(() => metricSum(gateway, "zb_gateway_transport_drops_total", 'reason="stream_rejected"'), {
        timeout: 10_000,
      })
      .toBeGreaterThanOrEqual(1);
    await sleep(2_000);
    const after = rssMiB(gateway.pid);
    const held = await metricSum(gateway, "zb_gateway_reassembly_bytes");
    console.log(
      `1.1 MiB upload: refused (stream_rejected), uploader cancelled its stream: ${connection!.pendingStreams === 0}, ` +
        `gateway RSS ${before.toFixed(1)} MB before, ${after.toFixed(1)} MB after, reassembly bytes held ${held}`,
    );
    expect(gateway.output()).not.toContain("max_payload");
    expect(held).toBe(0);
    await ordinaryPlay(port, "dist");
    // The uploader is still a player: ASSS too lets it play on.
    expect(uploader.inArena).toBe(true);
    await uploader.disconnect();
  }, 60_000);
});
