/**
 * The decoder half of `npm run fuzz`: random and mutated inputs straight into every decoder
 * target, no sockets in between, so millions of inputs take seconds.
 */
import { type DecoderTarget, decoderTargets } from "./decoders.js";
import { MemoryPeak } from "./memory.js";
import { mutate, randomDatagram, Strategy } from "./mutate.js";
import { Prng } from "./prng.js";
import { protoMessage } from "./proto-gen.js";
import type { Corpus } from "./seeds.js";

export interface Crash {
  readonly where: string;
  readonly index: number;
  readonly input: string;
  readonly error: string;
}

export interface DecoderReport {
  readonly inputs: number;
  readonly accepted: number;
  readonly targets: number;
  readonly crashes: readonly Crash[];
  readonly crashCount: number;
  readonly byStrategy: Readonly<Record<string, number>>;
  /** Targets that accepted nothing: the fuzzer never got past their checks. */
  readonly neverAccepted: readonly string[];
  readonly seconds: number;
  readonly peak: MemoryPeak;
}

/** At most this many crash inputs are kept for the report; all are counted. */
export const MAX_KEPT_CRASHES = 20;

/** The input number `index` of a run seeded `seed`, for `target`: a pure function of the three. */
export function decoderInput(seed: number, index: number, target: DecoderTarget, corpus: Corpus) {
  const r = new Prng(seed, index);
  const pool =
    target.corpus === "c2s"
      ? corpus.c2s
      : target.corpus === "s2c"
        ? corpus.s2c
        : target.corpus === "core"
          ? [...corpus.clientDatagrams, ...corpus.serverDatagrams, ...corpus.inits]
          : [];
  const own = target.seeds ?? [];
  let data: Uint8Array;
  let strategy: string;
  if (target.corpus === "proto") {
    const seedMsg = protoMessage(r);
    ({ data, strategy } = r.chance(0.4)
      ? { data: seedMsg, strategy: "proto_valid" }
      : mutate(r, seedMsg, protoMessage(r)));
  } else if (r.chance(0.2) || pool.length === 0) {
    data = randomDatagram(r);
    strategy = Strategy.Random;
  } else {
    const from = own.length > 0 && r.chance(0.5) ? own : pool;
    ({ data, strategy } = mutate(r, r.pick(from), r.pick(pool)));
  }
  const steer = target.steer;
  if (steer && r.chance(0.85)) {
    if (data.length < steer.length) data = Uint8Array.from([...steer, ...data]);
    else data.set(steer, 0);
  }
  return { data, strategy };
}

export function runDecoderCampaign(opts: {
  seed: number;
  count: number;
  seconds: number;
  corpus: Corpus;
  onProgress?: (done: number) => void;
}): DecoderReport {
  const targets = decoderTargets();
  const accepted = new Uint32Array(targets.length);
  const byStrategy: Record<string, number> = {};
  const crashes: Crash[] = [];
  let crashCount = 0;
  const peak = new MemoryPeak();
  const began = performance.now();
  const deadline = began + opts.seconds * 1000;
  let i = 0;
  for (; i < opts.count; i++) {
    if ((i & 0x3fff) === 0) {
      peak.sample();
      opts.onProgress?.(i);
      if (performance.now() > deadline) break;
    }
    const t = i % targets.length;
    const target = targets[t]!;
    const { data, strategy } = decoderInput(opts.seed, i, target, opts.corpus);
    byStrategy[strategy] = (byStrategy[strategy] ?? 0) + 1;
    try {
      if (target.run(data)) accepted[t]!++;
    } catch (err) {
      crashCount++;
      if (crashes.length < MAX_KEPT_CRASHES)
        crashes.push({ where: target.name, index: i, input: Buffer.from(data).toString("hex"), error: String(err) });
    }
  }
  peak.sample();
  return {
    inputs: i,
    accepted: accepted.reduce((a, b) => a + b, 0),
    targets: targets.length,
    crashes,
    crashCount,
    byStrategy,
    neverAccepted: targets.filter((_, t) => accepted[t] === 0).map((t) => t.name),
    seconds: (performance.now() - began) / 1000,
    peak,
  };
}
