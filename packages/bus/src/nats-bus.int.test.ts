import { inject } from "vitest";
import { busContract } from "./bus.contract.js";
import { connectNatsBus } from "./nats-bus.js";

busContract("NatsBus", async () => {
  const servers = inject("natsUrl");
  // Two connections, as two services would have.
  return { a: await connectNatsBus({ servers, name: "a" }), b: await connectNatsBus({ servers, name: "b" }) };
});
