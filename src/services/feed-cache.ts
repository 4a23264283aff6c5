/**
 * The feed cache: raw bodies with their HTTP validators, keyed by URL.
 *
 * Layout (`dir`): `index.json` maps each URL to its meta and to where its body lies in a
 * segment file (`<id>.seg`, bodies back to back, never modified once written). A refresh
 * writes every body it fetched as ONE segment and the index once: on ext4 each new file
 * costs 0.3-0.6 ms of kernel time, and one file per feed made a cold 112-feed refresh's
 * cache writes cost 30-70 ms, more than digesting the feeds. A 304 only rewrites the index.
 *
 * Index updates take a lock file, re-read the index and merge, so processes refreshing at
 * once keep each other's entries. Segments nothing points at are deleted once they are old
 * enough not to belong to another process's update in progress, and the live bodies of a
 * mostly dead segment are copied into a new one, so the cache stays within about twice
 * its live size. Reads never throw: anything unreadable is a miss (the feed is refetched).
 */
import { closeSync, openSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { mkdir, open, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { StoreError } from '../core/errors.js';
import { writeFileAtomicSync } from './atomic-file.js';
import { withFileLock } from './file-lock.js';
import { randomHex } from './random-hex.js';

/** What the cache remembers about one feed besides its body. */
export interface FeedCacheMeta {
  /** The URL as configured (the cache key). */
  url: string;
  /** Where the body came from after redirects. */
  finalUrl: string;
  etag: string | null;
  lastModified: string | null;
  contentType: string | null;
  /** ISO time the body was last downloaded (200). */
  fetchedAt: string;
  /** ISO time the server was last asked (200 or 304). */
  checkedAt: string;
  /** Body length in bytes. */
  size: number;
}

/** Fields the caller provides on put; `url` and `size` are filled in. */
export type FeedCacheEntry = Omit<FeedCacheMeta, 'url' | 'size'>;

/** A cache hit: validators and the raw body bytes. */
export interface CachedFeed {
  meta: FeedCacheMeta;
  bytes: Uint8Array;
}

/** Raw feed bodies on disk, keyed by URL. Reads never throw: anything unreadable is a miss. */
export interface FeedCache {
  readonly dir: string;
  get(url: string): Promise<CachedFeed | undefined>;
  getMeta(url: string): Promise<FeedCacheMeta | undefined>;
  /** Stores a body; outside a batch it is on disk when the promise settles. */
  put(url: string, entry: FeedCacheEntry, bytes: Uint8Array): Promise<void>;
  /** Records that the server confirmed the cached body (304); no-op on a miss. */
  touch(url: string, checkedAt: string): Promise<void>;
  /**
   * Runs `work`, holding back the puts and touches it makes (reads see them) until it
   * settles, then writes them all as one segment and one index update. A failed write
   * rejects after `work` succeeded; the entries are then simply not cached.
   */
  batch<T>(work: () => Promise<T>): Promise<T>;
}

/** Where the cache lives; the rest is tuning for tests. */
export interface FeedCacheOptions {
  dir: string;
  /** Unreferenced segments younger than this may be another process's write in progress (60 s). */
  segmentGraceMs?: number;
}

interface IndexEntry {
  meta: FeedCacheMeta;
  segment: string;
  offset: number;
}

interface CacheIndex {
  version: 2;
  entries: Record<string, IndexEntry>;
  /** Segment name → its length in bytes. */
  segments: Record<string, number>;
}

/** An entry not yet on disk: a new body, or (bytes undefined) a touch of a stored one. */
interface Pending {
  meta: FeedCacheMeta;
  bytes?: Uint8Array;
}

const INDEX = 'index.json';
const SEGMENT = /^[\w-]+\.seg$/;
// Files of the earlier one-file-per-feed layouts, removed once old enough.
const LEGACY = /^[0-9a-f]{64}\.(?:feed|json|body)$/;
// A batch holding more than this flushes early, so a huge refresh never holds it all.
const BATCH_BYTES_LIMIT = 32 * 1024 * 1024;
// A segment whose live bodies fill less than this share of it is copied out and dropped.
const COMPACT_BELOW = 0.5;

const emptyIndex = (): CacheIndex => ({ version: 2, entries: {}, segments: {} });
const stringOrNull = (v: unknown) => v === null || typeof v === 'string';

function validMeta(value: unknown, url: string): value is FeedCacheMeta {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return (
    m.url === url &&
    typeof m.finalUrl === 'string' &&
    typeof m.fetchedAt === 'string' &&
    typeof m.checkedAt === 'string' &&
    typeof m.size === 'number' &&
    stringOrNull(m.etag) &&
    stringOrNull(m.lastModified) &&
    stringOrNull(m.contentType)
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isSize = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;

function validEntry(entry: unknown, url: string, index: CacheIndex): entry is IndexEntry {
  if (!isRecord(entry) || !validMeta(entry.meta, url) || !isSize(entry.meta.size) || !isSize(entry.offset)) return false;
  const length = typeof entry.segment === 'string' ? index.segments[entry.segment] : undefined;
  return length !== undefined && entry.offset + entry.meta.size <= length;
}

/**
 * The index in a parsed index.json with malformed segments and entries left out (a damaged or
 * hand-edited file costs only those feeds); undefined when it is no version-2 index at all.
 */
function cleanIndex(value: unknown): CacheIndex | undefined {
  if (!isRecord(value) || value.version !== 2 || !isRecord(value.entries) || !isRecord(value.segments)) return undefined;
  const index = emptyIndex();
  for (const [name, length] of Object.entries(value.segments)) if (SEGMENT.test(name) && isSize(length)) index.segments[name] = length;
  for (const [url, entry] of Object.entries(value.entries)) if (validEntry(entry, url, index)) index.entries[url] = entry;
  return index;
}

/** Opens the cache in `dir` (created on first write). */
export function createFeedCache(options: FeedCacheOptions): FeedCache {
  const { dir } = options;
  const grace = options.segmentGraceMs ?? 60_000;
  const indexPath = join(dir, INDEX);
  const pending = new Map<string, Pending>();
  let pendingBytes = 0;
  let batches = 0;
  let writing: Promise<void> = Promise.resolve();
  // The index as last read (or being read), with the file identity it was read from: a
  // refresh asks for 100+ entries at once, and each must not parse the index again.
  let memo: { key: string; index: Promise<CacheIndex> } | undefined;

  let checking: Promise<CacheIndex> | undefined;

  /** The current index (re-read when the file changed); empty when missing or unreadable. */
  function loadIndex(): Promise<CacheIndex> {
    // Lookups made together (a refresh asks for every feed at once) share one stat.
    checking ??= (async () => {
      try {
        const info = await stat(indexPath).catch(() => undefined);
        if (!info) return emptyIndex();
        const key = `${info.ino}:${info.size}:${info.mtimeMs}`;
        if (memo?.key !== key) memo = { key, index: readIndex() };
        return memo.index;
      } finally {
        checking = undefined;
      }
    })();
    return checking;
  }

  /** For lookups: whatever cannot be read (or a newer tidings wrote) is an empty index. */
  function readIndex(): Promise<CacheIndex> {
    return indexForUpdate().catch(emptyIndex);
  }

  /**
   * The index a write changes: empty when there is none or it is damaged past use (a cache
   * may start afresh); throws rather than replace one it cannot read or a newer tidings wrote.
   */
  async function indexForUpdate(): Promise<CacheIndex> {
    let text: string;
    try {
      text = await readFile(indexPath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyIndex();
      throw error;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return emptyIndex();
    }
    if (isRecord(parsed) && typeof parsed.version === 'number' && parsed.version > 2) {
      throw new StoreError(`the feed cache in ${dir} is from a newer tidings (index version ${parsed.version}); it was left as it is`);
    }
    return cleanIndex(parsed) ?? emptyIndex();
  }

  async function readBody(entry: IndexEntry): Promise<Uint8Array | undefined> {
    const size = entry.meta.size;
    try {
      const handle = await open(join(dir, entry.segment), 'r');
      try {
        const bytes = new Uint8Array(size);
        const { bytesRead } = await handle.read(bytes, 0, size, entry.offset);
        return bytesRead === size ? bytes : undefined;
      } finally {
        await handle.close();
      }
    } catch {
      return undefined; // the segment is gone or cut short
    }
  }

  async function stored(url: string): Promise<CachedFeed | undefined> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const index = await loadIndex();
      const entry = index.entries[url];
      if (!validEntry(entry, url, index)) return undefined;
      const bytes = await readBody(entry);
      if (bytes) return { meta: entry.meta, bytes };
      // Our index may predate a compaction that dropped the segment: read it again, once.
      memo = undefined;
    }
    return undefined;
  }

  async function get(url: string): Promise<CachedFeed | undefined> {
    const held = pending.get(url);
    if (held?.bytes) return { meta: held.meta, bytes: held.bytes };
    const hit = await stored(url);
    return hit && held ? { meta: held.meta, bytes: hit.bytes } : hit;
  }

  function hold(url: string, entry: Pending): Promise<void> {
    const before = pending.get(url);
    pendingBytes += (entry.bytes?.length ?? 0) - (before?.bytes?.length ?? 0);
    pending.set(url, entry);
    return batches === 0 || pendingBytes > BATCH_BYTES_LIMIT ? flush() : Promise.resolve();
  }

  /** Writes what is pending; one write at a time in this process. */
  function flush(): Promise<void> {
    writing = writing.catch(() => undefined).then(async () => {
      if (pending.size === 0) return;
      const taken = new Map(pending);
      await writeOut(taken);
      // Entries replaced while we wrote stay pending for the next write.
      for (const [url, entry] of taken) {
        if (pending.get(url) !== entry) continue;
        pending.delete(url);
        pendingBytes -= entry.bytes?.length ?? 0;
      }
    });
    return writing;
  }

  function newSegmentName(): string {
    return `${Date.now().toString(36)}-${process.pid}-${randomHex(8)}.seg`;
  }

  /** One segment file holding `bodies`; returns its name and each body's offset. */
  function writeSegment(bodies: Uint8Array[]): { name: string; offsets: number[]; length: number } {
    const name = newSegmentName();
    const offsets: number[] = [];
    let length = 0;
    for (const body of bodies) {
      offsets.push(length);
      length += body.length;
    }
    // A new, unique name: no reader looks at it before the index does, so no temp file.
    // One write per body: a single 4 MB write took 10-14 ms here, 112 small ones 2 ms.
    const path = join(dir, name);
    const fd = openSync(path, 'wx', 0o644);
    let complete = false;
    try {
      for (const body of bodies) {
        for (let done = 0; done < body.length; ) done += writeSync(fd, body, done, body.length - done);
      }
      complete = true;
    } finally {
      closeSync(fd);
      if (!complete) rmSync(path, { force: true }); // a partial segment (disk full) is of no use
    }
    return { name, offsets, length };
  }

  async function writeOut(entries: Map<string, Pending>): Promise<void> {
    await mkdir(dir, { recursive: true });
    const fresh = [...entries].filter(([, p]) => p.bytes) as [string, Required<Pending>][];
    const segment = fresh.length > 0 ? writeSegment(fresh.map(([, p]) => p.bytes)) : undefined;
    let written: CacheIndex | undefined;
    try {
      await withFileLock(join(dir, 'index.lock'), async () => {
        // The latest index, as a copy of our own to change (readers may hold the memo's).
        const index = await indexForUpdate();
        if (segment) index.segments[segment.name] = segment.length;
        fresh.forEach(([url, p], i) => {
          const current = index.entries[url];
          // Another process may have stored a newer body meanwhile: the newer one stays (a 304
          // for an older body, however recent, does not beat a body fetched since).
          if (current && current.meta.fetchedAt > p.meta.fetchedAt) return;
          index.entries[url] = { meta: p.meta, segment: segment!.name, offset: segment!.offsets[i] };
        });
        for (const [url, p] of entries) {
          const current = index.entries[url];
          if (!p.bytes && current && current.meta.fetchedAt === p.meta.fetchedAt) current.meta = { ...current.meta, checkedAt: p.meta.checkedAt };
        }
        await compact(index);
        writeFileAtomicSync(indexPath, JSON.stringify(index), { durable: false });
        written = index;
        const info = statSync(indexPath);
        memo = { key: `${info.ino}:${info.size}:${info.mtimeMs}`, index: Promise.resolve(index) };
      });
    } catch (error) {
      // No index will ever point at the segment: remove it now, not at some later write.
      if (segment && !written) rmSync(join(dir, segment.name), { force: true });
      throw error;
    }
    if (written) removeUnreferenced(written);
  }

  /** Copies the live bodies of mostly dead segments into one new segment; drops empty ones. */
  async function compact(index: CacheIndex): Promise<void> {
    const live = new Map<string, number>();
    for (const entry of Object.values(index.entries)) live.set(entry.segment, (live.get(entry.segment) ?? 0) + entry.meta.size);
    const sparse = new Set<string>();
    for (const [name, length] of Object.entries(index.segments)) {
      const used = live.get(name) ?? 0;
      if (used === 0) delete index.segments[name];
      else if (used < length * COMPACT_BELOW) sparse.add(name);
    }
    if (sparse.size === 0) return;
    const moving: [IndexEntry, Uint8Array][] = [];
    for (const [url, entry] of Object.entries(index.entries)) {
      if (!sparse.has(entry.segment)) continue;
      const bytes = await readBody(entry);
      if (bytes) moving.push([entry, bytes]);
      else delete index.entries[url]; // unreadable: refetched next time
    }
    const segment = moving.length > 0 ? writeSegment(moving.map(([, bytes]) => bytes)) : undefined;
    moving.forEach(([entry], i) => {
      entry.segment = segment!.name;
      entry.offset = segment!.offsets[i];
    });
    if (segment) index.segments[segment.name] = segment.length;
    for (const name of sparse) delete index.segments[name];
  }

  /** Deletes segments (and files of older layouts) the index no longer names. Best effort. */
  function removeUnreferenced(index: CacheIndex): void {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    const now = Date.now();
    for (const name of names) {
      if (!(SEGMENT.test(name) && index.segments[name] === undefined) && !LEGACY.test(name)) continue;
      try {
        if (now - statSync(join(dir, name)).mtimeMs >= grace) rmSync(join(dir, name), { force: true });
      } catch {
        // gone already, or not ours to remove
      }
    }
  }

  return {
    dir,
    get,
    async getMeta(url) {
      return (await get(url))?.meta;
    },
    put(url, entry, bytes) {
      return hold(url, { meta: { url, ...entry, size: bytes.length }, bytes });
    },
    async touch(url, checkedAt) {
      const held = pending.get(url);
      if (held) return hold(url, { ...held, meta: { ...held.meta, checkedAt } });
      const hit = await stored(url);
      if (hit) return hold(url, { meta: { ...hit.meta, checkedAt } });
    },
    async batch(work) {
      batches++;
      let result: Awaited<ReturnType<typeof work>>;
      try {
        result = await work();
      } catch (error) {
        // What was fetched before the failure is still worth keeping.
        if (--batches === 0) await flush().catch(() => undefined);
        throw error;
      }
      if (--batches === 0) await flush();
      return result;
    },
  };
}
