/** Errors of the load generator, with stable codes. */

export const LoadgenErrorCode = {
  /** An option value the generator cannot run with (e.g. `--server` without a port). */
  BadOption: "LOADGEN_BAD_OPTION",
  /** `run()` called twice on one generator. */
  AlreadyRun: "LOADGEN_ALREADY_RUN",
} as const;
export type LoadgenErrorCode = (typeof LoadgenErrorCode)[keyof typeof LoadgenErrorCode];

export class LoadgenError extends Error {
  override readonly name = "LoadgenError";
  constructor(
    message: string,
    readonly code: LoadgenErrorCode,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
