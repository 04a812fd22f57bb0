/**
 * The `rTIL` run-length code of extended-lvl regions: rows top to bottom, each a sequence of
 * runs covering 1024 tiles. Byte `ottnnnnn`: `oo` = op (0 empty run, 1 present run, 2 empty
 * rows, 3 repeat previous row), bit 5 = long form (count from the low 5 bits and the next byte),
 * count = n + 1. Exactly 1024 rows must be described.
 */
import { MAP_SIZE } from "./tiles.js";

/** Why a tile run list is invalid, or undefined when it is valid. */
export type RleResult = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/**
 * Decodes `data`, calling `row(y, present)` for every row with at least one tile (the array is
 * reused between calls). Rows already reported stay reported when a later byte is invalid.
 */
export function decodeRegionTiles(data: Uint8Array, row: (y: number, present: Uint8Array) => void): RleResult {
  const cur = new Uint8Array(MAP_SIZE);
  const prev = new Uint8Array(MAP_SIZE);
  let prevAny = false;
  let curAny = false;
  let cx = 0;
  let cy = 0;
  let i = 0;
  const endRow = () => {
    if (curAny) row(cy, cur);
    prev.set(cur);
    prevAny = curAny;
    cur.fill(0);
    curAny = false;
    cx = 0;
    cy++;
  };
  while (i < data.length) {
    if (cy >= MAP_SIZE) return { ok: false, reason: `runs past row ${MAP_SIZE - 1}` };
    const b = data[i++]!;
    const op = b >> 6;
    let n = (b & 31) + 1;
    if (b & 32) {
      if (i >= data.length) return { ok: false, reason: "long run cut off at end of data" };
      n = ((b & 31) << 8) + data[i++]! + 1;
    }
    if (op === 0 || op === 1) {
      if (cx + n > MAP_SIZE) return { ok: false, reason: `run of ${n} at x=${cx}, y=${cy} passes the right edge` };
      if (op === 1) {
        cur.fill(1, cx, cx + n);
        curAny = true;
      }
      cx += n;
      if (cx === MAP_SIZE) endRow();
    } else {
      if (cx !== 0) return { ok: false, reason: `row operation in the middle of row ${cy}` };
      if (op === 3 && cy === 0) return { ok: false, reason: "repeat before the first row" };
      if (cy + n > MAP_SIZE) return { ok: false, reason: `${n} rows from y=${cy} pass the bottom edge` };
      for (let k = 0; k < n; k++) {
        if (op === 3) {
          cur.set(prev);
          curAny = prevAny;
        }
        endRow();
      }
    }
  }
  if (cx !== 0 || cy !== MAP_SIZE) return { ok: false, reason: `describes ${cy} of ${MAP_SIZE} rows` };
  return { ok: true };
}

/** Encodes a region's tiles (`present(x, y)`, asked once per tile) into the `rTIL` code. */
export function encodeRegionTiles(present: (x: number, y: number) => boolean): Uint8Array {
  const out: number[] = [];
  const run = (op: number, n: number) => {
    for (let left = n; left > 0; ) {
      const c = Math.min(left, MAP_SIZE);
      if (c <= 32) out.push((op << 6) | (c - 1));
      else out.push((op << 6) | 32 | ((c - 1) >> 8), (c - 1) & 0xff);
      left -= c;
    }
  };
  let row = new Uint8Array(MAP_SIZE);
  let prev = new Uint8Array(MAP_SIZE);
  let pendingOp = -1;
  let pendingRows = 0;
  const flush = () => {
    if (pendingRows > 0) run(pendingOp, pendingRows);
    pendingRows = 0;
  };
  const rowOp = (op: number) => {
    if (pendingOp !== op) flush();
    pendingOp = op;
    pendingRows++;
  };
  for (let y = 0; y < MAP_SIZE; y++) {
    let any = false;
    for (let x = 0; x < MAP_SIZE; x++) {
      row[x] = present(x, y) ? 1 : 0;
      if (row[x]) any = true;
    }
    if (!any) rowOp(2);
    else if (y > 0 && row.every((v, i) => v === prev[i])) rowOp(3);
    else {
      flush();
      for (let x = 0; x < MAP_SIZE; ) {
        let end = x + 1;
        while (end < MAP_SIZE && row[end] === row[x]) end++;
        run(row[x] ? 1 : 0, end - x);
        x = end;
      }
    }
    [prev, row] = [row, prev];
  }
  flush();
  return new Uint8Array(out);
}
