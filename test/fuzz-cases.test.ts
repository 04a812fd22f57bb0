import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decoderTargets } from "../fuzz/decoders.js";

/** Every input the fuzzer once failed on (fuzz/cases/*.json), replayed into its decoder. */
const dir = join(import.meta.dirname, "..", "fuzz", "cases");
const targets = new Map(decoderTargets().map((t) => [t.name, t]));

interface CaseFile {
  readonly about: string;
  readonly cases: readonly { readonly target: string; readonly hex: string; readonly accepted: boolean }[];
}

describe.each(readdirSync(dir).filter((f) => f.endsWith(".json")))("fuzz case file %s", (file) => {
  const found = JSON.parse(readFileSync(join(dir, file), "utf8")) as CaseFile;
  it.each(found.cases.map((c) => [c.target, c] as const))("%s decodes its input without a throw", (_, c) => {
    const target = targets.get(c.target);
    expect(target, `no decoder target ${c.target}`).toBeDefined();
    expect(target!.run(new Uint8Array(Buffer.from(c.hex, "hex")))).toBe(c.accepted);
  });
});
