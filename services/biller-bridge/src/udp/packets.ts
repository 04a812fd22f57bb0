/** The old UDP biller protocol's packets (biller.md §3): one entry point for the codecs. */
export * from "./b2s.js";
export * from "./chat-text.js";
export * from "./fields.js";
export * from "./login-result.js";
export * from "./s2b.js";
export * from "./score.js";
