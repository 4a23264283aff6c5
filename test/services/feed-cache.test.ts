import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFeedCache, type FeedCache, type FeedCacheEntry } from '../../src/services/feed-cache.js';
import { transpileSrc } from '../helpers/transpile-src.js';

const URL_A = 'https://example.com/feed.xml';
const URL_B = 'https://example.org/other.xml';
const entry: FeedCacheEntry = {
  finalUrl: 'https://www.example.com/feed.xml',
  etag: '"e1"',
  lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT',
  contentType: 'application/rss+xml',
  fetchedAt: '2024-01-01T00:00:00.000Z',
  checkedAt: '2024-01-01T00:00:00.000Z',
};
const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
const bytes = encode('<rss>body</rss>');

describe('createFeedCache', () => {
  let root: string;
  let dir: string;
  let cache: FeedCache;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'tidings-cache-'));
    dir = join(root, 'feeds');
    cache = createFeedCache({ dir, segmentGraceMs: 0 });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const files = () => readdirSync(dir).sort();
  const segments = () => files().filter((n) => n.endsWith('.seg'));
  const index = () => JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));

  it('misses before anything was stored (dir not even created)', async () => {
    expect(await cache.get(URL_A)).toBeUndefined();
    expect(await cache.getMeta(URL_A)).toBeUndefined();
    await cache.touch(URL_A, '2024-02-01T00:00:00.000Z');
    expect(await cache.get(URL_A)).toBeUndefined();
  });

  it('stores a body in a segment and its meta in the index, and reads them back (also from another instance)', async () => {
    await cache.put(URL_A, entry, bytes);
    expect(files()).toEqual(['index.json', segments()[0]]);
    expect(index().entries[URL_A].meta).toEqual({ url: URL_A, ...entry, size: bytes.length });
    for (const reader of [cache, createFeedCache({ dir })]) {
      const hit = await reader.get(URL_A);
      expect(hit?.meta).toEqual({ url: URL_A, ...entry, size: bytes.length });
      expect(decode(hit?.bytes)).toBe('<rss>body</rss>');
      expect(await reader.get(URL_B)).toBeUndefined();
    }
  });

  it('writes a batch as one segment and one index, and serves it from memory meanwhile', async () => {
    const urls = Array.from({ length: 20 }, (_, i) => `https://feeds.example/${i}.xml`);
    await cache.batch(async () => {
      await Promise.all(urls.map((url, i) => cache.put(url, entry, encode(`<rss>${i}</rss>`))));
      expect(() => readdirSync(dir)).toThrow(); // nothing on disk yet
      expect(decode((await cache.get(urls[7]))?.bytes)).toBe('<rss>7</rss>');
    });
    expect(segments()).toHaveLength(1);
    expect(files()).toHaveLength(2);
    const reader = createFeedCache({ dir });
    for (const [i, url] of urls.entries()) expect(decode((await reader.get(url))?.bytes)).toBe(`<rss>${i}</rss>`);
  });

  it('keeps the entries fetched before a batch failed, and rethrows', async () => {
    await expect(
      cache.batch(async () => {
        await cache.put(URL_A, entry, bytes);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(decode((await createFeedCache({ dir }).get(URL_A))?.bytes)).toBe('<rss>body</rss>');
  });

  it('touch updates checkedAt only, and rewrites no body', async () => {
    await cache.put(URL_A, entry, bytes);
    const before = segments();
    await cache.touch(URL_A, '2024-03-01T12:00:00.000Z');
    expect(segments()).toEqual(before);
    const meta = await createFeedCache({ dir }).getMeta(URL_A);
    expect(meta).toMatchObject({ checkedAt: '2024-03-01T12:00:00.000Z', fetchedAt: entry.fetchedAt, etag: '"e1"' });
  });

  it('put replaces an older entry; segments nothing points at are deleted', async () => {
    await cache.put(URL_A, entry, bytes);
    const first = segments();
    await cache.put(URL_A, { ...entry, etag: '"e2"', checkedAt: '2024-01-02T00:00:00.000Z' }, encode('new'));
    const hit = await cache.get(URL_A);
    expect(hit?.meta.etag).toBe('"e2"');
    expect(decode(hit?.bytes)).toBe('new');
    expect(segments()).toHaveLength(1);
    expect(segments()).not.toEqual(first);
  });

  it('leaves young unreferenced segments alone: they may be another process\'s write in progress', async () => {
    const patient = createFeedCache({ dir }); // default grace: a minute
    await patient.put(URL_A, entry, bytes);
    writeFileSync(join(dir, 'zzz-1-abc.seg'), 'in progress');
    await patient.put(URL_B, entry, bytes);
    expect(files()).toContain('zzz-1-abc.seg');
    const old = new Date(Date.now() - 120_000);
    utimesSync(join(dir, 'zzz-1-abc.seg'), old, old);
    writeFileSync(join(dir, `${'a'.repeat(64)}.feed`), 'the old one-file-per-feed layout');
    utimesSync(join(dir, `${'a'.repeat(64)}.feed`), old, old);
    await patient.put(URL_B, { ...entry, checkedAt: '2024-01-03T00:00:00.000Z' }, bytes);
    expect(files()).not.toContain('zzz-1-abc.seg');
    expect(files().some((n) => n.endsWith('.feed'))).toBe(false);
  });

  it('copies live bodies out of mostly dead segments, so the cache stays near its live size', async () => {
    const urls = Array.from({ length: 10 }, (_, i) => `https://feeds.example/${i}.xml`);
    const body = (round: number, i: number) => encode(`<rss>${round}:${i}:${'x'.repeat(1000)}</rss>`);
    const latest = new Map<string, number>();
    // Round r refreshes feeds r..9 only, so every older segment keeps one live body:
    // without compaction the directory would hold 5.5 times the live bytes.
    for (let round = 0; round < 10; round++) {
      await cache.batch(async () => {
        for (const [i, url] of urls.entries()) {
          if (i < round) continue;
          await cache.put(url, { ...entry, checkedAt: `2024-02-${String(round + 1).padStart(2, '0')}T00:00:00.000Z` }, body(round, i));
          latest.set(url, round);
        }
      });
    }
    const total = segments().reduce((n, name) => n + statSync(join(dir, name)).size, 0);
    expect(total).toBeLessThanOrEqual(urls.length * body(0, 0).length * 2);
    const reader = createFeedCache({ dir });
    for (const [i, url] of urls.entries()) expect(decode((await reader.get(url))?.bytes)).toBe(decode(body(latest.get(url)!, i)));
  });

  it.each([
    ['not JSON', '{"version": 2, '],
    ['of another version', '{"version": 1, "entries": {}, "segments": {}}'],
    ['null', 'null'],
  ])('treats an index that is %s as empty, and the next write replaces it', async (_label, text) => {
    await cache.put(URL_A, entry, bytes);
    writeFileSync(join(dir, 'index.json'), text);
    const fresh = createFeedCache({ dir, segmentGraceMs: 0 });
    expect(await fresh.get(URL_A)).toBeUndefined();
    await fresh.put(URL_B, entry, bytes);
    expect(Object.keys(index().entries)).toEqual([URL_B]);
  });

  it('treats an entry of another URL, a cut segment or a missing one as a miss', async () => {
    await cache.put(URL_A, entry, bytes);
    const doctored = index();
    doctored.entries[URL_B] = { ...doctored.entries[URL_A] };
    writeFileSync(join(dir, 'index.json'), JSON.stringify(doctored));
    const reader = () => createFeedCache({ dir });
    expect(await reader().get(URL_B)).toBeUndefined(); // its meta names URL_A
    const [segment] = segments();
    writeFileSync(join(dir, segment), '<rss>bo');
    expect(await reader().get(URL_A)).toBeUndefined();
    rmSync(join(dir, segment));
    expect(await reader().get(URL_A)).toBeUndefined();
  });

  it('drops malformed entries of a damaged index and keeps writing; the good entries stay', async () => {
    await cache.put(URL_A, entry, bytes);
    const damaged = index();
    damaged.entries['https://null.example/'] = null;
    damaged.entries['https://junk.example/'] = { meta: 'x', segment: 7 };
    damaged.segments['../escape.seg'] = 10;
    writeFileSync(join(dir, 'index.json'), JSON.stringify(damaged));
    const writer = createFeedCache({ dir, segmentGraceMs: 0 });
    expect(decode((await writer.get(URL_A))?.bytes)).toBe('<rss>body</rss>');
    await writer.put(URL_B, entry, encode('<rss>b</rss>'));
    expect(Object.keys(index().entries).sort()).toEqual([URL_A, URL_B]);
    expect(Object.keys(index().segments)).not.toContain('../escape.seg');
    expect(decode((await createFeedCache({ dir }).get(URL_A))?.bytes)).toBe('<rss>body</rss>');
  });

  it('leaves an index it cannot read, or a newer tidings wrote, as it is, with no stray segment', async () => {
    await cache.put(URL_A, entry, bytes);
    const newer = { ...index(), version: 3 };
    writeFileSync(join(dir, 'index.json'), JSON.stringify(newer));
    await expect(createFeedCache({ dir }).put(URL_B, entry, bytes)).rejects.toThrow(/newer tidings/);
    expect(index()).toEqual(newer);
    expect(segments()).toHaveLength(1);
    rmSync(join(dir, 'index.json'));
    mkdirSync(join(dir, 'index.json')); // unreadable as a file (EISDIR)
    await expect(createFeedCache({ dir }).put(URL_B, entry, bytes)).rejects.toThrow();
    expect(statSync(join(dir, 'index.json')).isDirectory()).toBe(true);
    expect(segments()).toHaveLength(1);
  });

  it('keeps a body fetched since over a later 304 for the older body (two processes)', async () => {
    const older = { ...entry, fetchedAt: '2024-01-01T00:00:00.000Z', checkedAt: '2024-01-01T00:00:00.000Z' };
    await cache.put(URL_A, older, encode('<rss>old</rss>'));
    const fetching = createFeedCache({ dir });
    const confirming = createFeedCache({ dir });
    // A holds a new body fetched at 10:00 in its batch; B's slower 304 for the old body, at 10:05, lands first.
    await fetching.batch(async () => {
      await fetching.put(URL_A, { ...entry, fetchedAt: '2024-01-02T10:00:00.000Z', checkedAt: '2024-01-02T10:00:00.000Z' }, encode('<rss>new</rss>'));
      await confirming.touch(URL_A, '2024-01-02T10:05:00.000Z');
    });
    const hit = await createFeedCache({ dir }).get(URL_A);
    expect(decode(hit?.bytes)).toBe('<rss>new</rss>');
    expect(hit?.meta.fetchedAt).toBe('2024-01-02T10:00:00.000Z');
  });

  it('keeps bodies byte for byte, newlines and all', async () => {
    const binary = Uint8Array.from([0x0a, 0xff, 0x00, 0x0a, 0xfe]);
    await cache.put(URL_A, entry, binary);
    await cache.put(URL_B, entry, bytes);
    await cache.touch(URL_A, '2024-03-01T12:00:00.000Z');
    expect(Array.from((await createFeedCache({ dir }).get(URL_A))!.bytes)).toEqual(Array.from(binary));
  });

  it('merges the batches of processes writing at the same time: nobody loses entries', async () => {
    const script = `const { createFeedCache } = await import(${JSON.stringify(transpileSrc('services/feed-cache.ts'))});
      const [dir, who, startAt] = process.argv.slice(2);
      const cache = createFeedCache({ dir });
      await new Promise((resolve) => setTimeout(resolve, Number(startAt) - Date.now()));
      for (let round = 0; round < 30; round++) {
        await cache.batch(async () => {
          for (let i = 0; i < 10; i++) await cache.put('https://' + who + '.example/' + i, ${JSON.stringify(entry)}, new TextEncoder().encode(who + round + ':' + i));
        });
      }`;
    const file = join(root, 'writer.mjs');
    writeFileSync(file, script);
    const startAt = Date.now() + 1500; // all three write at the same time
    const run = (who: string) =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [file, dir, who, String(startAt)], { stdio: 'inherit' });
        child.on('exit', resolve);
      });
    expect(await Promise.all([run('a'), run('b'), run('c')])).toEqual([0, 0, 0]);
    const reader = createFeedCache({ dir });
    for (const who of ['a', 'b', 'c']) {
      for (let i = 0; i < 10; i++) expect(decode((await reader.get(`https://${who}.example/${i}`))?.bytes)).toBe(`${who}29:${i}`);
    }
  });
});
