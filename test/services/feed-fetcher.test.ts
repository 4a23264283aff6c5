import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseFeedRows } from '../../src/services/feed-body.js';
import type { FeedFetcher } from '../../src/services/feed-fetcher.js';
import { conditional, hang, type Handler, redirect, refusedUrl, sendBody, startLoopbackServer, type LoopbackServer } from '../helpers/loopback-server.js';
import { openTempDb, type TempDb } from '../helpers/temp-db.js';

const rss = (title: string, items = ['One', 'Two']) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${title}</title><link>https://news.example/</link><description>d</description>
${items.map((t) => `<item><title>${t}</title><link>https://news.example/${t}</link><guid>${title}-${t}</guid></item>`).join('\n')}
</channel></rss>`;
const HTML = '<!doctype html><html><head><title>Not a feed</title></head><body><p>Hello</p></body></html>';
const DEMO_FEED = resolve(import.meta.dirname, '../fixtures/services/demo-feed.xml');

describe('createFeedFetcher (over the database)', () => {
  let server: LoopbackServer;
  let temp: TempDb;
  let fetcher: FeedFetcher;
  let parses: number;
  let clock: number;
  const now = () => new Date((clock += 60_000));

  beforeAll(async () => {
    server = await startLoopbackServer();
  });
  afterAll(() => server.close());
  beforeEach(() => {
    clock = Date.parse('2024-05-01T10:00:00Z');
    parses = 0;
    temp = openTempDb(now);
    fetcher = temp.fetcher({ parse: (...args) => (parses++, parseFeedRows(...args)) });
    return () => temp.dispose();
  });

  const titles = (url: string) => temp.database.db.prepare('SELECT i.title FROM items i JOIN feeds f ON f.id = i.feed_id WHERE f.url = ? ORDER BY i.position, i.id').pluck().all(url);

  it('fetches a feed and stores it as a feed row and item rows', async () => {
    server.route('/a', sendBody(rss('Alpha'), { headers: { etag: '"a1"' } }));
    const url = server.url('/a');
    const result = await fetcher.fetchFeed(url);
    expect(result).toMatchObject({ url, status: 'fetched', fromCache: false, stored: true, title: 'Alpha', items: 2, newItems: 2, fetchedAt: '2024-05-01T10:01:00.000Z' });
    expect(titles(url)).toEqual(['One', 'Two']);
    expect(temp.feeds.get(url)).toMatchObject({ etag: '"a1"', title: 'Alpha', itemCount: 2, finalUrl: url, error: null });
  });

  it('revalidates with If-None-Match; a 304 writes no items and keeps the stored ones', async () => {
    server.route('/etag', conditional(rss('Etag'), { etag: '"e1"' }));
    const url = server.url('/etag');
    const first = await fetcher.fetchFeed(url);
    const second = await fetcher.fetchFeed(url);
    expect(server.requestsTo('/etag').at(-1)?.headers['if-none-match']).toBe('"e1"');
    expect(second).toMatchObject({ status: 'not-modified', fromCache: true, stored: true, fetchedAt: first.fetchedAt, title: 'Etag', items: 2 });
    expect(parses).toBe(1);
    expect(temp.feeds.get(url)?.checkedAt).toBe('2024-05-01T10:02:00.000Z');
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
  });

  it('skips the parse and the item writes when a feed without validators sends the same body', async () => {
    server.route('/plain', sendBody(rss('Plain')));
    const url = server.url('/plain');
    await fetcher.fetchFeed(url);
    const lastSeen = () => temp.database.db.prepare('SELECT max(last_seen) FROM items').pluck().get();
    const before = lastSeen();
    const again = await fetcher.fetchFeed(url);
    expect(again).toMatchObject({ status: 'fetched', fetchedAt: '2024-05-01T10:02:00.000Z', newItems: 0, items: 2 });
    expect(parses).toBe(1);
    expect(lastSeen()).toBe(before);
    server.route('/plain', sendBody(rss('Plain', ['Three'])));
    expect(await fetcher.fetchFeed(url)).toMatchObject({ newItems: 1, items: 1 });
    expect(parses).toBe(2);
  });

  it('keeps items after they leave the feed, with their first sighting and read marks', async () => {
    server.route('/h', sendBody(rss('Hist', ['One', 'Two'])));
    const url = server.url('/h');
    await fetcher.fetchFeed(url);
    const one = temp.database.db.prepare("SELECT key, first_seen FROM items WHERE title = 'One'").get() as { key: string; first_seen: string };
    temp.database.write(() => temp.items.mark([one.key], true, '2024-05-01T10:05:00.000Z'));
    server.route('/h', sendBody(rss('Hist', ['Two', 'Three'])));
    expect(await fetcher.fetchFeed(url)).toMatchObject({ newItems: 1, items: 2 });
    expect(titles(url).sort()).toEqual(['One', 'Three', 'Two']);
    const kept = temp.database.db.prepare("SELECT first_seen, read_at FROM items WHERE title = 'One'").get();
    expect(kept).toEqual({ first_seen: one.first_seen, read_at: '2024-05-01T10:05:00.000Z' });
    expect(temp.feeds.get(url)?.itemCount).toBe(2);
  });

  it('records the final URL of a redirect', async () => {
    server.route('/moved', redirect('/moved-here', 301));
    server.route('/moved-here', sendBody(rss('Moved')));
    expect((await fetcher.fetchFeed(server.url('/moved'))).status).toBe('fetched');
    expect(temp.feeds.get(server.url('/moved'))?.finalUrl).toBe(server.url('/moved-here'));
  });

  it('offline: answers from the feed row without a request, or says it is missing', async () => {
    server.route('/off', sendBody(rss('Offline')));
    const url = server.url('/off');
    expect(await fetcher.fetchFeed(url, { offline: true })).toEqual({ url, status: 'error', error: { reason: 'offline-miss', message: 'not in the cache (offline)' }, fromCache: false, stored: false });
    const fetched = await fetcher.fetchFeed(url);
    expect(await fetcher.fetchFeed(url, { offline: true })).toMatchObject({ status: 'cached', fromCache: true, stored: true, fetchedAt: fetched.fetchedAt, title: 'Offline' });
    expect(server.requestsTo('/off')).toHaveLength(1);
  });

  it('keeps the stored items when the server later fails, and records the error on the feed', async () => {
    server.route('/flaky', sendBody(rss('Flaky')));
    const url = server.url('/flaky');
    const first = await fetcher.fetchFeed(url);
    server.route('/flaky', sendBody('oops', { status: 503 }));
    const failed = await fetcher.fetchFeed(url);
    expect(failed).toMatchObject({ status: 'error', error: { reason: 'http-status', message: 'HTTP 503 Service Unavailable' }, stored: true, fetchedAt: first.fetchedAt });
    expect(temp.feeds.get(url)?.error).toEqual({ reason: 'http-status', message: 'HTTP 503 Service Unavailable' });
    server.route('/flaky', hang());
    expect(await fetcher.fetchFeed(url)).toMatchObject({ status: 'error', error: { reason: 'timeout' }, stored: true });
    expect(titles(url)).toEqual(['One', 'Two']);
    server.route('/flaky', sendBody(rss('Flaky')));
    await fetcher.fetchFeed(url);
    expect(temp.feeds.get(url)?.error).toBeNull();
  });

  it('reports connection refused with nothing stored', async () => {
    const url = await refusedUrl('/gone');
    expect(await fetcher.fetchFeed(url)).toEqual({ url, status: 'error', error: { reason: 'network', message: 'connection refused' }, fromCache: false, stored: false });
  });

  it('reports an HTML page as a parse error and stores no items', async () => {
    server.route('/html', sendBody(HTML, { headers: { 'content-type': 'text/html; charset=utf-8' } }));
    const result = await fetcher.fetchFeed(server.url('/html'));
    expect(result).toMatchObject({ status: 'error', error: { reason: 'parse' }, stored: false });
    expect(titles(server.url('/html'))).toEqual([]);
  });

  it('fetches the whole body again when the server says 304 but nothing is stored', async () => {
    server.route('/fix', (req, res) => {
      if (req.headers['if-none-match']) res.writeHead(304).end();
      else return sendBody(rss('Fixed'))(req, res);
    });
    temp.database.write(() => temp.feeds.fail(server.url('/fix'), { reason: 'network', message: 'x' }, '2024-01-01T00:00:00Z'));
    const result = await fetcher.fetchFeed(server.url('/fix'));
    expect(result).toMatchObject({ status: 'fetched', title: 'Fixed' });
  });

  it('reads file: URLs through the same path, with 304 on the second read', async () => {
    const url = pathToFileURL(DEMO_FEED).href;
    expect(await fetcher.fetchFeed(url)).toMatchObject({ status: 'fetched', title: 'Demo Desk' });
    expect((await fetcher.fetchFeed(url)).status).toBe('not-modified');
    expect((await fetcher.fetchFeed(pathToFileURL(join(temp.dir, 'nope.xml')).href)).error?.reason).toBe('not-found');
  });

  it('refreshMany: results in input order, failures isolated, concurrency bounded, writes batched', async () => {
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
    let writes = 0;
    const batched = temp.fetcher({ write: (w) => (writes++, temp.database.write(w)) });
    const results = await batched.refreshMany(urls, { concurrency: 2, onResult: (r) => seen.push(r.url) });
    expect(results.map((r) => r.url)).toEqual(urls);
    expect(results.map((r) => r.status)).toEqual(['fetched', 'error', 'fetched', 'error', 'fetched', 'fetched']);
    expect(results[1].error).toEqual({ reason: 'http-status', message: 'HTTP 500 Internal Server Error' });
    expect(results[3].error?.reason).toBe('network');
    expect(results[4].title).toBe('m3');
    expect(seen.sort()).toEqual([...urls].sort());
    expect(peak).toBeLessThanOrEqual(2);
    expect(writes).toBeLessThanOrEqual(urls.length);
  });

  it('a failed database write is reported and the fetch still stands', async () => {
    server.route('/w', sendBody(rss('W')));
    const errors: string[] = [];
    const failing = temp.fetcher({ write: () => { throw new Error('disk full'); }, onStoreError: (url, e) => errors.push(`${url}: ${(e as Error).message}`) });
    expect(await failing.fetchFeed(server.url('/w'))).toMatchObject({ status: 'fetched', stored: false, title: 'W' });
    expect(errors).toEqual([`${server.url('/w')}: disk full`]);
  });
});

describe('retention', () => {
  let clock: number;
  let server: LoopbackServer;
  beforeAll(async () => {
    server = await startLoopbackServer();
  });
  afterAll(() => server.close());

  it('deletes an item only when it is older than the days AND not among the newest of its feed', async () => {
    clock = Date.parse('2024-05-01T10:00:00Z');
    const temp = openTempDb(() => new Date(clock), { days: 10, items: 3 });
    try {
      const storeErrors: unknown[] = [];
      const fetcher = temp.fetcher({ onStoreError: (_u, e) => storeErrors.push(e) });
      const url = server.url('/ret');
      const dated = (names: string[]) => `<rss version="2.0"><channel><title>R</title>${names.map((n) =>
        `<item><title>${n}</title><guid>${n}</guid><link>https://r.example/${n}</link><pubDate>Mon, 0${n.slice(1)} Apr 2024 10:00:00 GMT</pubDate></item>`).join('')}</channel></rss>`;
      const kept = () => temp.database.db.prepare('SELECT guid FROM items ORDER BY guid').pluck().all();
      server.route('/ret', sendBody(dated(['d1', 'd2'])));
      await fetcher.fetchFeed(url);
      server.route('/ret', sendBody(dated(['d3', 'd4'])));
      await fetcher.fetchFeed(url);
      // Four items, more than the three kept, but none older than ten days: all stay.
      expect(kept()).toEqual(['d1', 'd2', 'd3', 'd4']);
      clock += 11 * 86_400_000;
      server.route('/ret', sendBody(dated(['d5'])));
      await fetcher.fetchFeed(url);
      // d1-d4 were last seen eleven days ago; the newest three of the feed stay (d5, d4, d3).
      expect(kept()).toEqual(['d3', 'd4', 'd5']);
      expect(storeErrors).toEqual([]);
    } finally {
      temp.dispose();
    }
  });
});
