import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveEdition } from '../../src/core/edition/edition.js';
import type { FeedItem, ParsedFeed } from '../../src/core/feed/types.js';
import { feedRows } from '../../src/services/feed-rows.js';
import { readSourceCounts, readSourceHeadlines } from '../../src/services/source-rows.js';
import { openTempDb, type TempDb } from '../helpers/temp-db.js';

const NOW = new Date('2026-11-25T10:00:00Z');
const edition = resolveEdition({
  name: 't', title: 'T',
  feeds: [{ url: 'https://w.test/wire.xml', title: 'Wire' }, { url: 'https://w.test/other.xml' }, { url: 'https://w.test/never.xml' }],
  sections: [{ id: 'politics', title: 'Politics', match: { paths: ['/news/politics/'] } }],
}, 'https://w.test/t.json');
const [WIRE, OTHER, NEVER] = edition.feeds.map((f) => f.url);

const item = (id: string, path: string, minutesAgo: number): FeedItem => ({
  id, title: `${id} title`, link: `https://w.test${path}${id}`, published: new Date(NOW.getTime() - minutesAgo * 60_000).toISOString(),
  updated: null, author: null, summary: `${id} summary`, contentHtml: null, categories: [], image: null,
});
const feed = (title: string, items: FeedItem[]): ParsedFeed => ({ format: 'rss', title, link: '', description: '', language: null, items });
const meta = (url: string, hash: string) => ({ finalUrl: url, etag: null, lastModified: null, contentType: null, bodyHash: hash });

describe('source rows', () => {
  let temp: TempDb;
  beforeEach(() => {
    temp = openTempDb(() => NOW);
    const save = (url: string, f: ParsedFeed) => temp.database.write(() => temp.feeds.save(url, meta(url, 'h'), feedRows(url, f), '2026-11-25T09:00:00.000Z'));
    save(WIRE, feed('Wire feed', [item('w1', '/news/politics/', 5), item('w2', '/x/', 30), item('w3', '/x/', 1)]));
    save(OTHER, feed('Other feed', [item('o1', '/y/', 10)]));
  });
  afterEach(() => temp.dispose());

  it('counts each feed\'s items and unread ones, in edition order, naming feeds as the edition does', () => {
    const [w1] = readSourceHeadlines(temp.database.db, edition, WIRE, 10).headlines.filter((h) => h.id === 'w1');
    temp.database.write(() => temp.items.mark([w1.key], true, NOW.toISOString()));
    expect(readSourceCounts(temp.database.db, edition)).toEqual([
      { url: WIRE, title: 'Wire', total: 3, unread: 2 },
      { url: OTHER, title: 'Other feed', total: 1, unread: 1 },
      { url: NEVER, title: 'w.test', total: 0, unread: 0 },
    ]);
  });

  it('lists one feed newest first up to the limit, with its sections and read marks', () => {
    const first = readSourceHeadlines(temp.database.db, edition, WIRE, 10);
    expect(first.headlines.map((h) => h.id)).toEqual(['w3', 'w1', 'w2']);
    expect(first.headlines[1]).toMatchObject({ source: 'Wire', feedUrl: WIRE, sectionIds: ['politics'] });
    temp.database.write(() => temp.items.mark([first.headlines[0].key], true, NOW.toISOString()));
    const again = readSourceHeadlines(temp.database.db, edition, WIRE, 2);
    expect(again.headlines.map((h) => h.id)).toEqual(['w3', 'w1']);
    expect([...again.read]).toEqual([first.headlines[0].key]);
    expect(readSourceHeadlines(temp.database.db, edition, NEVER, 10).headlines).toEqual([]);
    expect(readSourceHeadlines(temp.database.db, edition, 'https://elsewhere.test/x.xml', 10).headlines).toEqual([]);
  });
});
