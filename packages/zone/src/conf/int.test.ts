import { describe, expect, it } from "vitest";
import { parseAsssInt } from "./int.js";

describe("parseAsssInt reads integers like C strtol with base 0", () => {
  it("reads decimal, hex and octal with signs and leading blanks", () => {
    expect(parseAsssInt("7500")).toBe(7500);
    expect(parseAsssInt("  -2")).toBe(-2);
    expect(parseAsssInt("+15")).toBe(15);
    expect(parseAsssInt("0x1F")).toBe(31);
    expect(parseAsssInt("0X10")).toBe(16);
    expect(parseAsssInt("010")).toBe(8);
    expect(parseAsssInt("-0x10")).toBe(-16);
  });

  it("stops at the first character that is not a digit of the base", () => {
    expect(parseAsssInt("5 - 7")).toBe(5);
    expect(parseAsssInt("5000 ; port")).toBe(5000);
    expect(parseAsssInt("08")).toBe(0);
    expect(parseAsssInt("0x")).toBe(0);
    expect(parseAsssInt("12abc")).toBe(12);
  });

  it("treats values without a number as yes = 1, anything else = 0", () => {
    expect(parseAsssInt("yes")).toBe(1);
    expect(parseAsssInt("Y")).toBe(1);
    expect(parseAsssInt("no")).toBe(0);
    expect(parseAsssInt("$SEE_TEAM")).toBe(0);
    expect(parseAsssInt("")).toBe(0);
    expect(parseAsssInt(" yes")).toBe(0);
  });

  it("cuts values to 32 bits the way a C long-to-int conversion does", () => {
    expect(parseAsssInt("4294967295")).toBe(-1);
    expect(parseAsssInt("2147483648")).toBe(-2147483648);
    expect(parseAsssInt("99999999999999999999999")).toBe(-1);
    expect(parseAsssInt("-99999999999999999999999")).toBe(0);
  });
});
