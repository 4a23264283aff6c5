import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomicSync } from './atomic-file.js';

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
  /** Body length, so a body from a different write is noticed. */
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
  put(url: string, entry: FeedCacheEntry, bytes: Uint8Array): Promise<void>;
  /** Records that the server confirmed the cached body (304); no-op on a miss. */
  touch(url: string, checkedAt: string): Promise<void>;
}

/** sha256 of the URL, hex: a safe, fixed-length file name. */
export function cacheKey(url: string): string {
  return createHash('sha256').update(url).digest('hex');
}

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

/** Where the cache lives and, optionally, who writes its files. */
export interface FeedCacheOptions {
  dir: string;
  /**
   * Writes one whole file atomically (temp file + rename), making its directory as needed;
   * fsync is not needed, a cache can be refetched. Default: synchronously on this thread (for small files the promise API's
   * overhead cost more than the I/O). A refresh hands it to a worker thread instead.
   */
  writeFile?: (path: string, data: Uint8Array) => Promise<void> | void;
}

const writeHere = (path: string, data: Uint8Array) => writeFileAtomicSync(path, data, { durable: false });

/**
 * Opens a cache in `dir` (created on first write): one `<sha256>.feed` per URL, a line of
 * JSON meta then the raw body. One file, not meta + body: creating files is what a cold
 * refresh's cache writes cost (on a busy ext4, 0.3-0.6 ms of kernel time each).
 */
export function createFeedCache(options: FeedCacheOptions): FeedCache {
  const { dir } = options;
  const writeFile = options.writeFile ?? writeHere;
  const pathOf = (url: string) => join(dir, `${cacheKey(url)}.feed`);

  async function write(url: string, meta: FeedCacheMeta, body: Uint8Array): Promise<void> {
    const head = Buffer.from(`${JSON.stringify(meta)}\n`, 'utf8');
    await writeFile(pathOf(url), Buffer.concat([head, body]));
  }

  async function get(url: string): Promise<CachedFeed | undefined> {
    let file: Buffer;
    try {
      file = await readFile(pathOf(url));
    } catch {
      return undefined; // missing or unreadable: the feed is simply fetched again
    }
    const newline = file.indexOf(0x0a);
    if (newline < 0) return undefined;
    let meta: unknown;
    try {
      meta = JSON.parse(file.toString('utf8', 0, newline));
    } catch {
      return undefined;
    }
    const bytes = file.subarray(newline + 1);
    // A meta of another URL or a body of another length: not ours, or cut short.
    if (!validMeta(meta, url) || bytes.length !== meta.size) return undefined;
    return { meta, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
  }

  return {
    dir,
    get,
    async getMeta(url) {
      return (await get(url))?.meta;
    },
    async put(url, entry, bytes) {
      await write(url, { url, ...entry, size: bytes.length }, bytes);
    },
    async touch(url, checkedAt) {
      const hit = await get(url);
      if (hit) await write(url, { ...hit.meta, checkedAt }, hit.bytes);
    },
  };
}
