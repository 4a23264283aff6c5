import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedParseError } from '../../src/core/errors.js';
import { parseFeedBody, parseFeedRows } from '../../src/services/feed-body.js';
import { openTempDb } from '../helpers/temp-db.js';
import { PARALLEL_PARSE_MIN } from '../../src/services/feed-fetcher.js';
import { createParsePool, parseWorkersAvailable, type ParsePool } from '../../src/services/parse-pool.js';
import { sendBody, startLoopbackServer, type LoopbackServer } from '../helpers/loopback-server.js';

// The worker only exists compiled: `npm test` builds dist/ first.
const WORKER = new URL('../../dist/services/parse-worker.js', import.meta.url);
const built = parseWorkersAvailable(WORKER);
const fixture = (name: string) => new Uint8Array(readFileSync(resolve(import.meta.dirname, '../fixtures/feeds', name)));

// What the bin runs: the single-file CommonJS build `npm run build` bundles.
const BUNDLED_WORKER = new URL('../../dist/bundle/parse-worker.cjs', import.meta.url);

describe('parseWorkersAvailable', () => {
  it('is false next to the TypeScript sources, where no compiled worker exists', () => {
    expect(parseWorkersAvailable(new URL('../../src/services/parse-worker.js', import.meta.url))).toBe(false);
  });
});

