/**
 * The double's end of the old UDP biller protocol (biller.md §3) on the core-protocol server
 * transport: one zone per connection, named by its server connect (S2B 0x02). Everything it
 * sends goes reliably.
 */
import { type ConnectionListener, ConnectionState, UdpServer, type UdpSession, VIE_SCHEME } from "@zonebus/protocol";
import { type Directory, parseChannelList, type ZoneState } from "./directory.js";
import type { RecordLog } from "./record-log.js";
import {
  encodeChannelChat,
  encodeKickout,
  encodeLoginFailureText,
  encodeLoginResult,
  encodePrivateChat,
  encodeScoreReset,
  LoginResult,
  parseS2B,
  type S2BRecord,
} from "./udp-packets.js";

/** Zone connections open at once (the transport refuses more). */
export const MAX_UDP_ZONES = 64;

export interface UdpZone extends ZoneState {
  readonly session: UdpSession;
  scoreId: number;
}

/** `:<dest>:(<sender>)><message>`, the text of a remote private message (biller.md §3.1 0x07). */
const REMOTE_TEXT = /^:([^:]+):\(([^)]*)\)>/;

export class UdpEndpoint {
  private server: UdpServer | undefined;

  constructor(
    private readonly directory: Directory<UdpZone>,
    private readonly log: RecordLog,
  ) {}

  async listen(host: string, port: number): Promise<number> {
    const server: UdpServer = await UdpServer.listen({
      host,
      port,
      responder: VIE_SCHEME,
      maxConnections: MAX_UDP_ZONES,
      onConnection: (session) => this.accept(server, session),
    });
    this.server = server;
    return server.port;
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    this.directory.zones.clear();
    await server?.close();
  }

  sendRaw(raw: string | Uint8Array): void {
    const bytes = typeof raw === "string" ? Buffer.from(raw, "latin1") : raw;
    for (const zone of this.directory.zones) this.send(zone, bytes);
  }

  broadcast(text: string): void {
    for (const zone of this.directory.zones) this.send(zone, encodePrivateChat(0, text));
  }

  kick(zoneName: string, pid: number, reason: string): void {
    const code = /^\d{1,5}$/.test(reason) ? Number(reason) : 0;
    for (const zone of this.directory.zones) if (zone.name === zoneName) this.send(zone, encodeKickout(pid, code));
  }

  scoreReset(): void {
    for (const zone of this.directory.zones) this.send(zone, encodeScoreReset(zone.scoreId));
  }

  private accept(server: UdpServer, session: UdpSession): ConnectionListener {
    const zone: UdpZone = { name: "", players: new Map(), session, scoreId: 0 };
    this.directory.zones.add(zone);
    // A zone is one trusted peer per address: it is never evicted as a pending login.
    server.loggedIn(session);
    return {
      onPacket: (packet) => this.onPacket(zone, packet),
      onEvent: (e) => {
        if (e.type === "disconnected") this.directory.zones.delete(zone);
      },
    };
  }

  private onPacket(zone: UdpZone, packet: Uint8Array): void {
    const parsed = parseS2B(packet);
    if (!parsed.ok) {
      this.log.malformed(parsed.reason);
      return;
    }
    const r = parsed.record;
    if (r.type === "connect") {
      zone.name = String(r.fields.serverName);
      zone.scoreId = Number(r.fields.scoreId);
    }
    this.log.add({ zone: zone.name, ...r });
    if (r.pid === undefined) return;
    switch (r.type) {
      case "login": {
        this.login(zone, r.pid, r);
        return;
      }
      case "logoff":
        zone.players.delete(r.pid);
        return;
      case "command": {
        this.command(zone, r.pid, String(r.fields.text));
        return;
      }
      case "channel": {
        this.channel(zone, r.pid, String(r.fields.channel), String(r.fields.text));
        return;
      }
      case "chat": {
        this.remote(Number(r.fields.sound), String(r.fields.text));
        return;
      }
    }
  }

  private login(zone: UdpZone, pid: number, r: S2BRecord): void {
    const decision = this.directory.decideLogin(
      zone,
      String(r.fields.name),
      String(r.fields.password),
      r.fields.makeNew === 1,
    );
    switch (decision.kind) {
      case "banned":
        // The text goes first, so the zone has it when the result arrives.
        this.send(zone, encodeLoginFailureText(pid, decision.text));
        {
          this.send(zone, encodeLoginResult({ result: LoginResult.Banned, pid }));
          return;
        }
      case "bad_password": {
        this.send(zone, encodeLoginResult({ result: LoginResult.InvalidPassword, pid }));
        return;
      }
      case "unknown": {
        this.send(zone, encodeLoginResult({ result: LoginResult.NewUser, pid }));
        return;
      }
      case "refused": {
        this.send(zone, encodeLoginResult({ result: LoginResult.ServerBusy, pid }));
        return;
      }
      case "ok": {
        const u = decision.user;
        this.directory.online(zone, pid, u);
        const result = decision.created ? LoginResult.AskDemographics : LoginResult.Ok;
        this.send(
          zone,
          encodeLoginResult({ result, pid, name: u.name, squad: u.squad, banner: u.banner, userId: u.userId }),
        );
        return;
      }
    }
  }

  private command(zone: UdpZone, pid: number, text: string): void {
    const match = /^\?chat\s*=(.*)$/is.exec(text);
    const player = zone.players.get(pid);
    if (match && player) player.channels = parseChannelList(match[1]!);
  }

  private channel(zone: UdpZone, pid: number, channelField: string, text: string): void {
    const sender = zone.players.get(pid);
    if (!sender) {
      this.log.malformed("unknown_player");
      return;
    }
    const channel = this.directory.resolveChannel(sender, channelField === "" ? "1" : channelField);
    if (channel === undefined) return;
    for (const [to, members] of this.directory.channelMembers(channel))
      for (const m of members) this.send(to, encodeChannelChat(m.pid, m.number, `${sender.name}> ${text}`));
  }

  /** Routes `:<dest>:(<sender>)><msg>` unchanged to the zone of dest, or of every `#squad` member. */
  private remote(sound: number, text: string): void {
    const match = REMOTE_TEXT.exec(text);
    if (!match) {
      this.log.malformed("bad_remote_text");
      return;
    }
    const dest = match[1]!;
    const zones = dest.startsWith("#")
      ? this.directory.squadZones(dest.slice(1))
      : [this.directory.findPlayer(dest)?.zone].filter((z) => z !== undefined);
    for (const zone of zones) this.send(zone, encodePrivateChat(sound, text));
  }

  private send(zone: UdpZone, packet: Uint8Array): void {
    const connection = zone.session.connection;
    if (connection.state === ConnectionState.Closed) return;
    if (!connection.sendReliable(packet).ok) this.log.malformed("send_refused");
    this.server?.flushSoon(zone.session);
  }
}
