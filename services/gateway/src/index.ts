export { type GatewayConfig, type GatewayDeps, GatewayService } from "./gateway-service.js";
export { gatewayOptions } from "./options.js";
