export { commonOptions, type CommonConfig } from "./options.js";
export { connectDistributed, type Infrastructure } from "./infrastructure.js";
export { runMain, type MainContext } from "./main.js";
