import { open, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { KvLockedError } from "./errors.js";

interface Holder {
  readonly pid: number;
  /** Wall-clock ms the holding process started, to tell this process from an earlier one with the same pid. */
  readonly startedAt: number;
}

function processStartedAt(): number {
  return Math.round(Date.now() - process.uptime() * 1000);
}

function parseHolder(text: string): Holder | undefined {
  try {
    const h = JSON.parse(text) as Partial<Holder>;
    return typeof h.pid === "number" && typeof h.startedAt === "number"
      ? { pid: h.pid, startedAt: h.startedAt }
      : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * One store per directory: two processes appending to one log would overwrite each other's
 * records. The lock is a file naming the holder's pid and start time; a lock whose holder is
 * gone (killed, crashed, or an earlier container that reused this pid) is taken over.
 */
export class DirLock {
  private constructor(private readonly path: string) {}

  /** Takes the lock of `dir`, or throws KvLockedError naming the holder. */
  static async acquire(dir: string): Promise<DirLock> {
    const path = join(dir, "store.lock");
    const me: Holder = { pid: process.pid, startedAt: processStartedAt() };
    for (let attempt = 0; ; attempt++) {
      try {
        const fh = await open(path, "wx");
        await fh.writeFile(JSON.stringify(me));
        await fh.close();
        return new DirLock(path);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "EEXIST" || attempt > 0) throw lockError(path, err);
      }
      const holder = parseHolder(await readFile(path, "utf8").catch(() => ""));
      if (holder && held(holder, me)) throw new KvLockedError(path, holder.pid);
      await rm(path, { force: true });
    }
  }

  async release(): Promise<void> {
    await rm(this.path, { force: true });
  }
}

function held(holder: Holder, me: Holder): boolean {
  // Process uptime is precise to well under a second; two seconds of slack covers clock steps.
  if (holder.pid === me.pid) return Math.abs(holder.startedAt - me.startedAt) < 2_000;
  return isAlive(holder.pid);
}

function lockError(path: string, err: unknown): Error {
  return (err as NodeJS.ErrnoException).code === "EEXIST" ? new KvLockedError(path, undefined) : (err as Error);
}
