/** Stable codes of bus errors; callers branch on these, not on messages or class names. */
export const BusErrorCode = {
  Timeout: "BUS_TIMEOUT",
  NoResponders: "BUS_NO_RESPONDERS",
  Closed: "BUS_CLOSED",
  BadSubject: "BUS_BAD_SUBJECT",
  PayloadTooLarge: "BUS_PAYLOAD_TOO_LARGE",
  PublishFailed: "BUS_PUBLISH_FAILED",
} as const;
export type BusErrorCode = (typeof BusErrorCode)[keyof typeof BusErrorCode];

/** Base class of every bus error; `code` is stable across releases. */
export class BusError extends Error {
  constructor(
    message: string,
    readonly code: BusErrorCode,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A request got no reply in time. */
export class BusTimeoutError extends BusError {
  constructor(
    readonly subject: string,
    readonly timeoutMs: number,
    options?: { cause?: unknown },
  ) {
    super(`request on ${subject} timed out after ${timeoutMs} ms`, BusErrorCode.Timeout, options);
  }
}

/** A request found nobody subscribed to its subject. */
export class BusNoRespondersError extends BusError {
  constructor(
    readonly subject: string,
    options?: { cause?: unknown },
  ) {
    super(`no responders on ${subject}`, BusErrorCode.NoResponders, options);
  }
}

/** The bus was used after close(), or closed while a request was waiting. */
export class BusClosedError extends BusError {
  constructor(options?: { cause?: unknown }) {
    super("the bus is closed", BusErrorCode.Closed, options);
  }
}

/**
 * A subject (or queue group name) is malformed: empty, an empty token, whitespace or control
 * characters, too long, or a wildcard where none is allowed.
 */
export class BusSubjectError extends BusError {
  constructor(
    readonly subject: string,
    readonly reason: string,
  ) {
    super(`bad subject ${JSON.stringify(subject.slice(0, 200))}: ${reason}`, BusErrorCode.BadSubject);
  }
}

/**
 * A message (payload and headers) is larger than the bus's `maxPayload`. publish() and
 * respond() refuse it and report it to the onPublishError listeners; request() rejects with it.
 */
export class BusPayloadError extends BusError {
  constructor(
    readonly subject: string,
    readonly size: number,
    readonly maxPayload: number,
  ) {
    super(`message of ${size} bytes on ${subject} exceeds max_payload ${maxPayload}`, BusErrorCode.PayloadTooLarge);
  }
}

/** The client library failed a publish for another reason; the message was not sent. */
export class BusPublishError extends BusError {
  constructor(
    readonly subject: string,
    options?: { cause?: unknown },
  ) {
    super(`publish on ${subject} failed`, BusErrorCode.PublishFailed, options);
  }
}
