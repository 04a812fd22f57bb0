export * from "./client/index.js";
export * from "./core/index.js";
export * from "./crypto/index.js";
export * from "./game/index.js";
