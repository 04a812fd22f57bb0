export { connectDistributed, type Infrastructure } from "./infrastructure.js";
export { type MainContext, runMain } from "./main.js";
export { type CommonConfig, commonOptions } from "./options.js";
export { openZone, zoneOption } from "./zone-content.js";
export { serverTicks, ticksAfter } from "./ticks.js";
