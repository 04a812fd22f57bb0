/**
 * Login result codes of B2S 0x01 and how ASSS maps them to the S2C 0x0A response code
 * (biller.md §3.2), plus the first-login time as the zone shows it.
 */
import type { FirstLogin } from "./b2s.js";

/** Byte 1 of B2S 0x01. */
export const LoginResult = {
  Ok: 0,
  NewUser: 1,
  InvalidPassword: 2,
  Banned: 3,
  NoNewConnections: 4,
  BadUserName: 5,
  DemoVersion: 6,
  ServerBusy: 7,
  AskDemographics: 8,
} as const;
export type LoginResult = (typeof LoginResult)[keyof typeof LoginResult];

/** S2C 0x0A response codes this link gives. */
export const ResponseCode = {
  Ok: 0x00,
  NewUser: 0x01,
  InvalidPassword: 0x02,
  Banned: 0x04,
  NoPermission: 0x05,
  NoNewConnections: 0x0a,
  BadUserName: 0x0b,
  ServerBusy: 0x0e,
  AskDemographics: 0x10,
} as const;

const CODE_OF_RESULT: Readonly<Record<number, number>> = {
  [LoginResult.Ok]: ResponseCode.Ok,
  [LoginResult.NewUser]: ResponseCode.NewUser,
  [LoginResult.InvalidPassword]: ResponseCode.InvalidPassword,
  [LoginResult.Banned]: ResponseCode.Banned,
  [LoginResult.NoNewConnections]: ResponseCode.NoNewConnections,
  [LoginResult.BadUserName]: ResponseCode.BadUserName,
  [LoginResult.DemoVersion]: ResponseCode.AskDemographics,
  [LoginResult.ServerBusy]: ResponseCode.ServerBusy,
  [LoginResult.AskDemographics]: ResponseCode.AskDemographics,
};

/** The S2C 0x0A code for a biller result; unknown results are "no permission" (0x05). */
export const responseCodeOf = (result: number): number => CODE_OF_RESULT[result] ?? ResponseCode.NoPermission;

/** Results the zone lets in: OK, and demo/ask-demographics (which go on and ask for registration). */
export const isAcceptedResult = (result: number): boolean =>
  result === LoginResult.Ok || result === LoginResult.DemoVersion || result === LoginResult.AskDemographics;

/** Results that want registration data from the client. */
export const wantsRegistration = (result: number): boolean =>
  result === LoginResult.DemoVersion || result === LoginResult.AskDemographics;

/** `M-D-YYYY H:MM:SS`, the form the TCP protocol's `firstused` has (e.g. `1-2-1999 6:13:35`). */
export function formatFirstLogin(t: FirstLogin): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${t.month}-${t.day}-${t.year} ${t.hour}:${two(t.minute)}:${two(t.second)}`;
}
