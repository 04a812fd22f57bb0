export { crc32, mapSecurityChecksum, settingsChecksum, xorChecksum, type TileAt } from "./checksums.js";
export { ClientType, type EncryptionScheme, type KeyExchangeAnswer, NULL_CIPHER, type PacketCipher } from "./encryption.js";
export { NULL_SCHEME, type SchemePolicy, selectScheme } from "./null-scheme.js";
export {
  VIE_SCHEME,
  VIE_TABLE_WORDS,
  VieCipher,
  randomVieClientKey,
  vieCipher,
  vieClientCipher,
  vieServerKey,
  vieTable,
} from "./vie.js";
