import type { PublishErrorListener } from "./bus.js";
import type { BusPayloadError, BusPublishError } from "./errors.js";

/** The refused-publish listeners of one bus, and how many publishes it refused. */
export class PublishErrors {
  private readonly listeners = new Set<PublishErrorListener>();
  /** Publishes (and responds) refused so far. */
  count = 0;

  add(listener: PublishErrorListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Counts and reports one refusal; always returns false, for `return errors.report(…)`. */
  report(err: BusPayloadError | BusPublishError, subject: string): false {
    this.count++;
    for (const l of this.listeners) {
      try {
        l(err, subject);
      } catch {
        // A listener is a metric or a log line; the publisher must go on either way.
      }
    }
    return false;
  }

  clear(): void {
    this.listeners.clear();
  }
}
