import { describe, expect, it } from "vitest";
import { acceptedLogin, noticeOf, refusedLogin } from "./biller-answers.js";

const pbad = (newName: boolean, rtext: string) => ({ type: "PBAD" as const, pid: 4, newName, rtext });

describe("login answers", () => {
  it("maps PBAD as ASSS: CODE<n>, then new name, then custom text", () => {
    expect(refusedLogin(pbad(true, "CODE2"))).toEqual({ ok: false, pid: 4, code: 2 });
    expect(refusedLogin(pbad(false, "CODE999 whatever"))).toEqual({ ok: false, pid: 4, code: 255 });
    expect(refusedLogin(pbad(true, "no such user"))).toEqual({ ok: false, pid: 4, code: 1 });
    expect(refusedLogin(pbad(false, "CODEx banned"))).toEqual({ ok: false, pid: 4, code: 0x13, text: "CODEx banned" });
  });

  it("keeps 20 characters of the POK name and a clean squad", () => {
    const r = acceptedLogin(
      {
        type: "POK",
        pid: 4,
        rtext: "",
        name: "abcdefghijklmnopqrstuvwxyz",
        squad: "sq\x01uad",
        billerId: 9,
        usage: 60,
        firstUsed: "1-2-1999 6:13:35",
      },
      true,
    );
    expect(r).toMatchObject({
      ok: true,
      name: "abcdefghijklmnopqrst",
      squad: "squad",
      userId: 9,
      wantRegistration: true,
      code: 0,
    });
  });
});

describe("notices", () => {
  it("frames channel text from the cached CHATTXT", () => {
    const cached = { type: "CHATTXT" as const, channel: "x", sender: "bob", sound: 3, text: "hi" };
    expect(noticeOf({ type: "CHAT", pid: 5, number: 2 }, cached)).toEqual({
      kind: "channel",
      pid: 5,
      text: "2:bob> hi",
      sound: 3,
    });
    expect(noticeOf({ type: "CHAT", pid: 5, number: 2 }, undefined)).toBeUndefined();
  });

  it("frames remote and squad messages as ASSS", () => {
    expect(noticeOf({ type: "RMT", pid: 5, sender: "bob", sound: 1, text: "yo" }, undefined)).toEqual({
      kind: "remote",
      pid: 5,
      text: "(bob)>yo",
      sound: 1,
    });
    expect(noticeOf({ type: "RMTSQD", squad: "sq", sender: "bob", sound: 0, text: "yo" }, undefined)).toEqual({
      kind: "squad",
      squad: "sq",
      text: "(#sq)(bob)>yo",
      sound: 0,
    });
  });
});
