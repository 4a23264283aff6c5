/**
 * Old layouts of feeds and read marks, copied into the database when it is created: the feed
 * cache (`<cache>/feeds/index.json` and its `*.seg` segments; each cached body is parsed into
 * items with its validators, so nothing is fetched again for want of them; a cache, so deleted
 * after) and `<data>/read-state.json` (marks the matching items read; backed up). The cache is
 * imported first, so the marks find their items. Synchronous: importers run in a transaction.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { bodyHash, createFeedStore } from './feed-store.js';
import { parseFeedRows } from './feed-body.js';
import { createItemStore } from './item-store.js';
import { registerLegacyImporter, type LegacyContext } from './legacy-import.js';
import { legacyFeedCacheDir, legacyReadStateFile } from './legacy-paths.js';

interface OldEntry {
  meta: { url: string; finalUrl: string; etag: string | null; lastModified: string | null; contentType: string | null; fetchedAt: string; checkedAt: string; size: number };
  segment: string;
  offset: number;
}

const str = (v: unknown) => typeof v === 'string';
const strOrNull = (v: unknown) => v === null || typeof v === 'string';

function validEntry(url: string, value: unknown): value is OldEntry {
  const e = value as Partial<OldEntry> | null;
  const m = e?.meta;
  return Boolean(m) && str(e?.segment) && /^[\w-]+\.seg$/.test(e!.segment!) && Number.isSafeInteger(e?.offset) && m!.url === url &&
    str(m!.finalUrl) && str(m!.fetchedAt) && str(m!.checkedAt) && Number.isSafeInteger(m!.size) && strOrNull(m!.etag) &&
    strOrNull(m!.lastModified) && strOrNull(m!.contentType);
}

function readBody(dir: string, entry: OldEntry): Uint8Array | undefined {
  try {
    const fd = openSync(join(dir, entry.segment), 'r');
    try {
      const bytes = new Uint8Array(entry.meta.size);
      return readSync(fd, bytes, 0, bytes.length, entry.offset) === bytes.length ? bytes : undefined;
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

/** Copies the old feed cache's bodies in as feed and item rows; returns "N feeds" or undefined. */
export function importFeedCache(ctx: LegacyContext): string | undefined {
  const dir = legacyFeedCacheDir(ctx.paths);
  let index: { version?: unknown; entries?: Record<string, unknown> };
  try {
    index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as typeof index;
  } catch {
    return undefined; // no index, or an unreadable one: the feeds are simply fetched again
  }
  if (index?.version !== 2 || typeof index.entries !== 'object' || index.entries === null) return undefined;
  // One body's items stay well within any retention; the settings apply from the next refresh.
  const store = createFeedStore(ctx.db, { days: 90, items: 2000 });
  let feeds = 0;
  for (const [url, entry] of Object.entries(index.entries)) {
    if (!validEntry(url, entry)) continue;
    const bytes = readBody(dir, entry);
    if (!bytes) continue;
    const { meta } = entry;
    try {
      const feed = parseFeedRows(bytes, meta.contentType, meta.finalUrl, url);
      store.save(url, { finalUrl: meta.finalUrl, etag: meta.etag, lastModified: meta.lastModified, contentType: meta.contentType, bodyHash: bodyHash(bytes) }, feed, meta.fetchedAt);
      store.touch(url, meta.checkedAt);
      feeds++;
    } catch {
      // a cached body that is no feed: fetched again
    }
  }
  return feeds > 0 ? `${feeds} cached feed${feeds === 1 ? '' : 's'}` : undefined;
}

/** Marks the items named in read-state.json read; returns "N read marks" or undefined. */
export function importReadState(ctx: LegacyContext): string | undefined {
  let file: { read?: Record<string, unknown> };
  try {
    file = JSON.parse(readFileSync(legacyReadStateFile(ctx.paths), 'utf8')) as typeof file;
  } catch {
    ctx.warn(`${legacyReadStateFile(ctx.paths)} was unreadable: its read marks were not imported`);
    return undefined;
  }
  const items = createItemStore(ctx.db);
  let marked = 0;
  for (const [key, at] of Object.entries(file?.read ?? {})) if (typeof at === 'string') marked += items.mark([key], true, at);
  return marked > 0 ? `${marked} read mark${marked === 1 ? '' : 's'}` : undefined;
}

registerLegacyImporter({
  files: (paths) => (existsSync(legacyFeedCacheDir(paths)) ? [legacyFeedCacheDir(paths)] : []),
  run: importFeedCache,
  disposable: true,
});
registerLegacyImporter({
  files: (paths) => (existsSync(legacyReadStateFile(paths)) ? [legacyReadStateFile(paths)] : []),
  run: importReadState,
});
