/** The weapon word and the item bits of positions (gameplay.md §2.3, §2.5). */

/** Weapon type, bits 0–4 of the weapon word; 0 = no weapon fired. */
export const WeaponType = {
  None: 0,
  Bullet: 1,
  BouncingBullet: 2,
  Bomb: 3,
  ProximityBomb: 4,
  Repel: 5,
  Decoy: 6,
  Burst: 7,
  Thor: 8,
} as const;
export type WeaponType = (typeof WeaponType)[keyof typeof WeaponType];

/** Extra weapon types that appear only in damage reports (`0x32`, `0x38`). */
export const DamageWeaponType = { Wormhole: 0, Shrapnel: 15 } as const;
export type DamageWeaponType = (typeof DamageWeaponType)[keyof typeof DamageWeaponType];

/** The u16 weapon word, unpacked. */
export interface Weapon {
  /** 0..31; WeaponType values. */
  type: number;
  /** 0..3 (L1..L4). */
  level: number;
  shrapnelBounces: boolean;
  /** 0..3 */
  shrapnelLevel: number;
  /** 0..31 */
  shrapnelCount: number;
  /** Bombs become mines, bullets multifire. */
  alternate: boolean;
}

export function unpackWeapon(word: number): Weapon {
  return {
    type: word & 0x1f,
    level: (word >> 5) & 3,
    shrapnelBounces: (word & 0x80) !== 0,
    shrapnelLevel: (word >> 8) & 3,
    shrapnelCount: (word >> 10) & 0x1f,
    alternate: (word & 0x8000) !== 0,
  };
}

/** Packs a weapon; every part is masked to its width. */
export function packWeapon(w: Weapon): number {
  return (
    (w.type & 0x1f) |
    ((w.level & 3) << 5) |
    (w.shrapnelBounces ? 0x80 : 0) |
    ((w.shrapnelLevel & 3) << 8) |
    ((w.shrapnelCount & 0x1f) << 10) |
    (w.alternate ? 0x8000 : 0)
  );
}

/** True when the word is a mine (bomb or proximity bomb with the alternate bit). */
export function isMine(word: number): boolean {
  const type = word & 0x1f;
  return (word & 0x8000) !== 0 && (type === WeaponType.Bomb || type === WeaponType.ProximityBomb);
}

/** The u32 item bits of the extra position data, unpacked; counts are 0..15. */
export interface Items {
  shields: boolean;
  super: boolean;
  bursts: number;
  repels: number;
  thors: number;
  bricks: number;
  decoys: number;
  rockets: number;
  portals: number;
}

const COUNTS = ["bursts", "repels", "thors", "bricks", "decoys", "rockets", "portals"] as const;

export function unpackItems(word: number): Items {
  const items: Items = {
    shields: (word & 1) !== 0,
    super: (word & 2) !== 0,
    bursts: 0,
    repels: 0,
    thors: 0,
    bricks: 0,
    decoys: 0,
    rockets: 0,
    portals: 0,
  };
  COUNTS.forEach((name, i) => {
    items[name] = (word >>> (2 + 4 * i)) & 0xf;
  });
  return items;
}

/** Packs item bits; counts are masked to 4 bits, bits 30–31 stay 0. */
export function packItems(items: Items): number {
  let word = (items.shields ? 1 : 0) | (items.super ? 2 : 0);
  COUNTS.forEach((name, i) => {
    word |= (items[name] & 0xf) << (2 + 4 * i);
  });
  return word >>> 0;
}