describe.skipIf(!built)('createParsePool (compiled worker)', () => {
  let pool: ParsePool;
  beforeAll(() => {
    pool = createParsePool({ size: 2, workerUrl: WORKER });
  });
  afterAll(() => pool.dispose());

  it('parses exactly as the inline parser does, charset included', async () => {
    for (const name of ['rss-20.xml', 'atom-10-xmlbase.xml', 'windows-1252.rss', 'utf16le-bom.xml', 'jsonfeed-11.json']) {
      const bytes = fixture(name);
      const url = `https://example.test/${name}`;
      expect(await pool.parse(bytes, null, url)).toEqual(parseFeedBody(bytes, null, url));
    }
  });

  it('leaves the caller its bytes and parses views into larger buffers', async () => {
    const bytes = fixture('rss-20.xml');
    const padded = new Uint8Array(bytes.length + 10);
    padded.set(bytes, 5);
    const view = padded.subarray(5, 5 + bytes.length);
    const feed = await pool.parse(view, 'application/rss+xml; charset=utf-8', 'https://example.test/rss');
    expect(feed.items.length).toBeGreaterThan(0);
    expect(view.length).toBe(bytes.length);
    expect(Buffer.from(view).equals(Buffer.from(bytes))).toBe(true);
  });

  it('makes the same rows to store as the inline parser, keyed by the configured feed URL', async () => {
    for (const name of ['rss-20.xml', 'atom-10-xmlbase.xml', 'jsonfeed-11.json']) {
      const bytes = fixture(name);
      expect(await pool.rows(bytes, null, `https://example.test/final/${name}`, `https://example.test/${name}`))
        .toEqual(parseFeedRows(bytes, null, `https://example.test/final/${name}`, `https://example.test/${name}`));
    }
  });

  it('rejects with FeedParseError when the body is not a feed', async () => {
    const html = new TextEncoder().encode('<!doctype html><html><body>hi</body></html>');
    await expect(pool.parse(html, 'text/html', 'https://example.test/')).rejects.toBeInstanceOf(FeedParseError);
  });

  it('answers many jobs at once, each with its own feed', async () => {
    const names = ['rss-20.xml', 'rss-091.xml', 'rdf-10.xml', 'atom-03.xml'];
    const feeds = await Promise.all(Array.from({ length: 40 }, (_, i) => pool.parse(fixture(names[i % 4]), null, `https://example.test/${i}`)));
    feeds.forEach((feed, i) => expect(feed).toEqual(parseFeedBody(fixture(names[i % 4]), null, `https://example.test/${i}`)));
  });

  it('parses a refresh of PARALLEL_PARSE_MIN feeds or more; a smaller one parses inline', async () => {
    const server: LoopbackServer = await startLoopbackServer();
    const temp = openTempDb(() => new Date(0));
    let jobs = 0;
    let inline = 0;
    const counted: ParsePool = { ...pool, rows: (...args) => (jobs++, pool.rows(...args)), warm: () => undefined };
    try {
      server.route('/page', sendBody('<html><body>no feed</body></html>'));
      const urls = Array.from({ length: PARALLEL_PARSE_MIN - 1 }, (_, i) => {
        server.route(`/feed${i}`, sendBody(fixture('rss-20.xml')));
        return server.url(`/feed${i}`);
      });
      const fetcher = temp.fetcher({ pool: counted, parse: (...args) => (inline++, parseFeedRows(...args)) });
      const [page, ...feeds] = await fetcher.refreshMany([server.url('/page'), ...urls]);
      expect([jobs, inline]).toEqual([PARALLEL_PARSE_MIN, 0]);
      expect(feeds.every((f) => f.status === 'fetched' && f.items === feeds[0].items && f.items! > 0)).toBe(true);
      expect(temp.database.db.prepare('SELECT count(*) FROM items').pluck().get()).toBe(feeds[0].items! * feeds.length);
      expect(page).toMatchObject({ status: 'error', error: { reason: 'parse' } });
      server.route('/late', sendBody(fixture('rss-091.xml')));
      await fetcher.refreshMany([server.url('/late')]);
      expect([jobs, inline]).toEqual([PARALLEL_PARSE_MIN, 1]);
    } finally {
      await server.close();
      temp.dispose();
    }
  });

  it('never keeps the process alive: warmed and idle, or after its jobs', () => {
    const pool = new URL('../../dist/services/parse-pool.js', import.meta.url).href;
    const script = `const { createParsePool } = await import(${JSON.stringify(pool)});
      const idle = createParsePool({ workerUrl: new URL(${JSON.stringify(WORKER.href)}) }); idle.warm();
      const used = createParsePool({ workerUrl: new URL(${JSON.stringify(WORKER.href)}) });
      await used.parse(new TextEncoder().encode('<rss><channel><title>t</title></channel></rss>'), null, 'https://e.test/');`;
    const dir = mkdtempSync(join(tmpdir(), 'tidings-pool-exit-'));
    try {
      writeFileSync(join(dir, 'exits.mjs'), script);
      const run = spawnSync(process.execPath, [join(dir, 'exits.mjs')], { timeout: 20_000 });
      expect(run.stderr.toString()).toBe('');
      expect(run.signal).toBeNull(); // not killed by the timeout
      expect(run.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects the jobs in flight when disposed, and a later job starts a fresh worker', async () => {
    const local = createParsePool({ size: 1, workerUrl: WORKER });
    const rejected = expect(local.parse(fixture('rss-20.xml'), null, 'https://example.test/')).rejects.toThrow(/feed parser/);
    await local.dispose();
    await rejected;
    const again = await local.parse(fixture('rss-20.xml'), null, 'https://example.test/');
    expect(again.items.length).toBeGreaterThan(0);
    await local.dispose();
  });
});

describe.skipIf(!parseWorkersAvailable(BUNDLED_WORKER))('the bundled CommonJS worker', () => {
  it('parses as the inline parser does, legacy charsets included', async () => {
    const pool = createParsePool({ size: 1, workerUrl: BUNDLED_WORKER });
    try {
      for (const name of ['rss-20.xml', 'windows-1252.rss', 'iso-8859-2.rss', 'utf16le-bom.xml', 'jsonfeed-11.json']) {
        const bytes = fixture(name);
        const url = `https://example.test/${name}`;
        expect(await pool.parse(bytes, null, url)).toEqual(parseFeedBody(bytes, null, url));
      }
      await expect(pool.parse(fixture('html-page.html'), 'text/html', 'https://example.test/')).rejects.toBeInstanceOf(FeedParseError);
    } finally {
      await pool.dispose();
    }
  });
});
