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

/** Opens a cache in `dir` (created on first write): `<sha256>.json` meta + `<sha256>.body`. */
export function createFeedCache(options: { dir: string }): FeedCache {
  const { dir } = options;
  const metaPath = (url: string) => join(dir, `${cacheKey(url)}.json`);
  const bodyPath = (url: string) => join(dir, `${cacheKey(url)}.body`);

  async function getMeta(url: string): Promise<FeedCacheMeta | undefined> {
    try {
      const parsed: unknown = JSON.parse(await readFile(metaPath(url), 'utf8'));
      return validMeta(parsed, url) ? parsed : undefined;
    } catch {
      // Missing, unreadable or corrupt: the feed is simply fetched again.
      return undefined;
    }
  }

  return {
    dir,
    getMeta,
    async get(url) {
      const meta = await getMeta(url);
      if (!meta) return undefined;
      try {
        const body = await readFile(bodyPath(url));
        if (body.length !== meta.size) return undefined;
        return { meta, bytes: new Uint8Array(body.buffer, body.byteOffset, body.length) };
      } catch {
        return undefined;
      }
    },
    async put(url, entry, bytes) {
      // Body first: the meta file is the commit point that makes the entry visible.
      // Not durable (a cache can be refetched) and synchronous: for small files the promise
      // API's overhead cost more than the I/O itself (200 ms of a 112-feed refresh).
      writeFileAtomicSync(bodyPath(url), bytes, { durable: false });
      const meta: FeedCacheMeta = { url, ...entry, size: bytes.length };
      writeFileAtomicSync(metaPath(url), `${JSON.stringify(meta)}\n`, { durable: false });
    },
    async touch(url, checkedAt) {
      const meta = await getMeta(url);
      if (!meta) return;
      writeFileAtomicSync(metaPath(url), `${JSON.stringify({ ...meta, checkedAt })}\n`, { durable: false });
    },
  };
}
