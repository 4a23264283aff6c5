import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheKey, createFeedCache, type FeedCache, type FeedCacheEntry } from '../../src/services/feed-cache.js';

const URL_A = 'https://example.com/feed.xml';
const entry: FeedCacheEntry = {
  finalUrl: 'https://www.example.com/feed.xml',
  etag: '"e1"',
  lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT',
  contentType: 'application/rss+xml',
  fetchedAt: '2024-01-01T00:00:00.000Z',
  checkedAt: '2024-01-01T00:00:00.000Z',
};
const bytes = new TextEncoder().encode('<rss>body</rss>');

describe('createFeedCache', () => {
  let root: string;
  let dir: string;
  let cache: FeedCache;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'tidings-cache-'));
    dir = join(root, 'feeds');
    cache = createFeedCache({ dir });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const metaFile = () => join(dir, `${cacheKey(URL_A)}.json`);
  const bodyFile = () => join(dir, `${cacheKey(URL_A)}.body`);

  it('misses before anything was stored (dir not even created)', async () => {
    expect(await cache.get(URL_A)).toBeUndefined();
    expect(await cache.getMeta(URL_A)).toBeUndefined();
    await cache.touch(URL_A, '2024-02-01T00:00:00.000Z');
    expect(await cache.get(URL_A)).toBeUndefined();
  });

  it('stores meta and body under the sha256 of the URL and reads them back', async () => {
    await cache.put(URL_A, entry, bytes);
    expect(readdirSync(dir).sort()).toEqual([`${cacheKey(URL_A)}.body`, `${cacheKey(URL_A)}.json`]);
    expect(cacheKey(URL_A)).toMatch(/^[0-9a-f]{64}$/);
    const hit = await cache.get(URL_A);
    expect(hit?.meta).toEqual({ url: URL_A, ...entry, size: bytes.length });
    expect(new TextDecoder().decode(hit?.bytes)).toBe('<rss>body</rss>');
    expect(await cache.get('https://example.com/other')).toBeUndefined();
  });

  it('touch updates checkedAt only', async () => {
    await cache.put(URL_A, entry, bytes);
    await cache.touch(URL_A, '2024-03-01T12:00:00.000Z');
    const meta = await cache.getMeta(URL_A);
    expect(meta).toMatchObject({ checkedAt: '2024-03-01T12:00:00.000Z', fetchedAt: entry.fetchedAt, etag: '"e1"' });
  });

  it('put replaces an older entry', async () => {
    await cache.put(URL_A, entry, bytes);
    await cache.put(URL_A, { ...entry, etag: '"e2"' }, new TextEncoder().encode('new'));
    const hit = await cache.get(URL_A);
    expect(hit?.meta.etag).toBe('"e2"');
    expect(new TextDecoder().decode(hit?.bytes)).toBe('new');
  });

  it.each([
    ['not JSON', '{"url": '],
    ['JSON of the wrong shape', '{"url": 42}'],
    ['null', 'null'],
    ['another URL', () => JSON.stringify({ url: 'https://evil.example/', ...entry, size: bytes.length })],
  ])('treats a meta file with %s as a miss', async (_label, content) => {
    await cache.put(URL_A, entry, bytes);
    writeFileSync(metaFile(), typeof content === 'function' ? content() : content);
    expect(await cache.get(URL_A)).toBeUndefined();
    await cache.touch(URL_A, '2024-03-01T12:00:00.000Z');
    expect(await cache.get(URL_A)).toBeUndefined();
  });

  it('treats a missing or truncated body as a miss', async () => {
    await cache.put(URL_A, entry, bytes);
    writeFileSync(bodyFile(), '<rss>bo');
    expect(await cache.get(URL_A)).toBeUndefined();
    rmSync(bodyFile());
    expect(await cache.get(URL_A)).toBeUndefined();
    expect(await cache.getMeta(URL_A)).toBeDefined();
  });

  it('writes readable JSON meta', async () => {
    await cache.put(URL_A, entry, bytes);
    expect(JSON.parse(readFileSync(metaFile(), 'utf8'))).toMatchObject({ url: URL_A, finalUrl: entry.finalUrl });
  });
});
