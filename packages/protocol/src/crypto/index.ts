export { crc32, mapSecurityChecksum, settingsChecksum, type TileAt, xorChecksum } from "./checksums.js";
export {
  ClientType,
  type EncryptionScheme,
  type KeyExchangeAnswer,
  NULL_CIPHER,
  type PacketCipher,
} from "./encryption.js";
export { NULL_SCHEME, type SchemePolicy, selectScheme } from "./null-scheme.js";
export {
  randomVieClientKey,
  VIE_SCHEME,
  VIE_TABLE_WORDS,
  VieCipher,
  vieCipher,
  vieClientCipher,
  vieServerKey,
  vieTable,
} from "./vie.js";
