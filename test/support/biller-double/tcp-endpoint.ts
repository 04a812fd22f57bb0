/**
 * The double's end of the TCP line protocol (biller.md §1–§2): one zone per connection, which
 * names itself with CONNECT. Answers logins, routes channel, private and squad messages
 * between the connected zones, answers PING.
 */
import { createServer, type Server, type Socket } from "node:net";
import { type Directory, parseChannelList, type ZoneState } from "./directory.js";
import type { RecordLog } from "./record-log.js";
import { LineReader, parseZoneLine } from "./tcp-lines.js";

/** Zone connections open at once; more are closed at accept. */
export const MAX_TCP_ZONES = 64;
/** Bytes queued to one zone that does not read before it is dropped. */
const MAX_WRITE_BACKLOG = 1 << 20;
const BILLER_NAME = "bdouble";
/** The first-used date every account reports (biller.md §2.2 POK). */
const FIRST_USED = "1-1-2020 0:00:00";

export interface TcpZone extends ZoneState {
  readonly socket: Socket;
  connected: boolean;
}

export class TcpEndpoint {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();

  constructor(
    private readonly directory: Directory<TcpZone>,
    private readonly log: RecordLog,
  ) {}

  listen(host: string, port: number): Promise<number> {
    const server = createServer((socket) => this.accept(socket));
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, host, () => {
        server.off("error", reject);
        const address = server.address();
        resolve(typeof address === "object" && address ? address.port : port);
      });
    });
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    this.directory.zones.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  sendRaw(raw: string | Uint8Array): void {
    for (const zone of this.directory.zones) this.write(zone, raw);
  }

  broadcast(text: string): void {
    this.toAll(`BROADCAST:${BILLER_NAME}:0:${text}`);
  }

  staff(text: string): void {
    this.toAll(`STAFFMSG:${BILLER_NAME}:0:${text}`);
  }

  kick(zoneName: string, pid: number, reason: string): void {
    for (const zone of this.directory.zones) if (zone.name === zoneName) this.line(zone, `PKICK:${pid}:${reason}`);
  }

  scoreReset(): void {
    this.toAll("SCORERESET");
  }

  private toAll(line: string): void {
    for (const zone of this.directory.zones) this.line(zone, line);
  }

  private accept(socket: Socket): void {
    if (this.sockets.size >= MAX_TCP_ZONES) {
      this.log.malformed("too_many_zones");
      socket.destroy();
      return;
    }
    this.sockets.add(socket);
    const zone: TcpZone = { name: "", players: new Map(), socket, connected: false };
    const reader = new LineReader(
      (line) => this.onLine(zone, line),
      () => this.log.malformed("line_too_long"),
    );
    socket.on("data", (chunk) => reader.push(chunk));
    socket.on("error", () => {});
    socket.on("close", () => {
      this.sockets.delete(socket);
      this.directory.zones.delete(zone);
    });
  }

  private onLine(zone: TcpZone, line: string): void {
    const parsed = parseZoneLine(line);
    if (!parsed.ok) {
      this.log.malformed(parsed.reason);
      return;
    }
    const { type, pid, fields } = parsed;
    if (type === "CONNECT") {
      zone.name = fields.zonename!;
      zone.connected = true;
      this.directory.zones.add(zone);
    } else if (!zone.connected) {
      this.log.malformed("before_connect");
      return;
    }
    this.log.add({ zone: zone.name, type, pid, fields });
    if (type === "CONNECT") {
      this.line(zone, `CONNECTOK:${BILLER_NAME}:${BILLER_NAME}`);
      return;
    }
    if (type === "PING") {
      this.line(zone, "PING");
      return;
    }
    if (pid === undefined) return;
    switch (type) {
      case "PLOGIN": {
        this.login(zone, pid, fields);
        return;
      }
      case "PLEAVE":
        zone.players.delete(pid);
        return;
      case "BNR": {
        this.storeBanner(zone, pid, fields.banner!);
        return;
      }
      case "CMD":
        if (fields.cmdname!.toLowerCase() === "chat") {
          const player = zone.players.get(pid);
          if (player) player.channels = parseChannelList(fields.args!);
        }
        return;
      case "CHAT": {
        this.channel(zone, pid, fields);
        return;
      }
      case "RMT": {
        this.remote(zone, pid, fields);
        return;
      }
      case "RMTSQD": {
        this.squad(zone, pid, fields);
        return;
      }
    }
  }

  private login(zone: TcpZone, pid: number, f: Record<string, string>): void {
    const decision = this.directory.decideLogin(zone, f.name!, f.password!, f.flag === "1");
    switch (decision.kind) {
      case "banned": {
        this.line(zone, `PBAD:${pid}:0:${decision.text}`);
        return;
      }
      case "bad_password": // ASSS reads `CODE<n>` as the 0x0A response code: 2 = invalid password.
        {
          this.line(zone, `PBAD:${pid}:0:CODE2`);
          return;
        }
      case "unknown": {
        this.line(zone, `PBAD:${pid}:1:`);
        return;
      }
      case "refused": // CODE14: response code 0x0E, "server busy".
        {
          this.line(zone, `PBAD:${pid}:0:CODE14`);
          return;
        }
      case "ok": {
        const user = decision.user;
        // A new account is asked for its registration form; the POK follows at once, since
        // the zone only gets the form after the player saw the login answer.
        if (decision.created) this.line(zone, `WANTREG:${pid}`);
        this.directory.online(zone, pid, user);
        this.line(zone, `POK:${pid}::${user.name}:${user.squad ?? ""}:${user.userId}:0:${FIRST_USED}`);
        if (user.banner) this.line(zone, `BNR:${pid}:${Buffer.from(user.banner).toString("hex")}`);
        return;
      }
    }
  }

  private storeBanner(zone: TcpZone, pid: number, hex: string): void {
    if (!/^[0-9a-fA-F]{192}$/.test(hex)) {
      this.log.malformed("bad_banner");
      return;
    }
    const player = zone.players.get(pid);
    const user = player && this.directory.users.get(player.name.toLowerCase());
    if (user) user.banner = Uint8Array.from(Buffer.from(hex, "hex"));
  }

  private channel(zone: TcpZone, pid: number, f: Record<string, string>): void {
    const sender = zone.players.get(pid);
    if (!sender) {
      this.log.malformed("unknown_player");
      return;
    }
    const channel = this.directory.resolveChannel(sender, f.channel!);
    if (channel === undefined) return;
    for (const [to, members] of this.directory.channelMembers(channel)) {
      this.line(to, `CHATTXT:${channel}:${sender.name}:${f.sound}:${f.text}`);
      for (const m of members) this.line(to, `CHAT:${m.pid}:${m.number}`);
    }
  }

  private remote(zone: TcpZone, pid: number, f: Record<string, string>): void {
    const sender = zone.players.get(pid);
    if (!sender) {
      this.log.malformed("unknown_player");
      return;
    }
    const dest = this.directory.findPlayer(f.destination!);
    if (dest) this.line(dest.zone, `RMT:${dest.player.pid}:${sender.name}:${f.sound}:${f.text}`);
  }

  private squad(zone: TcpZone, pid: number, f: Record<string, string>): void {
    const sender = zone.players.get(pid);
    if (!sender) {
      this.log.malformed("unknown_player");
      return;
    }
    for (const to of this.directory.squadZones(f.destsquad!))
      this.line(to, `RMTSQD:${f.destsquad}:${sender.name}:${f.sound}:${f.text}`);
  }

  private line(zone: TcpZone, text: string): void {
    this.write(zone, `${text}\n`);
  }

  private write(zone: TcpZone, data: string | Uint8Array): void {
    const socket = zone.socket;
    if (socket.destroyed) return;
    if (socket.writableLength > MAX_WRITE_BACKLOG) {
      this.log.malformed("zone_not_reading");
      socket.destroy();
      return;
    }
    socket.write(typeof data === "string" ? Buffer.from(data, "latin1") : data);
  }
}
