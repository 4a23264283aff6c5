import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomHex } from './random-hex.js';

// Same directory as the target so rename() stays on one filesystem and is atomic.
function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomHex(12)}.tmp`);
}

/** Options for {@link writeFileAtomic}. */
export interface AtomicWriteOptions {
  /**
   * fsync before the rename so the data survives a power cut (default true). Caches that
   * can be refetched turn it off: an fsync per file dominated a 112-feed refresh.
   */
  durable?: boolean;
}

const knownDirs = new Set<string>();

async function openTemp(path: string) {
  const dir = dirname(path);
  if (!knownDirs.has(dir)) {
    await mkdir(dir, { recursive: true });
    knownDirs.add(dir);
  }
  const temp = tempPathFor(path);
  try {
    return { temp, handle: await open(temp, 'wx', 0o644) };
  } catch (error) {
    // The directory was removed since we made it: make it again, once.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(dir, { recursive: true });
    return { temp, handle: await open(temp, 'wx', 0o644) };
  }
}

/**
 * Writes `data` to `path` so readers see either the old file or the whole new one:
 * temp file in the same directory, fsync, rename. Creates the directory; removes the
 * temp file when anything fails.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const { temp, handle } = await openTemp(path);
  try {
    try {
      await handle.writeFile(data);
      if (options.durable !== false) await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

function openTempSync(temp: string, dir: string): number {
  try {
    return openSync(temp, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(dir, { recursive: true });
    return openSync(temp, 'wx', 0o644);
  }
}

/** Synchronous {@link writeFileAtomic}, for exit handlers and stores with a sync API. */
export function writeFileAtomicSync(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): void {
  const dir = dirname(path);
  if (!knownDirs.has(dir)) {
    mkdirSync(dir, { recursive: true });
    knownDirs.add(dir);
  }
  const temp = tempPathFor(path);
  try {
    const fd = openTempSync(temp, dir);
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      let offset = 0;
      while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
      if (options.durable !== false) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Reads and parses a JSON file; undefined when it does not exist. Invalid JSON throws. */
export async function readJsonFile<T>(path: string): Promise<T | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return JSON.parse(text) as T;
}
