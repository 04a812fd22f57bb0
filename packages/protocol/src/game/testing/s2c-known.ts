/**
 * One or more known packets per S2C type: the bytes (observed from a live ASSS, or written from
 * the fact-sheet tables field by field) and the packet they mean.
 */
import type { S2CPacket } from "../s2c/index.js";
import { bytesOf, cstrHex, observed, padded, ramp } from "./known-bytes.js";

export interface KnownS2C {
  what: string;
  source: string;
  hex: string;
  packet: S2CPacket;
}

const noExtra = { energy: 0, s2cLag: 0, timer: 0, items: 0 };
const spectator = { ship: 8, acceptsAudio: 1, squad: "", killPoints: 0, flagPoints: 0, freq: 8025 };
const record = { kills: 0, deaths: 0, attachedTo: -1, flagsCarried: 0, miscBits: 0 };
const settingsHex = observed("s2c", 0x0f);
const newsHex = observed("s2c", 0x10);
const mapDataHex = observed("s2c", 0x2a);

export const KNOWN_S2C: readonly KnownS2C[] = [
  { what: "who am I", source: "observed", hex: "01 0100", packet: { type: 0x01, playerId: 1 } },
  { what: "entering complete", source: "observed", hex: "02", packet: { type: 0x02 } },
  {
    what: "player entering",
    source: "observed",
    hex: observed("s2c", 0x03, 0),
    packet: { type: 0x03, players: [{ ...spectator, ...record, name: "alpha", playerId: 0 }] },
  },
  {
    what: "two concatenated player records",
    source: "login-and-arena.md §6 (SS .NET concatenates)",
    hex: observed("s2c", 0x03, 2) + observed("s2c", 0x03, 3),
    packet: {
      type: 0x03,
      players: [
        { ...spectator, ...record, ship: 0, freq: 0, name: "alpha", playerId: 0 },
        { ...spectator, ...record, name: "bravo", playerId: 1 },
      ],
    },
  },
  { what: "player leaving", source: "observed", hex: "04 0100", packet: { type: 0x04, playerId: 1 } },
  {
    what: "weapon (a level-1 bullet)",
    source: "observed",
    hex: observed("s2c", 0x05),
    packet: {
      type: 0x05,
      rotation: 0,
      time: 0xc3fe,
      x: 8192,
      ySpeed: 0,
      playerId: 0,
      xSpeed: 0,
      status: 0,
      latency: 0,
      y: 8192,
      bounty: 0,
      weapon: 1,
      extraLength: 0,
      extra: noExtra,
    },
  },
  {
    what: "weapon (a mine) with energy",
    source: "gameplay.md §2.2",
    hex: "05 05 00c4 0820 e2ff 2c01 2800 2a 10 03 a41f f401 0380 e803",
    packet: {
      type: 0x05,
      rotation: 5,
      time: 0xc400,
      x: 8200,
      ySpeed: -30,
      playerId: 300,
      xSpeed: 40,
      status: 0x10,
      latency: 3,
      y: 8100,
      bounty: 500,
      weapon: 0x8003,
      extraLength: 2,
      extra: { ...noExtra, energy: 1000 },
    },
  },
  {
    what: "kill",
    source: "observed",
    hex: "06 16 0000 0100 0a00 0000",
    packet: { type: 0x06, green: 22, killerId: 0, killedId: 1, points: 10, flags: 0 },
  },
  {
    what: "public chat",
    source: "observed",
    hex: observed("s2c", 0x07, 0),
    packet: { type: 0x07, chatType: 2, sound: 0, playerId: 0, text: "hello public" },
  },
  {
    what: "remote private chat",
    source: "observed",
    hex: observed("s2c", 0x07, 2),
    packet: { type: 0x07, chatType: 7, sound: 0, playerId: -1, text: "(alpha)>remote hi" },
  },
  {
    what: "green taken by another player",
    source: "observed",
    hex: "08 f8c40700 0002 0002 0700 0000",
    packet: { type: 0x08, time: 0x7c4f8, x: 512, y: 512, prize: 7, playerId: 0 },
  },
  {
    what: "score update",
    source: "gameplay.md §4",
    hex: "09 0100 e8030000 64000000 0500 0200",
    packet: { type: 0x09, playerId: 1, killPoints: 1000, flagPoints: 100, kills: 5, deaths: 2 },
  },
  {
    what: "login response",
    source: "observed",
    hex: "0a 00 86000000 00 000000 e89c42f1 0000000000 00 48c91c28 a1f3af58 0000000000000000",
    packet: {
      type: 0x0a,
      code: 0,
      serverVersion: 134,
      isVip: 0,
      exeChecksum: 0xf1429ce8,
      demographics: 0,
      codeChecksum: 0x281cc948,
      newsChecksum: 0x58aff3a1,
    },
  },
  {
    what: "soccer goal",
    source: "gameplay.md §11",
    hex: "0b 0100 f4010000",
    packet: { type: 0x0b, freq: 1, points: 500 },
  },
  {
    what: "voice",
    source: "gameplay.md §13",
    hex: "0c 0300 0102",
    packet: { type: 0x0c, playerId: 3, data: bytesOf("0102") },
  },
  {
    what: "spectator freq change",
    source: "gameplay.md §6",
    hex: "0d 0100 591f ff",
    packet: { type: 0x0d, playerId: 1, freq: 8025 },
  },
  { what: "attach", source: "observed", hex: "0e 0100 0000", packet: { type: 0x0e, attacherId: 1, hostId: 0 } },
  { what: "detach", source: "observed", hex: "0e 0100 ffff", packet: { type: 0x0e, attacherId: 1, hostId: -1 } },
  {
    what: "settings",
    source: "observed",
    hex: settingsHex,
    packet: { type: 0x0f, body: bytesOf(settingsHex.slice(2)) },
  },
  {
    what: "news file",
    source: "observed",
    hex: newsHex,
    packet: { type: 0x10, name: "", data: bytesOf(newsHex.slice(34)) },
  },
  {
    what: "flag location",
    source: "gameplay.md §10",
    hex: "12 0300 0002 0002 ffff",
    packet: { type: 0x12, flagId: 3, x: 512, y: 512, ownerFreq: 0xffff },
  },
  {
    what: "flag pickup",
    source: "gameplay.md §10",
    hex: "13 0300 0100",
    packet: { type: 0x13, flagId: 3, playerId: 1 },
  },
  {
    what: "flag victory",
    source: "gameplay.md §10",
    hex: "14 0100 e8030000",
    packet: { type: 0x14, freq: 1, points: 1000 },
  },
  { what: "turret kick-off", source: "gameplay.md §6", hex: "15 0200", packet: { type: 0x15, playerId: 2 } },
  { what: "flag drop", source: "gameplay.md §10", hex: "16 0100", packet: { type: 0x16, playerId: 1 } },
  {
    what: "security seeds with key 0",
    source: "observed",
    hex: "18 8d52ade9 90501d3a 6aba0700 00000000",
    packet: { type: 0x18, greenSeed: 3920450189, doorSeed: 974999696, timestamp: 506474, key: 0 },
  },
  {
    what: "security check request",
    source: "observed",
    hex: observed("s2c", 0x18, 2),
    packet: { type: 0x18, greenSeed: 3026514783, doorSeed: 3817242382, timestamp: 512475, key: 297833813 },
  },
  {
    what: "request file",
    source: "files-and-settings.md §4",
    hex: `19 ${padded("tmp/upload.txt", 256)} ${padded("upload.txt", 16)}`,
    packet: { type: 0x19, path: "tmp/upload.txt", name: "upload.txt" },
  },
  { what: "score reset of everyone", source: "gameplay.md §4", hex: "1a ffff", packet: { type: 0x1a, playerId: -1 } },
  { what: "ship reset", source: "gameplay.md §13", hex: "1b", packet: { type: 0x1b } },
  {
    what: "extra data request",
    source: "gameplay.md §6",
    hex: "1c 01",
    packet: { type: 0x1c, enable: 1, unknown: undefined },
  },
  {
    what: "ship and freq change",
    source: "observed",
    hex: "1d 01 0100 0100",
    packet: { type: 0x1d, ship: 1, playerId: 1, freq: 1 },
  },
  { what: "banner toggle", source: "gameplay.md §13", hex: "1e 01", packet: { type: 0x1e, flag: 1 } },
  {
    what: "player banner",
    source: "gameplay.md §13",
    hex: `1f 0200 ${Buffer.from(ramp(96, 7)).toString("hex")}`,
    packet: { type: 0x1f, playerId: 2, banner: ramp(96, 7) },
  },
  { what: "prize granted", source: "gameplay.md §5", hex: "20 0300 0d00", packet: { type: 0x20, count: 3, prize: 13 } },
  { what: "empty brick list", source: "observed", hex: "21", packet: { type: 0x21, bricks: [] } },
  {
    what: "one brick",
    source: "gameplay.md §9",
    hex: "21 0a00 1400 0f00 1400 0100 0700 10270000",
    packet: {
      type: 0x21,
      bricks: [{ x1: 10, y1: 20, x2: 15, y2: 20, freq: 1, brickId: 7, startTime: 10000 }],
    },
  },
  {
    what: "turf owners",
    source: "gameplay.md §10",
    hex: "22 0000 ffff 0100",
    packet: { type: 0x22, owners: [0, -1, 1] },
  },
  {
    what: "periodic reward",
    source: "gameplay.md §4",
    hex: "23 0000 6400 0100 c800",
    packet: {
      type: 0x23,
      rewards: [
        { freq: 0, points: 100 },
        { freq: 1, points: 200 },
      ],
    },
  },
  {
    what: "speed game stats",
    source: "gameplay.md §4",
    hex: "24 01 0200 e8030000 d0070000 e8030000 f4010000 00000000 00000000 0400 0000 0700 ffff ffff",
    packet: {
      type: 0x24,
      personalBest: 1,
      rank: 2,
      score: 1000,
      topScores: [2000, 1000, 500, 0, 0],
      topPlayerIds: [4, 0, 7, -1, -1],
    },
  },
  { what: "UFO allowed", source: "gameplay.md §13", hex: "25 01", packet: { type: 0x25, allowed: 1 } },
  { what: "keepalive", source: "observed", hex: "27", packet: { type: 0x27 } },
  {
    what: "small position",
    source: "observed",
    hex: "28 00 eac3 0820 00 00 01 00 0000 0820 0000",
    packet: {
      type: 0x28,
      rotation: 0,
      time: 0xc3ea,
      x: 8200,
      latency: 0,
      bounty: 0,
      playerId: 1,
      status: 0,
      ySpeed: 0,
      y: 8200,
      xSpeed: 0,
      extraLength: 0,
      extra: noExtra,
    },
  },
  {
    what: "small position with team energy",
    source: "gameplay.md §2.2 (observed form)",
    hex: "28 00 eac3 0820 00 00 01 00 0000 0820 0000 e803",
    packet: {
      type: 0x28,
      rotation: 0,
      time: 0xc3ea,
      x: 8200,
      latency: 0,
      bounty: 0,
      playerId: 1,
      status: 0,
      ySpeed: 0,
      y: 8200,
      xSpeed: 0,
      extraLength: 2,
      extra: { ...noExtra, energy: 1000 },
    },
  },
  {
    what: "small position with full extra data",
    source: "gameplay.md §2.2, §2.3",
    hex: "28 27 ffff 803e ff 14 07 04 ffff 6400 0100 8403 0300 0200 01000080",
    packet: {
      type: 0x28,
      rotation: 39,
      time: 0xffff,
      x: 16000,
      latency: 255,
      bounty: 20,
      playerId: 7,
      status: 4,
      ySpeed: -1,
      y: 100,
      xSpeed: 1,
      extraLength: 10,
      extra: { energy: 900, s2cLag: 3, timer: 2, items: 0x80000001 },
    },
  },
  {
    what: "VIE map information",
    source: "observed",
    hex: `29 ${padded("smallmap.lvl", 16)} 5951fbb2`,
    packet: { type: 0x29, name: "smallmap.lvl", crc32: 0xb2fb5159 },
  },
  {
    what: "Continuum map information with an LVZ",
    source: "files-and-settings.md §3",
    hex: `29 ${padded("smallmap.lvl", 16)} 5951fbb2 78080000 ${padded("pics.lvz", 16)} 44332211 00100000`,
    packet: {
      type: 0x29,
      files: [
        { name: "smallmap.lvl", crc32: 0xb2fb5159, size: 2168 },
        { name: "pics.lvz", crc32: 0x11223344, size: 4096 },
      ],
    },
  },
  {
    what: "map data (first 64 bytes)",
    source: "observed",
    hex: mapDataHex,
    packet: { type: 0x2a, name: "smallmap.lvl", data: bytesOf(mapDataHex.slice(34)) },
  },
  { what: "set crown timer", source: "gameplay.md §12", hex: "2b 10270000", packet: { type: 0x2b, timer: 10000 } },
  {
    what: "crown given to everyone",
    source: "gameplay.md §12",
    hex: "2c 01 10270000 ffff",
    packet: { type: 0x2c, action: 1, timer: 10000, playerId: -1 },
  },
  { what: "add crown timer", source: "gameplay.md §12", hex: "2d e8030000", packet: { type: 0x2d, ticks: 1000 } },
  {
    what: "ball position",
    source: "observed",
    hex: "2e 00 a81e 8025 0000 0000 ffff 8fc00700",
    packet: { type: 0x2e, ballId: 0, x: 7848, y: 9600, xSpeed: 0, ySpeed: 0, playerId: -1, time: 0x7c08f },
  },
  {
    what: "arena list",
    source: "observed",
    hex: "2f 3000 feff",
    packet: { type: 0x2f, arenas: [{ name: "0", count: -2 }] },
  },
  {
    what: "arena list of two",
    source: "gameplay.md §13",
    hex: `2f 3000 feff ${cstrHex("duel")} 0300`,
    packet: {
      type: 0x2f,
      arenas: [
        { name: "0", count: -2 },
        { name: "duel", count: 3 },
      ],
    },
  },
  { what: "ad banner", source: "gameplay.md §1.2", hex: "30 0102", packet: { type: 0x30, data: bytesOf("0102") } },
  { what: "login OK", source: "login-and-arena.md §3", hex: "31", packet: { type: 0x31 } },
  { what: "warp to", source: "gameplay.md §13", hex: "32 0002 0002", packet: { type: 0x32, x: 512, y: 512 } },
  {
    what: "login failure text",
    source: "login-and-arena.md §3",
    hex: `33 ${cstrHex("Name taken")}`,
    packet: { type: 0x33, text: "Name taken" },
  },
  {
    what: "Continuum version",
    source: "login-and-arena.md §3",
    hex: "34 2800 78563412",
    packet: { type: 0x34, version: 40, exeChecksum: 0x12345678 },
  },
  {
    what: "LVZ toggle",
    source: "gameplay.md §12",
    hex: "35 0500 0680",
    packet: {
      type: 0x35,
      objects: [
        { objectId: 5, hidden: 0 },
        { objectId: 6, hidden: 1 },
      ],
    },
  },
  {
    what: "LVZ change",
    source: "gameplay.md §12",
    hex: "36 01 0b00 6400 ecff 03 04 6420",
    packet: {
      type: 0x36,
      changes: [
        {
          change: 1,
          id: { mapObject: 1, objectId: 5 },
          x: 100,
          y: -20,
          image: 3,
          layer: 4,
          display: { time: 100, mode: 2 },
        },
      ],
    },
  },
  { what: "watch damage on", source: "gameplay.md §8", hex: "37 01", packet: { type: 0x37, enabled: 1 } },
  {
    what: "damage report",
    source: "gameplay.md §8",
    hex: "38 0100 10270000 0200 2100 e803 c800 00",
    packet: {
      type: 0x38,
      playerId: 1,
      time: 10000,
      damages: [{ shooterId: 2, weapon: 0x21, energy: 1000, damage: 200, delay: 0 }],
    },
  },
  {
    what: "batched small positions",
    source: "gameplay.md §2.6",
    hex: "39 01 5529 082000c8 3240 fe",
    packet: {
      type: 0x39,
      positions: [{ playerId: 1, time: 341, rotation: 10, x: 8200, y: 8192, xSpeed: -100, ySpeed: 50 }],
    },
  },
  {
    what: "batched large positions",
    source: "gameplay.md §2.6",
    hex: "3a 2c85 5529 082000c8 3240 fe",
    packet: {
      type: 0x3a,
      positions: [{ playerId: 300, status: 0x21, time: 341, rotation: 10, x: 8200, y: 8192, xSpeed: -100, ySpeed: 50 }],
    },
  },
  {
    what: "redirect",
    source: "login-and-arena.md §8",
    hex: `3b 04030201 5c14 fdff ${padded("duel", 16)} 00000000`,
    packet: { type: 0x3b, ip: "1.2.3.4", port: 5212, arenaType: -3, arenaName: "duel", loginId: 0 },
  },
  {
    what: "select box",
    source: "gameplay.md §13",
    hex: `3c ${cstrHex("Pick")} 0100 ${cstrHex("One")} 0200 ${cstrHex("Two")}`,
    packet: {
      type: 0x3c,
      title: "Pick",
      items: [
        { value: 1, text: "One" },
        { value: 2, text: "Two" },
      ],
    },
  },
];
