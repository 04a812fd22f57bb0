import { describe, expect, it } from "vitest";
import { commandReplyText, commandText, parseIncomingPrivate, remoteMessageText } from "./chat-text.js";
import { LoginLoad } from "./login-load.js";

const CHATS = {
  localChats: ["zonechat"],
  staffChats: ["mods", "smods"],
  localChatPrefix: "TZ",
  staffChatPrefix: "TZS",
};

describe("chat text conventions", () => {
  it("remote messages are :dest:(sender)>text, cut to 249 characters", () => {
    expect(remoteMessageText("bob", "al", "hi")).toBe(":bob:(al)>hi");
    expect(remoteMessageText("#sq", "al", "x".repeat(300)).length).toBe(249);
  });

  it("incoming remote, squad and broadcast texts", () => {
    expect(parseIncomingPrivate(":bob:(al)>hi")).toEqual({ kind: "named", name: "bob", text: "(al)>hi" });
    expect(parseIncomingPrivate(":#Sq:(al)>hi")).toEqual({ kind: "squad", squad: "Sq", text: "(#Sq)(al)>hi" });
    expect(parseIncomingPrivate("Server restarts soon")).toEqual({ kind: "broadcast", text: "Server restarts soon" });
    expect(parseIncomingPrivate(":bob:(f)>unny)>x")).toEqual({ kind: "named", name: "bob", text: "(f)>unny)>x" });
  });

  it("malformed remote texts are refused", () => {
    for (const t of [
      ":bob",
      ":bob:al>hi",
      ":bob:(al hi",
      ":#:(al)>hi",
      "::(al)>hi",
      `:${"n".repeat(40)}:(a)>b`,
      `:b:(${"s".repeat(40)})>x`,
    ])
      expect(parseIncomingPrivate(t)).toBeUndefined();
  });

  it("command replies show local and staff markers", () => {
    expect(commandReplyText("$l$TZ|zonechat: hi")).toBe("(local) zonechat: hi");
    expect(commandReplyText("$s$TZS|mods: hi")).toBe("(staff) mods: hi");
    expect(commandReplyText("$l$ no bar")).toBe("$l$ no bar");
  });

  it("?chat= gets local and (for staff) staff prefixes; other commands go as typed", () => {
    expect(commandText("chat", "zonechat,mods/pw,other", true, CHATS)).toBe(
      "?chat=$l$TZ|zonechat,$s$TZS|mods/pw,other",
    );
    expect(commandText("chat", "ZoneChat, mods", false, CHATS)).toBe("?chat=$l$TZ|ZoneChat, mods");
    expect(commandText("find", "bob", false, CHATS)).toBe("?find bob");
    expect(commandText("usage", "", false, CHATS)).toBe("?usage");
  });
});

describe("login load protection", () => {
  it("admits up to 15 pending and refuses from 20 interrupted until halvings bring it down", () => {
    const load = new LoginLoad(0);
    expect(load.admits(14, 0)).toBe(true);
    expect(load.admits(15, 0)).toBe(false);
    load.onInterrupted(25, 0);
    expect(load.admits(0, 9_999)).toBe(false);
    expect(load.interrupted(10_000)).toBe(12);
    expect(load.admits(0, 10_000)).toBe(true);
    expect(load.interrupted(1_000_000)).toBe(0);
  });
});
