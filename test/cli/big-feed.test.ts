import Database from 'better-sqlite3';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigRssFeed } from '../../bench/big-feed.mjs';
import { startLoopbackServer, type LoopbackServer } from '../helpers/loopback-server.js';
import { runTidings, tempHome } from '../helpers/run-cli.js';

const ITEMS = 50_000;

/** A home whose one edition reads `url`, with `settings` written when given. */
function homeWith(url: string, settings?: Record<string, unknown>): string {
  const home = tempHome();
  mkdirSync(join(home, 'config', 'editions'), { recursive: true });
  writeFileSync(join(home, 'config', 'editions', 'big.json'), JSON.stringify({
    name: 'big', title: 'Big', feeds: [{ url }], sections: [{ id: 'all', title: 'All', match: { paths: ['/'] } }],
  }));
  if (settings) writeFileSync(join(home, 'config', 'settings.json'), JSON.stringify(settings));
  return home;
}

// A 50,000-item archive (~17 MB) is a legitimate feed: it goes through a real refresh, item
// for item, into the database; the size limit still applies to it.
describe('a 50,000-item feed refreshed from loopback', () => {
  let server: LoopbackServer;
  let size = 0;
  beforeAll(async () => {
    const body = Buffer.from(bigRssFeed(ITEMS));
    size = body.length;
    const gzipped = gzipSync(body);
    server = await startLoopbackServer({
      '/archive.xml': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip', 'content-length': String(gzipped.length) });
        res.end(gzipped);
      },
    });
  });
  afterAll(() => server.close());

  it('stores every item, in feed order, with its fields', async () => {
    expect(size).toBeGreaterThan(15 * 1024 * 1024);
    const home = homeWith(server.url('/archive.xml'));
    const run = await runTidings(['--edition', 'big', 'refresh', '--json'], { home });
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ feeds: 1, failed: 0, newItems: ITEMS });
    expect(report.results[0]).toMatchObject({ title: 'The Big Archive', status: 'fetched', items: ITEMS, newItems: ITEMS });

    const db = new Database(join(home, 'data', 'tidings.db'), { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) AS n, count(DISTINCT guid) AS ids, min(position) AS first, max(position) AS last FROM items').get())
        .toEqual({ n: ITEMS, ids: ITEMS, first: 0, last: ITEMS - 1 });
      const last = db.prepare('SELECT guid, title, link, author, categories FROM items WHERE position = ?').get(ITEMS - 1);
      expect(last).toMatchObject({ guid: `archive-${ITEMS - 1}`, link: `https://archive.example/s/${ITEMS - 1}.html`, categories: '["Topic 7"]' });
      expect((last as { title: string }).title).toMatch(new RegExp(`^Story ${ITEMS - 1}: .* & more$`));
    } finally {
      db.close();
    }
  });

  it('is refused past maxFeedMB after decompression, naming the feed', async () => {
    const url = server.url('/archive.xml');
    const run = await runTidings(['--edition', 'big', 'refresh'], { home: homeWith(url, { maxFeedMB: 10 }) });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${url}: error: larger than 10 MB`);
  });
});
