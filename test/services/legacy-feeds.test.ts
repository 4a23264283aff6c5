import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { headlineKey } from '../../src/core/edition/headlines.js';
import { openDatabase } from '../../src/services/database.js';
import { backUpLegacyFiles, importLegacyData } from '../../src/services/legacy-import.js';
import '../../src/services/legacy-feeds.js';
import type { TidingsPaths } from '../../src/services/paths.js';

const NOW = new Date('2026-12-04T10:00:00Z');
const rss = (title: string, guids: string[]) => `<rss version="2.0"><channel><title>${title}</title>${guids.map((g) =>
  `<item><title>${g} story</title><link>https://old.example/${g}</link><guid>${g}</guid></item>`).join('')}</channel></rss>`;

/** The old feed cache's layout (index.json version 2 + one segment), as feed-cache.ts wrote it. */
function writeOldFeedCache(dir: string, feeds: { url: string; body: string; etag: string | null }[]): void {
  mkdirSync(dir, { recursive: true });
  const bodies = feeds.map((f) => Buffer.from(f.body));
  const segment = 'lx1-1-abcd.seg';
  writeFileSync(join(dir, segment), Buffer.concat(bodies));
  const entries: Record<string, unknown> = {};
  let offset = 0;
  feeds.forEach((f, i) => {
    entries[f.url] = {
      meta: { url: f.url, finalUrl: f.url, etag: f.etag, lastModified: null, contentType: 'application/rss+xml', fetchedAt: '2026-12-01T08:00:00.000Z', checkedAt: '2026-12-02T08:00:00.000Z', size: bodies[i].length },
      segment,
      offset,
    };
    offset += bodies[i].length;
  });
  writeFileSync(join(dir, 'index.json'), JSON.stringify({ version: 2, entries, segments: { [segment]: offset } }));
}

describe('legacy import of feeds and read marks', () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function open(paths: TidingsPaths, warnings: string[]) {
    let summary: string | undefined;
    return openDatabase({
      path: join(paths.data, 'tidings.db'),
      now: () => NOW,
      warn: (m) => warnings.push(m),
      importLegacy: (db) => (summary = importLegacyData({ db, paths, now: NOW, warn: (m) => warnings.push(m) })),
      afterLegacyImport: () => {
        if (summary) backUpLegacyFiles(paths, NOW);
      },
    });
  }

  it('turns cached bodies into feed and item rows with their validators, marks read items, then drops the cache and backs up read-state.json', () => {
    root = mkdtempSync(join(tmpdir(), 'tidings-legacy-'));
    const paths = { config: join(root, 'config'), data: join(root, 'data'), cache: join(root, 'cache') };
    const a = 'https://old.example/a.xml';
    const b = 'https://old.example/b.xml';
    writeOldFeedCache(join(paths.cache, 'feeds'), [{ url: a, body: rss('Alpha', ['a1', 'a2']), etag: '"a"' }, { url: b, body: rss('Beta', ['b1']), etag: null }]);
    mkdirSync(paths.data, { recursive: true });
    writeFileSync(join(paths.data, 'read-state.json'), JSON.stringify({ version: 1, read: { [headlineKey(a, 'a2')]: '2026-12-03T09:00:00.000Z', gone: '2026-12-03T09:00:00.000Z' } }));
    const warnings: string[] = [];
    const database = open(paths, warnings);
    try {
      const { db } = database;
      expect(db.prepare('SELECT url, etag, title, item_count, fetched_at, checked_at FROM feeds ORDER BY url').all()).toEqual([
        { url: a, etag: '"a"', title: 'Alpha', item_count: 2, fetched_at: '2026-12-01T08:00:00.000Z', checked_at: '2026-12-02T08:00:00.000Z' },
        { url: b, etag: null, title: 'Beta', item_count: 1, fetched_at: '2026-12-01T08:00:00.000Z', checked_at: '2026-12-02T08:00:00.000Z' },
      ]);
      expect(db.prepare('SELECT guid, read_at FROM items ORDER BY guid').all()).toEqual([
        { guid: 'a1', read_at: null }, { guid: 'a2', read_at: '2026-12-03T09:00:00.000Z' }, { guid: 'b1', read_at: null },
      ]);
      expect(warnings.join('\n')).toMatch(/2 cached feeds, 1 read mark/);
    } finally {
      database.close();
    }
    expect(existsSync(join(paths.cache, 'feeds'))).toBe(false);
    expect(existsSync(join(paths.data, 'read-state.json'))).toBe(false);
    expect(readdirSync(join(paths.data, 'backup-2026-12-04'))).toEqual(['read-state.json']);
  });

  it('skips what it cannot read: a damaged index, a cut-short segment, a body that is no feed', () => {
    root = mkdtempSync(join(tmpdir(), 'tidings-legacy-'));
    const paths = { config: join(root, 'config'), data: join(root, 'data'), cache: join(root, 'cache') };
    const dir = join(paths.cache, 'feeds');
    writeOldFeedCache(dir, [{ url: 'https://x.example/ok', body: rss('Ok', ['o1']), etag: null }, { url: 'https://x.example/html', body: '<html><body>no</body></html>', etag: null }]);
    const database = open(paths, []);
    try {
      expect(database.db.prepare('SELECT url FROM feeds').pluck().all()).toEqual(['https://x.example/ok']);
    } finally {
      database.close();
    }
    const again = mkdtempSync(join(tmpdir(), 'tidings-legacy-'));
    try {
      const p2 = { config: join(again, 'config'), data: join(again, 'data'), cache: join(again, 'cache') };
      mkdirSync(join(p2.cache, 'feeds'), { recursive: true });
      writeFileSync(join(p2.cache, 'feeds', 'index.json'), '{not json');
      const warnings: string[] = [];
      const db2 = open(p2, warnings);
      expect(db2.db.prepare('SELECT count(*) FROM feeds').pluck().get()).toBe(0);
      db2.close();
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });
});
