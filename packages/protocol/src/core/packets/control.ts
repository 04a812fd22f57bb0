/**
 * Body-less control packets, exactly 2 bytes: `00 07` disconnect, `00 0B` stream cancel
 * request, `00 0C` stream cancelled, `00 0D` no-op (core.md §2, §7, §9); and the
 * Continuum-only `00 14` timer-mode toggle.
 */
import { CoreErrorCode, type Decoded, decoded, decodeError } from "../errors.js";
import { corePacket } from "./bytes.js";
import { checkFixed } from "./check.js";
import { CoreType } from "./core-type.js";

/** Core types whose packet is just `00 <type>`. */
export const ControlType = {
  Disconnect: CoreType.Disconnect,
  StreamCancelRequest: CoreType.StreamCancelRequest,
  StreamCancelled: CoreType.StreamCancelled,
  NoOp: CoreType.NoOp,
} as const;
export type ControlType = (typeof ControlType)[keyof typeof ControlType];

export const CONTROL_LENGTH = 2;

export const encodeControl = (type: ControlType): Uint8Array => corePacket(type, CONTROL_LENGTH);

/** Decodes a 2-byte control packet of any control type. */
export function decodeControl(b: Uint8Array): Decoded<ControlType> {
  if (b.length < 2) return decodeError(CoreErrorCode.Truncated, `control: ${b.length} bytes`);
  const t = b[1]!;
  if (b[0] !== 0 || !isControlType(t)) return decodeError(CoreErrorCode.BadType, "control: not a control packet");
  if (b.length !== CONTROL_LENGTH)
    return decodeError(CoreErrorCode.BadLength, `control: ${b.length} bytes, expected 2`);
  return decoded(t);
}

const isControlType = (t: number): t is ControlType =>
  t === CoreType.Disconnect ||
  t === CoreType.StreamCancelRequest ||
  t === CoreType.StreamCancelled ||
  t === CoreType.NoOp;

/** `00 14` (Continuum, S2C): SS .NET sends `00 14 41 xx`, xx = 1 enable / 0 disable alternate timer mode. */
export interface ContinuumTimerMode {
  /** Byte 2; SS .NET always sends 0x41 (meaning unknown). */
  readonly flag: number;
  readonly enabled: boolean;
}
export const CONTINUUM_TIMER_MODE_LENGTH = 4;
export const CONTINUUM_TIMER_MODE_FLAG = 0x41;

export function encodeContinuumTimerMode(p: ContinuumTimerMode): Uint8Array {
  const b = corePacket(CoreType.ContinuumTimerMode, CONTINUUM_TIMER_MODE_LENGTH);
  b[2] = p.flag & 0xff;
  b[3] = p.enabled ? 1 : 0;
  return b;
}

export function decodeContinuumTimerMode(b: Uint8Array): Decoded<ContinuumTimerMode> {
  const bad = checkFixed<ContinuumTimerMode>(
    b,
    CoreType.ContinuumTimerMode,
    CONTINUUM_TIMER_MODE_LENGTH,
    "continuum timer mode",
  );
  return bad ?? decoded({ flag: b[2]!, enabled: b[3] !== 0 });
}
