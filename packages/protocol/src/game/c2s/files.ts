/** Map, LVZ, news and update requests and file uploads (files-and-settings.md §3–§4). */

import type { PacketOf } from "../codec.js";
import { opt, rest, str, u16 } from "../dsl/fields.js";
import { layout } from "../dsl/layout.js";
import { C2SType } from "../packet-types.js";

/** `0x0C`: 1 byte = the map; 3 bytes = a file index (0 map, n = n-th LVZ of the `0x29` list). */
export const c2sFileRequest = layout(C2SType.FileRequest, "C2SFileRequest", [["fileIndex", opt(u16)]]);
export type C2SFileRequest = PacketOf<typeof c2sFileRequest>;

/** `0x0D`, 1 byte. */
export const c2sNewsRequest = layout(C2SType.NewsRequest, "C2SNewsRequest", []);
export type C2SNewsRequest = PacketOf<typeof c2sNewsRequest>;

/** `0x0B`, 1 byte: the client asks for an update of its executable. */
export const c2sUpdateRequest = layout(C2SType.UpdateRequest, "C2SUpdateRequest", []);
export type C2SUpdateRequest = PacketOf<typeof c2sUpdateRequest>;

/** `0x16`: the file a server asked for with S2C `0x19`. */
export const c2sFileUpload = layout(C2SType.FileUpload, "C2SFileUpload", [
  ["name", str(16)],
  ["data", rest()],
]);
export type C2SFileUpload = PacketOf<typeof c2sFileUpload>;
