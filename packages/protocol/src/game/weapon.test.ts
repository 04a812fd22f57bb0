import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { packScreenCoord, unpackScreenCoord } from "./s2c/lvz.js";
import {
  type Items,
  isMine,
  packItems,
  packWeapon,
  unpackItems,
  unpackWeapon,
  type Weapon,
  WeaponType,
} from "./weapon.js";

const weaponArb: fc.Arbitrary<Weapon> = fc.record({
  type: fc.nat(31),
  level: fc.nat(3),
  shrapnelBounces: fc.boolean(),
  shrapnelLevel: fc.nat(3),
  shrapnelCount: fc.nat(31),
  alternate: fc.boolean(),
});

const count = fc.nat(15);
const itemsArb: fc.Arbitrary<Items> = fc.record({
  shields: fc.boolean(),
  super: fc.boolean(),
  bursts: count,
  repels: count,
  thors: count,
  bricks: count,
  decoys: count,
  rockets: count,
  portals: count,
});

describe("weapon word and item bits", () => {
  it("reads the observed bullet and a mine", () => {
    expect(unpackWeapon(1)).toMatchObject({ type: WeaponType.Bullet, level: 0, alternate: false });
    expect(unpackWeapon(0x21).level).toBe(1);
    expect([isMine(0x8003), isMine(0x8004), isMine(0x0003), isMine(0x8001)]).toEqual([true, true, false, false]);
  });

  it("packs and unpacks every weapon word and item set", () => {
    fc.assert(
      fc.property(weaponArb, (w) => {
        expect(unpackWeapon(packWeapon(w))).toEqual(w);
      }),
    );
    fc.assert(
      fc.property(fc.nat(0xffff), (word) => {
        expect(packWeapon(unpackWeapon(word))).toBe(word);
      }),
    );
    fc.assert(
      fc.property(itemsArb, (i) => {
        expect(unpackItems(packItems(i))).toEqual(i);
      }),
    );
  });

  it("reads item counts from their 4-bit fields", () => {
    expect(unpackItems(0x403)).toMatchObject({ shields: true, super: true, bursts: 0, thors: 1 });
    expect(unpackItems(0xffffffff).portals).toBe(15);
  });

  it("packs LVZ screen coordinates as corner plus signed 12-bit offset", () => {
    expect(unpackScreenCoord(packScreenCoord({ corner: 3, offset: -20 }))).toEqual({ corner: 3, offset: -20 });
    const coord = fc.record({ corner: fc.nat(11), offset: fc.integer({ min: -2048, max: 2047 }) });
    fc.assert(
      fc.property(coord, (c) => {
        expect(unpackScreenCoord(packScreenCoord(c))).toEqual(c);
      }),
    );
  });
});
