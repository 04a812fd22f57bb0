/** Peak heap and RSS of this process, sampled by whoever runs a campaign. */
export class MemoryPeak {
  readonly startHeap: number;
  readonly startRss: number;
  heap = 0;
  rss = 0;
  samples = 0;

  constructor() {
    const m = process.memoryUsage();
    this.startHeap = m.heapUsed;
    this.startRss = m.rss;
    this.sample();
  }

  sample(): void {
    const m = process.memoryUsage();
    this.heap = Math.max(this.heap, m.heapUsed);
    this.rss = Math.max(this.rss, m.rss);
    this.samples++;
  }
}

export const mib = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MiB`;
