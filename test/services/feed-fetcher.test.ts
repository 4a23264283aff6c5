import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFeedCache, type FeedCache } from '../../src/services/feed-cache.js';
import { parseFeedBody } from '../../src/services/feed-body.js';
import { createFeedFetcher, type FeedFetcher, type FeedFetchResult } from '../../src/services/feed-fetcher.js';
import { createHttpClient } from '../../src/services/http-client.js';
import { conditional, hang, type Handler, redirect, refusedUrl, sendBody, startLoopbackServer, type LoopbackServer } from '../helpers/loopback-server.js';

const rss = (title: string, items = ['One', 'Two']) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${title}</title><link>https://news.example/</link><description>d</description>
${items.map((t, i) => `<item><title>${t}</title><link>https://news.example/${i}</link><guid>${title}-${i}</guid></item>`).join('\n')}
</channel></rss>`;
const HTML = '<!doctype html><html><head><title>Not a feed</title></head><body><p>Hello</p></body></html>';
const DEMO_FEED = resolve(import.meta.dirname, '../fixtures/services/demo-feed.xml');

describe('createFeedFetcher', () => {
  let server: LoopbackServer;
  let root: string;
  let cache: FeedCache;
  let fetcher: FeedFetcher;
  let parses: number;
  let clock: number;

  beforeAll(async () => {
    server = await startLoopbackServer();
  });
  afterAll(() => server.close());
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'tidings-fetcher-'));
    cache = createFeedCache({ dir: join(root, 'feeds') });
    parses = 0;
    clock = Date.parse('2024-05-01T10:00:00Z');
    fetcher = createFeedFetcher({
      http: createHttpClient({ timeoutMs: 300 }),
      cache,
      now: () => new Date((clock += 60_000)),
      parse: (...args) => {
        parses++;
        return parseFeedBody(...args);
      },
    });
    return () => rmSync(root, { recursive: true, force: true });
  });

  const titles = (r: FeedFetchResult) => r.feed?.items.map((i) => i.title);

  it('fetches, parses and caches a feed', async () => {
    server.route('/a', sendBody(rss('Alpha'), { headers: { etag: '"a1"' } }));
    const result = await fetcher.fetchFeed(server.url('/a'));
    expect(result).toMatchObject({ url: server.url('/a'), status: 'fetched', fromCache: false, fetchedAt: '2024-05-01T10:01:00.000Z' });
    expect(result.feed?.title).toBe('Alpha');
    expect(titles(result)).toEqual(['One', 'Two']);
    expect((await cache.getMeta(server.url('/a')))?.etag).toBe('"a1"');
  });

  it('revalidates with If-None-Match and reuses the cached body on 304 without reparsing', async () => {
    server.route('/etag', conditional(rss('Etag'), { etag: '"e1"' }));
    const url = server.url('/etag');
    const first = await fetcher.fetchFeed(url);
    const second = await fetcher.fetchFeed(url);
    expect(server.requestsTo('/etag').at(-1)?.headers['if-none-match']).toBe('"e1"');
    expect(second).toMatchObject({ status: 'not-modified', fromCache: true, fetchedAt: first.fetchedAt });
    expect(second.feed).toEqual(first.feed);
    expect(parses).toBe(1);
    expect((await cache.getMeta(url))?.checkedAt).toBe('2024-05-01T10:02:00.000Z');
  });

  it('revalidates with If-Modified-Since when there is no ETag', async () => {
    const lastModified = 'Wed, 01 May 2024 08:00:00 GMT';
    server.route('/lm', conditional(rss('Dated'), { lastModified }));
    await fetcher.fetchFeed(server.url('/lm'));
    const second = await fetcher.fetchFeed(server.url('/lm'));
    const sent = server.requestsTo('/lm').at(-1)!.headers;
    expect(sent['if-modified-since']).toBe(lastModified);
    expect(sent['if-none-match']).toBeUndefined();
    expect(second.status).toBe('not-modified');
    expect(second.feed?.title).toBe('Dated');
  });

  it('reparses a cached body once per process: a new fetcher parses again, then remembers', async () => {
    server.route('/memo', conditional(rss('Memo'), { etag: '"m1"' }));
    await fetcher.fetchFeed(server.url('/memo'));
    const fresh = createFeedFetcher({ http: createHttpClient(), cache, now: () => new Date(clock), parse: (...a) => (parses++, parseFeedBody(...a)) });
    await fresh.fetchFeed(server.url('/memo'));
    await fresh.fetchFeed(server.url('/memo'));
    await fresh.fetchFeed(server.url('/memo'), { offline: true });
    expect(parses).toBe(2);
  });

  it('skips the parse when a feed without validators sends the same bytes again', async () => {
    server.route('/plain', sendBody(rss('Plain')));
    await fetcher.fetchFeed(server.url('/plain'));
    const again = await fetcher.fetchFeed(server.url('/plain'));
    expect(again).toMatchObject({ status: 'fetched', fetchedAt: '2024-05-01T10:02:00.000Z' });
    expect(again.feed?.title).toBe('Plain');
    expect(parses).toBe(1);
    server.route('/plain', sendBody(rss('Plain', ['Three'])));
    expect(titles(await fetcher.fetchFeed(server.url('/plain')))).toEqual(['Three']);
    expect(parses).toBe(2);
  });

  it('reports the cached copy a fetch replaced when asked (previous), parsed once', async () => {
    server.route('/prev', sendBody(rss('Prev', ['One', 'Two'])));
    const url = server.url('/prev');
    const first = await fetcher.fetchFeed(url, { previous: true });
    expect(first.status).toBe('fetched');
    expect(first.previous).toBeUndefined(); // nothing was cached
    server.route('/prev', sendBody(rss('Prev', ['Two', 'Three'])));
    const second = await fetcher.fetchFeed(url, { previous: true });
    expect(titles(second)).toEqual(['Two', 'Three']);
    expect(second.previous?.items.map((i) => i.title)).toEqual(['One', 'Two']);
    expect(parses).toBe(2); // the old copy's parse was remembered from the first fetch
    server.route('/prev', sendBody(rss('Prev', ['Two', 'Three'])));
    const same = await fetcher.fetchFeed(url, { previous: true });
    expect(same.previous).toBe(same.feed); // unchanged bytes: one parse serves both
    expect((await fetcher.fetchFeed(url)).previous).toBeUndefined(); // only when asked
  });

  it('records the final URL of a redirect in the cache', async () => {
    server.route('/moved', redirect('/moved-here', 301));
    server.route('/moved-here', sendBody(rss('Moved')));
    const result = await fetcher.fetchFeed(server.url('/moved'));
    expect(result.status).toBe('fetched');
    expect((await cache.getMeta(server.url('/moved')))?.finalUrl).toBe(server.url('/moved-here'));
  });

  it('offline: serves the cache without a request, or says it is missing', async () => {
    server.route('/off', sendBody(rss('Offline')));
    const url = server.url('/off');
    const miss = await fetcher.fetchFeed(url, { offline: true });
    expect(miss).toEqual({ url, status: 'error', error: { reason: 'offline-miss', message: 'not in the cache (offline)' }, fromCache: false });
    expect(server.requestsTo('/off')).toHaveLength(0);
    const fetched = await fetcher.fetchFeed(url);
    const offline = await fetcher.fetchFeed(url, { offline: true });
    expect(offline).toMatchObject({ status: 'cached', fromCache: true, fetchedAt: fetched.fetchedAt });
    expect(offline.feed?.title).toBe('Offline');
    expect(server.requestsTo('/off')).toHaveLength(1);
  });

  it('keeps showing the stale copy when the server later fails', async () => {
    server.route('/flaky', sendBody(rss('Flaky')));
    const url = server.url('/flaky');
    const first = await fetcher.fetchFeed(url);
    server.route('/flaky', sendBody('oops', { status: 503 }));
    const failed = await fetcher.fetchFeed(url);
    expect(failed).toMatchObject({ status: 'error', error: { reason: 'http-status', message: 'HTTP 503 Service Unavailable' }, fromCache: true, fetchedAt: first.fetchedAt });
    expect(failed.feed?.title).toBe('Flaky');
    server.route('/flaky', hang());
    const slow = await fetcher.fetchFeed(url);
    expect(slow).toMatchObject({ status: 'error', error: { reason: 'timeout' }, fromCache: true });
    expect(slow.feed?.title).toBe('Flaky');
  });

  it('reports connection refused without a cache', async () => {
    const url = await refusedUrl('/gone');
    expect(await fetcher.fetchFeed(url)).toEqual({ url, status: 'error', error: { reason: 'network', message: 'connection refused' }, fromCache: false });
  });

  it('reports an HTML page as a parse error and does not cache it', async () => {
    server.route('/html', sendBody(HTML, { headers: { 'content-type': 'text/html; charset=utf-8' } }));
    const result = await fetcher.fetchFeed(server.url('/html'));
    expect(result).toMatchObject({ status: 'error', error: { reason: 'parse' }, fromCache: false });
    expect(result.error?.message).not.toBe('');
    expect(result.feed).toBeUndefined();
    expect(await cache.get(server.url('/html'))).toBeUndefined();
  });

  it('keeps the last good copy when a feed turns into HTML', async () => {
    server.route('/turned', sendBody(rss('Good')));
    await fetcher.fetchFeed(server.url('/turned'));
    server.route('/turned', sendBody(HTML, { headers: { 'content-type': 'text/html' } }));
    const result = await fetcher.fetchFeed(server.url('/turned'));
    expect(result).toMatchObject({ status: 'error', error: { reason: 'parse' }, fromCache: true });
    expect(result.feed?.title).toBe('Good');
    const hit = await cache.get(server.url('/turned'));
    expect(Buffer.from(hit!.bytes).toString()).toContain('<title>Good</title>');
  });

  it('fetches the whole body again when the server says 304 but the cached body is unreadable', async () => {
    server.route('/fix', conditional(rss('Fixed'), { etag: '"f1"' }));
    const url = server.url('/fix');
    await fetcher.fetchFeed(url);
    for (const name of readdirSync(cache.dir).filter((n) => n.endsWith('.seg'))) {
      const file = join(cache.dir, name);
      writeFileSync(file, 'x'.repeat(readFileSync(file).length)); // same size, not a feed
    }
    const other = createFeedFetcher({ http: createHttpClient(), cache, now: () => new Date(clock) });
    const result = await other.fetchFeed(url);
    expect(result.status).toBe('fetched');
    expect(result.feed?.title).toBe('Fixed');
    const [conditionalGet, fullGet] = server.requestsTo('/fix').slice(-2);
    expect(conditionalGet.headers['if-none-match']).toBe('"f1"');
    expect(fullGet.headers['if-none-match']).toBeUndefined();
  });

  it('reports a caller cancel', async () => {
    const controller = new AbortController();
    server.route('/cancel', () => controller.abort());
    const result = await fetcher.fetchFeed(server.url('/cancel'), { signal: controller.signal });
    expect(result.error?.reason).toBe('cancelled');
  });

  it('reads file: URLs through the same path, with 304 on the second read', async () => {
    const url = pathToFileURL(DEMO_FEED).href;
    const first = await fetcher.fetchFeed(url);
    expect(first.status).toBe('fetched');
    expect(first.feed?.title).toBe('Demo Desk');
    expect((await fetcher.fetchFeed(url)).status).toBe('not-modified');
    const missing = await fetcher.fetchFeed(pathToFileURL(join(root, 'nope.xml')).href);
    expect(missing.error?.reason).toBe('not-found');
  });

  it('refreshMany: results in input order, failures isolated, concurrency bounded', async () => {
    let inFlight = 0;
    let peak = 0;
    const slowFeed = (title: string): Handler => (req, res) => {
      peak = Math.max(peak, ++inFlight);
      setTimeout(() => {
        inFlight--;
        sendBody(rss(title))(req, res);
      }, 15);
    };
    for (const name of ['m1', 'm2', 'm3', 'm4']) server.route(`/${name}`, slowFeed(name));
    server.route('/m-broken', sendBody('no', { status: 500 }));
    const urls = [server.url('/m1'), server.url('/m-broken'), server.url('/m2'), await refusedUrl('/x'), server.url('/m3'), server.url('/m4')];
    const seen: string[] = [];
    const results = await fetcher.refreshMany(urls, { concurrency: 2, onResult: (r) => seen.push(r.url) });
    expect(results.map((r) => r.url)).toEqual(urls);
    expect(results.map((r) => r.status)).toEqual(['fetched', 'error', 'fetched', 'error', 'fetched', 'fetched']);
    expect(results[1].error).toEqual({ reason: 'http-status', message: 'HTTP 500 Internal Server Error' });
    expect(results[3].error?.reason).toBe('network');
    expect(results[4].feed?.title).toBe('m3');
    expect(seen.sort()).toEqual([...urls].sort());
    expect(peak).toBeLessThanOrEqual(2);
  });

  it('refreshMany: a body still being parsed holds no request slot', async () => {
    server.route('/p1', sendBody(rss('P1')));
    server.route('/p2', sendBody(rss('P2')));
    // The first body's parse waits until the second feed has been requested: with the
    // slot held through the parse (concurrency 1) this would never finish.
    let secondAsked: () => void = () => undefined;
    const asked = new Promise<void>((resolve) => (secondAsked = resolve));
    server.route('/p2', (req, res) => {
      secondAsked();
      sendBody(rss('P2'))(req, res);
    });
    const slow = createFeedFetcher({
      http: createHttpClient({ timeoutMs: 2000 }),
      cache,
      now: () => new Date(clock),
      parse: async (bytes, type, url) => {
        if (url.endsWith('/p1')) await asked;
        return parseFeedBody(bytes, type, url);
      },
    });
    const results = await slow.refreshMany([server.url('/p1'), server.url('/p2')], { concurrency: 1 });
    expect(results.map((r) => r.feed?.title)).toEqual(['P1', 'P2']);
  });

  it('refreshMany: feeds under way at once are bounded, so a huge edition never holds every cached body', async () => {
    const urls = Array.from({ length: 100 }, (_, i) => `https://many.example/${i}.xml`);
    const at = new Date(clock).toISOString();
    await cache.batch(async () => {
      for (const url of urls) await cache.put(url, { finalUrl: url, etag: null, lastModified: null, contentType: null, fetchedAt: at, checkedAt: at }, new TextEncoder().encode(rss(url)));
    });
    let underway = 0;
    let peak = 0;
    const counting: FeedCache = { ...cache, get: (url) => { peak = Math.max(peak, ++underway); return cache.get(url); } };
    const slowParse = createFeedFetcher({
      http: createHttpClient(),
      cache: counting,
      now: () => new Date(clock),
      parse: async (bytes, type, url) => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        return parseFeedBody(bytes, type, url);
      },
    });
    const results = await slowParse.refreshMany(urls, { offline: true, concurrency: 2, onResult: () => underway-- });
    expect(results.every((r) => r.status === 'cached')).toBe(true);
    expect(peak).toBeGreaterThan(2); // parsing still overlaps beyond the request slots
    expect(peak).toBeLessThanOrEqual(32);
  });

  it('refreshMany offline reads only the cache', async () => {
    server.route('/o1', sendBody(rss('O1')));
    await fetcher.fetchFeed(server.url('/o1'));
    const before = server.requests.length;
    const results = await fetcher.refreshMany([server.url('/o1'), server.url('/o2')], { offline: true });
    expect(results.map((r) => r.status)).toEqual(['cached', 'error']);
    expect(results[1].error?.reason).toBe('offline-miss');
    expect(server.requests.length).toBe(before);
  });
});
