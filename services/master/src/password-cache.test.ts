import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zonebus } from "@zonebus/proto";
import { FileStore } from "@zonebus/store";
import { zoneSubjects } from "@zonebus/subjects";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PasswordCache, TicketRefusal, ticketKey } from "./password-cache.js";

const subjects = zoneSubjects("cache");
const IP = "198.51.100.7";

describe("the recently-used-password cache", () => {
  let dir: string;
  let now: number;
  const stores: FileStore[] = [];
  const open = async () => {
    const store = await FileStore.open({ dir, now: () => now });
    stores.push(store);
    return { store, cache: await PasswordCache.open(store, subjects, { ttlMs: 30_000, now: () => now }) };
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "zb-cache-"));
    now = 1_800_000_000_000;
  });
  afterEach(async () => {
    for (const s of stores.splice(0)) await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("lets a ticket in once: the same zeroed login again is a replay", async () => {
    const { cache } = await open();
    const id = await cache.issue("Alpha Bot", IP, "duel", "home");
    expect(await cache.consume("alpha bot", IP, id)).toEqual({
      ok: true,
      arena: "duel",
      reason: "home",
      authenticated: false,
    });
    expect(await cache.consume("alpha bot", IP, id)).toEqual({ ok: false, refusal: TicketRefusal.Replayed });
  });

  it("lets exactly one of two masters sharing the store use a ticket", async () => {
    const a = await open();
    const b = { cache: await PasswordCache.open(a.store, subjects, { ttlMs: 30_000, now: () => now }) };
    const id = await a.cache.issue("alpha", IP, "duel", "drain");
    const results = await Promise.all([a.cache.consume("alpha", IP, id), b.cache.consume("alpha", IP, id)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("refuses a ticket past its expiry", async () => {
    const { cache } = await open();
    const id = await cache.issue("alpha", IP, "duel", "home");
    now += 30_001;
    expect(await cache.consume("alpha", IP, id)).toEqual({ ok: false, refusal: TicketRefusal.Expired });
  });

  it("binds a ticket to the client's address and to the login id it echoes", async () => {
    const { cache } = await open();
    const id = await cache.issue("alpha", IP, "duel", "home");
    expect(await cache.consume("alpha", "198.51.100.8", id)).toEqual({
      ok: false,
      refusal: TicketRefusal.WrongAddress,
    });
    expect(await cache.consume("alpha", IP, (id + 1) >>> 0)).toEqual({
      ok: false,
      refusal: TicketRefusal.WrongLoginId,
    });
    expect(await cache.consume("bravo", IP, id)).toEqual({ ok: false, refusal: TicketRefusal.NoTicket });
    // Continuum may not echo the id (0): name and address still decide, once.
    expect((await cache.consume("alpha", IP, 0)).ok).toBe(true);
  });

  it("never lets a login id 0 use a ticket issued to a client that echoes the login id", async () => {
    const { cache } = await open();
    const echoing = { echoesLoginId: true, authenticated: true };
    const id = await cache.issue("alpha", IP, "duel", "drain", echoing);
    expect(await cache.consume("alpha", IP, 0)).toEqual({ ok: false, refusal: TicketRefusal.MissingLoginId });
    // The forged attempt did not use the ticket: the real client still comes back with its id,
    // and keeps its proved name.
    expect(await cache.consume("alpha", IP, id)).toMatchObject({ ok: true, authenticated: true });
  });

  it("stores no password or login id in plain, and keeps tickets across a restart", async () => {
    const first = await open();
    const id = await first.cache.issue("alpha", IP, "duel", "home");
    const raw = (await (
      await first.store.bucket(subjects.buckets.redirects, { ttlMs: 300_000 })
    ).get(ticketKey("alpha")))!;
    const ticket = zonebus.RedirectTicket.decode(raw.value);
    const idBytes = Buffer.alloc(4);
    idBytes.writeUInt32LE(id, 0);
    expect(Buffer.from(raw.value).includes(idBytes)).toBe(false);
    expect(ticket.loginIdMac.length).toBe(32);
    expect(Object.keys(zonebus.RedirectTicket.toObject(ticket))).not.toContain("password");
    await first.store.close();
    stores.splice(0);
    expect(readFileSync(join(dir, "store.log")).includes(idBytes)).toBe(false);
    const second = await open();
    expect((await second.cache.consume("alpha", IP, id)).ok).toBe(true);
  });

  it("refuses a ticket lifetime longer than the bucket keeps entries", async () => {
    const { store } = await open();
    await expect(PasswordCache.open(store, subjects, { ttlMs: 301_000 })).rejects.toThrow(RangeError);
  });
});
