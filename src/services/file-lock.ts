import { hostname } from 'node:os';
import { link, mkdir, open, readFile, rename, rm, stat, utimes } from 'node:fs/promises';
import { dirname } from 'node:path';
import { StoreError } from '../core/errors.js';
import { randomHex } from './random-hex.js';

/** Tuning for {@link withFileLock}; the defaults suit a CLI and a TUI sharing a store. */
export interface FileLockOptions {
  /** A lock not refreshed for this long is abandoned and broken (default 10 s); holders refresh it every third of that. */
  staleMs?: number;
  /** Give up waiting after this long (default 30 s). */
  timeoutMs?: number;
}

interface LockOwner {
  pid: number;
  host: string;
  token: string;
  time: number;
}

const HOST = hostname();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** True while a process with this pid exists on this machine. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function parseOwner(text: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(text) as LockOwner;
    return typeof owner.pid === 'number' && typeof owner.time === 'number' ? owner : undefined;
  } catch {
    return undefined;
  }
}

/** Why the lock at `path` may be broken, or undefined while its holder may still be at work. */
async function staleReason(path: string, text: string, staleMs: number): Promise<string | undefined> {
  const owner = parseOwner(text);
  if (owner && owner.host === HOST && !processAlive(owner.pid)) return `process ${owner.pid} is gone`;
  // Holders touch the file while they work, so its mtime says when it was last alive.
  const info = await stat(path).catch(() => undefined);
  if (!info) return undefined;
  const age = Date.now() - Math.max(info.mtimeMs, owner?.time ?? 0);
  // Empty or torn: its creator died between create and write, or is just writing it.
  if (!owner) return age > Math.min(staleMs, 2000) ? 'unreadable' : undefined;
  return age > staleMs ? `not refreshed for over ${staleMs} ms` : undefined;
}

/**
 * Breaks a stale lock. It is renamed aside first and only deleted when it is still the
 * lock we judged stale; a lock another process took meanwhile is put back.
 */
async function breakLock(path: string, observed: string): Promise<void> {
  const aside = `${path}.${process.pid}.${randomHex(8)}.stale`;
  try {
    await rename(path, aside);
  } catch {
    return;
  }
  const now = await readFile(aside, 'utf8').catch(() => observed);
  if (now !== observed) await link(aside, path).catch(() => undefined);
  await rm(aside, { force: true });
}

async function tryCreate(path: string, owner: LockOwner): Promise<boolean> {
  try {
    const handle = await open(path, 'wx', 0o644);
    try {
      await handle.writeFile(JSON.stringify(owner));
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    } finally {
      await handle.close();
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

async function release(path: string, token: string): Promise<void> {
  const text = await readFile(path, 'utf8').catch(() => '');
  // Only our own lock: if it was broken and retaken, the file is someone else's now.
  if (parseOwner(text)?.token === token) await rm(path, { force: true });
}

/**
 * Runs `fn` holding an exclusive lock file at `path` (O_EXCL create with pid, host and
 * time). Waits with a growing, jittered backoff; breaks locks whose process is dead or
 * that are older than `staleMs`. Works across processes on one machine.
 */
export async function withFileLock<T>(path: string, fn: () => Promise<T>, options: FileLockOptions = {}): Promise<T> {
  const staleMs = options.staleMs ?? 10_000;
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  const owner: LockOwner = { pid: process.pid, host: HOST, token: randomHex(16), time: Date.now() };
  await mkdir(dirname(path), { recursive: true });
  let delay = 2;
  for (;;) {
    owner.time = Date.now();
    if (await tryCreate(path, owner)) break;
    const text = await readFile(path, 'utf8').catch(() => undefined);
    if (text !== undefined && (await staleReason(path, text, staleMs))) {
      await breakLock(path, text);
      continue;
    }
    if (Date.now() > deadline) {
      const holder = text ? parseOwner(text) : undefined;
      throw new StoreError(`${path} is held by ${holder ? `process ${holder.pid}` : 'another process'}; if no other tidings is running, delete that file`);
    }
    await sleep(delay + Math.random() * delay);
    delay = Math.min(delay * 1.5, 50);
  }
  const heartbeat = setInterval(() => {
    const now = new Date();
    utimes(path, now, now).catch(() => undefined);
  }, Math.max(50, staleMs / 3));
  heartbeat.unref();
  try {
    return await fn();
  } finally {
    clearInterval(heartbeat);
    await release(path, owner.token);
  }
}
