import {
  C2SCodecs,
  type C2SPacket,
  C2SType,
  clientKeyExchange,
  decodeS2C,
  encodeC2S,
  type S2CPacket,
  UdpClient,
} from "@zonebus/protocol";

/**
 * A minimal scripted game client for end-to-end tests: a real UDP connection with VIE
 * encryption, typed packets out, decoded packets in, and a way to wait for one.
 */
export class RawClient {
  readonly received: S2CPacket[] = [];
  private waiters: { match: (p: S2CPacket) => boolean; resolve: (p: S2CPacket) => void }[] = [];

  private constructor(readonly udp: UdpClient) {}

  static async connect(port: number): Promise<RawClient> {
    let self: RawClient | undefined;
    const udp = await UdpClient.connect({
      host: "127.0.0.1",
      port,
      keyExchange: clientKeyExchange(),
      listener: { onPacket: (p) => self?.onPacket(p) },
    });
    self = new RawClient(udp);
    return self;
  }

  send(packet: C2SPacket, reliable = true): void {
    const bytes = encodeC2S(packet);
    if (reliable) this.udp.connection.sendReliable(bytes);
    else this.udp.connection.sendUnreliable(bytes);
  }

  /** Resolves with the first packet (already received or arriving later) that matches. */
  waitFor<T extends S2CPacket>(match: (p: S2CPacket) => p is T, timeoutMs = 5_000): Promise<T> {
    const seen = this.received.find(match);
    if (seen) return Promise.resolve(seen as T);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("timed out waiting for a packet")), timeoutMs);
      this.waiters.push({
        match,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p as T);
        },
      });
    });
  }

  async login(name: string): Promise<void> {
    const login = C2SCodecs.Login;
    this.send({
      type: C2SType.Login,
      flags: 0,
      name,
      password: "pw",
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
    } as Parameters<typeof login.encode>[0] as C2SPacket);
  }

  close(): Promise<void> {
    return this.udp.close();
  }

  private onPacket(bytes: Uint8Array): void {
    const res = decodeS2C(bytes);
    if (!res.ok) return;
    this.received.push(res.packet);
    const hit = this.waiters.filter((w) => w.match(res.packet));
    this.waiters = this.waiters.filter((w) => !hit.includes(w));
    for (const w of hit) w.resolve(res.packet);
  }
}
