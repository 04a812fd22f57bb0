import { KitError } from "./errors.js";

const PREFIX = "zonebus: error: ";

/** Collapses a message onto one line: a fatal error is one line on stderr and in the log. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}

/**
 * One human line for an error that ends the process, for a service's `main`:
 * `zonebus: error: <message>`. Kit errors already name what is wrong, so they print as is;
 * other errors carrying a string `code` (Node's system errors, NATS errors) get it appended,
 * since their messages alone are often vague.
 */
export function formatFatal(err: unknown): string {
  if (err instanceof KitError) return PREFIX + oneLine(err.message);
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    const message = oneLine(err.message) || err.name;
    if (typeof code === "string" && code !== "" && !message.includes(code)) return `${PREFIX}${message} (${code})`;
    return PREFIX + message;
  }
  if (typeof err === "string") return PREFIX + oneLine(err);
  return PREFIX + oneLine(safeString(err));
}

function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return "unknown error";
  }
}
