import { chmod, type FileHandle, open, readFile, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";
import { KvCorruptError } from "./errors.js";
import { FILE_MAGIC, type LogRecord, scanLog } from "./log-codec.js";

/** What opening does with a record damaged in the middle of the log. */
export const CorruptionPolicy = {
  /** Refuse to open, with a KvCorruptError naming the file and offset (default). */
  Fail: "fail",
  /** Keep the valid records before the damage and cut the file there. */
  Truncate: "truncate",
} as const;
export type CorruptionPolicy = (typeof CorruptionPolicy)[keyof typeof CorruptionPolicy];

/** Bytes cut from the end of the log at open. */
export interface Recovery {
  readonly path: string;
  /** Where the cut was made. */
  readonly offset: number;
  readonly droppedBytes: number;
  /** "torn": a crash cut the last write short. "corrupt": damage inside the file, kept by policy. */
  readonly kind: "torn" | "corrupt";
}

export interface OpenedLog {
  readonly file: LogFile;
  readonly records: LogRecord[];
  readonly recovery: Recovery | undefined;
}

async function syncDir(path: string): Promise<void> {
  const dir = await open(dirname(path), "r");
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

async function writeAll(fh: FileHandle, buf: Buffer, position: number): Promise<void> {
  let done = 0;
  while (done < buf.length) {
    const { bytesWritten } = await fh.write(buf, done, buf.length - done, position + done);
    done += bytesWritten;
  }
}

/**
 * Mode of the store's files: owner read and write only. The log holds the zone's secret key,
 * redirect tickets and players' addresses.
 */
export const STORE_FILE_MODE = 0o600;

async function readOrCreate(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  const fh = await open(path, "wx", STORE_FILE_MODE);
  try {
    await writeAll(fh, FILE_MAGIC, 0);
    await fh.datasync();
  } finally {
    await fh.close();
  }
  await syncDir(path);
  return Buffer.from(FILE_MAGIC);
}

/**
 * The append-only file under the embedded store: read whole at open, appended one batch at a
 * time (one write, then one fdatasync when `sync`), rewritten by compaction through a temporary
 * file that is synced and renamed over it, so a crash at any point leaves one complete log.
 */
export class LogFile {
  private constructor(
    readonly path: string,
    private fh: FileHandle,
    private bytes: number,
    private readonly sync: boolean,
  ) {}

  /**
   * Opens the log at `path`, creating it if missing. A torn tail is cut off (reported as a
   * Recovery); damage followed by valid records throws KvCorruptError unless `onCorrupt` is
   * "truncate"; a file that is not a store log throws KvCorruptError and is left untouched.
   */
  static async open(path: string, opts: { sync: boolean; onCorrupt: CorruptionPolicy }): Promise<OpenedLog> {
    // A leftover from a crash during compaction; the log itself was never replaced half-written.
    await rm(`${path}.compact`, { force: true });
    let buf = await readOrCreate(path);
    // A log made before files were created private, or copied in: made private now.
    await chmod(path, STORE_FILE_MODE);
    let recovery: Recovery | undefined;
    if (buf.length < FILE_MAGIC.length) {
      if (!FILE_MAGIC.subarray(0, buf.length).equals(buf))
        throw new KvCorruptError(`${path} is not a store log (bad header); move it away or point the store elsewhere`);
      // The file was created but its header not fully written: start it again.
      recovery = { path, offset: 0, droppedBytes: buf.length, kind: "torn" };
      buf = Buffer.from(FILE_MAGIC);
      const fh = await open(path, "w");
      await writeAll(fh, buf, 0);
      await fh.datasync();
      await fh.close();
    } else if (!buf.subarray(0, FILE_MAGIC.length).equals(FILE_MAGIC)) {
      throw new KvCorruptError(`${path} is not a store log (bad header); move it away or point the store elsewhere`);
    }
    const scan = scanLog(buf);
    if (scan.end === "corrupt" && opts.onCorrupt === CorruptionPolicy.Fail) {
      throw new KvCorruptError(
        `${path} is damaged at byte ${scan.damageOffset} of ${scan.totalBytes} with valid records after it; ` +
          `the ${scan.records.length} records before it are intact (open with onCorrupt "truncate" to keep only those)`,
      );
    }
    const fh = await open(path, "r+");
    if (scan.end !== "clean") {
      await fh.truncate(scan.validBytes);
      await fh.datasync();
      recovery = {
        path,
        offset: scan.validBytes,
        droppedBytes: scan.totalBytes - scan.validBytes,
        kind: scan.end,
      };
    }
    return { file: new LogFile(path, fh, scan.validBytes, opts.sync), records: scan.records, recovery };
  }

  /** Bytes in the file. */
  get size(): number {
    return this.bytes;
  }

  /** Appends one batch; resolves once it is written (and on disk, when syncing). */
  async append(batch: Buffer): Promise<void> {
    await writeAll(this.fh, batch, this.bytes);
    this.bytes += batch.length;
    if (this.sync) await this.fh.datasync();
  }

  /** Replaces the whole log with `records` (the file magic is added). */
  async rewrite(records: Buffer[]): Promise<void> {
    const tmp = `${this.path}.compact`;
    const all = Buffer.concat([FILE_MAGIC, ...records]);
    const out = await open(tmp, "w", STORE_FILE_MODE);
    try {
      await writeAll(out, all, 0);
      await out.datasync();
    } finally {
      await out.close();
    }
    await rename(tmp, this.path);
    await syncDir(this.path);
    const old = this.fh;
    this.fh = await open(this.path, "r+");
    this.bytes = all.length;
    await old.close();
  }

  async close(): Promise<void> {
    await this.fh.close();
  }
}
