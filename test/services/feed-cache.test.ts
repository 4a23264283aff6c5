import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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

  const entryFile = () => join(dir, `${cacheKey(URL_A)}.feed`);
  const entryText = () => readFileSync(entryFile(), 'utf8');
  const metaLine = () => entryText().split('\n')[0];
  const body = () => entryText().slice(metaLine().length + 1);

  it('misses before anything was stored (dir not even created)', async () => {
    expect(await cache.get(URL_A)).toBeUndefined();
    expect(await cache.getMeta(URL_A)).toBeUndefined();
    await cache.touch(URL_A, '2024-02-01T00:00:00.000Z');
    expect(await cache.get(URL_A)).toBeUndefined();
  });

  it('stores meta and body in one file named by the sha256 of the URL and reads them back', async () => {
    await cache.put(URL_A, entry, bytes);
    expect(readdirSync(dir)).toEqual([`${cacheKey(URL_A)}.feed`]);
    expect(cacheKey(URL_A)).toMatch(/^[0-9a-f]{64}$/);
    const hit = await cache.get(URL_A);
    expect(hit?.meta).toEqual({ url: URL_A, ...entry, size: bytes.length });
    expect(new TextDecoder().decode(hit?.bytes)).toBe('<rss>body</rss>');
    expect(await cache.get('https://example.com/other')).toBeUndefined();
  });

  it('hands whole files to the writer it was given (a worker thread in a refresh), and waits for it', async () => {
    const written: string[] = [];
    const viaWriter = createFeedCache({
      dir,
      writeFile: async (path, data) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, data);
        written.push(path);
      },
    });
    await viaWriter.put(URL_A, entry, bytes);
    expect(written).toEqual([entryFile()]);
    expect((await cache.get(URL_A))?.meta.etag).toBe('"e1"');
    await viaWriter.touch(URL_A, '2024-02-02T00:00:00.000Z');
    expect(written).toHaveLength(2);
    expect((await cache.get(URL_A))?.meta.checkedAt).toBe('2024-02-02T00:00:00.000Z');
    const failing = createFeedCache({ dir, writeFile: () => Promise.reject(new Error('disk full')) });
    await expect(failing.put(URL_A, entry, bytes)).rejects.toThrow('disk full');
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
  ])('treats an entry whose meta line is %s as a miss', async (_label, content) => {
    await cache.put(URL_A, entry, bytes);
    writeFileSync(entryFile(), `${typeof content === 'function' ? content() : content}\n${body()}`);
    expect(await cache.get(URL_A)).toBeUndefined();
    await cache.touch(URL_A, '2024-03-01T12:00:00.000Z');
    expect(await cache.get(URL_A)).toBeUndefined();
  });

  it('treats a truncated, headless or missing entry as a miss', async () => {
    await cache.put(URL_A, entry, bytes);
    writeFileSync(entryFile(), `${metaLine()}\n<rss>bo`);
    expect(await cache.get(URL_A)).toBeUndefined();
    expect(await cache.getMeta(URL_A)).toBeUndefined();
    writeFileSync(entryFile(), metaLine());
    expect(await cache.get(URL_A)).toBeUndefined();
    rmSync(entryFile());
    expect(await cache.get(URL_A)).toBeUndefined();
  });

  it('starts the file with a line of readable JSON meta, then the body as sent', async () => {
    await cache.put(URL_A, entry, bytes);
    expect(JSON.parse(metaLine())).toMatchObject({ url: URL_A, finalUrl: entry.finalUrl, size: bytes.length });
    expect(body()).toBe('<rss>body</rss>');
  });

  it('keeps bodies byte for byte, newlines and all', async () => {
    const binary = Uint8Array.from([0x0a, 0xff, 0x00, 0x0a, 0xfe]);
    await cache.put(URL_A, entry, binary);
    await cache.touch(URL_A, '2024-03-01T12:00:00.000Z');
    expect(Array.from((await cache.get(URL_A))!.bytes)).toEqual(Array.from(binary));
  });
});
