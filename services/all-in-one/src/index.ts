export { type AllInOneConfig, allInOneOptions, type ZoneServiceDeps, zoneServices } from "./zone-services.js";
