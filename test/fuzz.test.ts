import { expect, it } from "vitest";
import { runDecoderCampaign } from "../fuzz/decoder-campaign.js";
import { runGatewayCampaign } from "../fuzz/gateway-campaign.js";
import { mib } from "../fuzz/memory.js";
import { decoderSummary, gatewaySummary } from "../fuzz/report.js";
import { loadCorpus } from "../fuzz/seeds.js";

/**
 * The CI slice of `npm run fuzz`: the same campaigns, smaller. A fixed seed, so a failure here
 * replays with `npm run fuzz -- --seed 15 --count 30000`. The vectors folder is used when it is
 * beside the repository, the built-in seeds otherwise.
 */
const SEED = 15;
const corpus = loadCorpus();
/** What the gateway half may add to this process's heap at its peak: far above the ~20 MiB it takes. */
const GATEWAY_HEAP_BOUND = 160 * 1048576;

it("sends 40,000 random and mutated inputs into every decoder without a throw", () => {
  const r = runDecoderCampaign({ seed: SEED, count: 40_000, seconds: 120, corpus });
  console.log(decoderSummary(r));
  expect(r.crashes).toEqual([]);
  expect(r.inputs).toBe(40_000);
  expect(r.accepted).toBeGreaterThan(r.inputs / 20);
});

it("takes 30,000 mutated datagrams from strangers, key-exchanged clients and players through the gateway: no crash, bounded heap, ordinary players still play", async () => {
  const r = await runGatewayCampaign({ seed: SEED, count: 30_000, seconds: 120, corpus });
  console.log(gatewaySummary(r));
  console.log(`gateway heap growth at peak: ${mib(r.peak.heap - r.peak.startHeap)}`);
  expect(r.crashes).toEqual([]);
  expect(r.datagrams).toBe(30_000);
  // Mutated game packets got past the transport and the session into arena input batches.
  expect(r.playersEntered).toBeGreaterThan(0);
  expect(r.arenaInputs).toBeGreaterThan(0);
  expect(r.peak.heap - r.peak.startHeap).toBeLessThan(GATEWAY_HEAP_BOUND);
  expect(r.liveness).toMatchObject({ observersConnected: true, observersChat: true, newcomerPlays: true });
}, 180_000);
