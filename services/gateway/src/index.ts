export { ArenaBatcher } from "./arena-batcher.js";
export { type DrainableSession, drainSessions } from "./drain.js";
export { type GatewayConfig, type GatewayDeps, GatewayService } from "./gateway-service.js";
export { gatewayOptions } from "./options.js";
export { OwnerProbe } from "./owner-probe.js";
export { SessionState } from "./player-session.js";
