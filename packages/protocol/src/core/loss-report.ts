/**
 * Loss of our datagrams as the peer reports it: a client's `00 05` carries how many datagrams
 * it has received so far (core.md §8), and comparing that with how many we had sent by then,
 * from one report to the next, gives the share lost in between. It is the only loss signal
 * the server has while no reliable packets flow.
 */

/** Fewer datagrams than this between two reports say nothing about loss (ours). */
export const MIN_LOSS_SAMPLE = 20;

export class LossReport {
  private lastSent: number | undefined;
  private lastReceived = 0;

  /**
   * Takes the next report; returns the share (0–1) of the datagrams sent since the previous
   * report that the peer did not receive, or undefined when there is no previous report, too
   * few were sent, or the counters make no sense (the peer received more than we sent).
   */
  next(sentByUs: number, receivedByPeer: number): number | undefined {
    const previous = this.lastSent;
    // Counters are u32 on the wire and wrap.
    const sent = (sentByUs - (previous ?? 0)) >>> 0;
    const received = (receivedByPeer - this.lastReceived) >>> 0;
    if (previous !== undefined && sent < MIN_LOSS_SAMPLE) return undefined;
    this.lastSent = sentByUs >>> 0;
    this.lastReceived = receivedByPeer >>> 0;
    if (previous === undefined || received > sent) return undefined;
    return (sent - received) / sent;
  }
}
