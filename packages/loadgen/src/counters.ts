/** What the generator counts, per second and over the measured window. */
import { LatencyHistogram } from "./histogram.js";

export class Counters {
  logins = 0;
  loginFailures = 0;
  /** Connections closed by anything but the generator's own stop. */
  disconnects = 0;
  positionsSent = 0;
  weaponsSent = 0;
  chatsSent = 0;
  /** Relayed positions and weapons the bots received, from bots of this run or anyone else. */
  positionsReceived = 0;
  /** Copies the server should have relayed: each send times the other bots then in its arena. */
  positionsExpected = 0;
  unmatched = 0;
  ambiguous = 0;
  datagramsIn = 0;
  datagramsOut = 0;
  bytesIn = 0;
  bytesOut = 0;
  /** Sender-to-receiver delay of matched relayed positions and weapons, ms. */
  readonly latency = new LatencyHistogram();
  /** From `connect` to a completed arena entry, ms. */
  readonly loginTime = new LatencyHistogram();

  /** Adds `other` into this one. */
  add(other: Counters): void {
    this.logins += other.logins;
    this.loginFailures += other.loginFailures;
    this.disconnects += other.disconnects;
    this.positionsSent += other.positionsSent;
    this.weaponsSent += other.weaponsSent;
    this.chatsSent += other.chatsSent;
    this.positionsReceived += other.positionsReceived;
    this.positionsExpected += other.positionsExpected;
    this.unmatched += other.unmatched;
    this.ambiguous += other.ambiguous;
    this.datagramsIn += other.datagramsIn;
    this.datagramsOut += other.datagramsOut;
    this.bytesIn += other.bytesIn;
    this.bytesOut += other.bytesOut;
    this.latency.merge(other.latency);
    this.loginTime.merge(other.loginTime);
  }
}
