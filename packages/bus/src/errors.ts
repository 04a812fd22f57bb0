/** Base class of every bus error; `code` is stable across releases. */
export class BusError extends Error {
  constructor(
    message: string,
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A request got no reply in time. */
export class BusTimeoutError extends BusError {
  constructor(subject: string, timeoutMs: number, options?: { cause?: unknown }) {
    super(`request on ${subject} timed out after ${timeoutMs} ms`, "BUS_TIMEOUT", options);
  }
}

/** A request found nobody subscribed to its subject. */
export class BusNoRespondersError extends BusError {
  constructor(subject: string, options?: { cause?: unknown }) {
    super(`no responders on ${subject}`, "BUS_NO_RESPONDERS", options);
  }
}

/** The bus was used after close(). */
export class BusClosedError extends BusError {
  constructor(options?: { cause?: unknown }) {
    super("the bus is closed", "BUS_CLOSED", options);
  }
}

/** A subject is malformed (empty token, whitespace, or a wildcard where none is allowed). */
export class BusSubjectError extends BusError {
  constructor(subject: string, why: string) {
    super(`bad subject "${subject}": ${why}`, "BUS_BAD_SUBJECT");
  }
}
