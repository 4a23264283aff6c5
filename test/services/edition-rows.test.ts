import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveEdition } from '../../src/core/edition/edition.js';
import { buildEditionIndex, headlineKey } from '../../src/core/edition/headlines.js';
import type { FeedItem, ParsedFeed } from '../../src/core/feed/types.js';
import { openDatabase } from '../../src/services/database.js';
import { readEditionRows } from '../../src/services/edition-rows.js';
import { markScope } from '../../src/services/item-marks.js';
import { allSection } from '../../src/core/edition/all-section.js';
import { feedRows } from '../../src/services/feed-rows.js';
import { createItemStore } from '../../src/services/item-store.js';
import { openTempDb, type TempDb } from '../helpers/temp-db.js';
import { join } from 'node:path';

const NOW = new Date('2026-11-25T10:00:00Z');
const edition = resolveEdition({
  name: 't', title: 'T',
  feeds: [{ url: 'https://w.test/wire.xml', title: 'Wire' }, { url: 'https://w.test/other.xml' }, { url: 'https://w.test/breaking.xml' }],
  sections: [
    { id: 'news', title: 'News', children: [{ id: 'politics', title: 'Politics', match: { paths: ['/news/politics/'] } }] },
    { id: 'sport', title: 'Sport', match: { categories: ['Football'] } },
    { id: 'other', title: 'Other', feeds: ['https://w.test/other.xml'] },
  ],
  breaking: { feeds: ['https://w.test/breaking.xml'] },
}, 'https://w.test/t.json');
const [WIRE, OTHER, BREAKING] = edition.feeds.map((f) => f.url);

const item = (id: string, path: string, minutesAgo: number, extra: Partial<FeedItem> = {}): FeedItem => ({
  id, title: `${id} title`, link: `https://w.test${path}${id}`, published: new Date(NOW.getTime() - minutesAgo * 60_000).toISOString(),
  updated: null, author: null, summary: `${id} summary`, contentHtml: `<p>${id}</p>`, categories: [], image: null, ...extra,
});
const feed = (title: string, items: FeedItem[]): ParsedFeed => ({ format: 'rss', title, link: '', description: '', language: null, items });
const meta = (url: string, hash: string) => ({ finalUrl: url, etag: null, lastModified: null, contentType: null, bodyHash: hash });

describe('readEditionRows', () => {
  let temp: TempDb;
  beforeEach(() => {
    temp = openTempDb(() => NOW);
  });
  afterEach(() => temp.dispose());

  const save = (url: string, f: ParsedFeed, at: string) => temp.database.write(() => temp.feeds.save(url, meta(url, at), feedRows(url, f), at));

  it('lists like the in-memory index: sections by path, category and feed; a story once; breaking apart', () => {
    const wire = feed('Wire feed', [item('p1', '/news/politics/', 5), item('s1', '/x/', 30, { categories: ['football'] }), item('dup', '/news/politics/', 40)]);
    const other = feed('Other feed', [item('o1', '/y/', 10), { ...item('dup', '/news/politics/', 40), id: 'other-dup' }]);
    const breaking = feed('Breaking', [item('b1', '/live/', 1)]);
    save(WIRE, wire, '2026-11-25T09:00:00.000Z');
    save(OTHER, other, '2026-11-25T09:00:00.000Z');
    save(BREAKING, breaking, '2026-11-25T09:00:00.000Z');
    const { index, counts } = readEditionRows(temp.database.db, edition, { now: NOW, limit: 100 });
    const memory = buildEditionIndex(edition, new Map([[WIRE, wire], [OTHER, other], [BREAKING, breaking]]), NOW);
    const ids = (list: { id: string }[] | undefined) => list?.map((h) => h.id);
    expect(ids(index.all)).toEqual(ids(memory.all));
    for (const id of ['*', 'news', 'politics', 'sport', 'other']) expect([id, ids(index.bySection.get(id))]).toEqual([id, ids(memory.bySection.get(id))]);
    expect(ids(index.breaking)).toEqual(['b1']);
    expect(index.all.find((h) => h.id === 'p1')).toMatchObject({ source: 'Wire', key: headlineKey(WIRE, 'p1'), sectionIds: ['politics'], contentHtml: null });
    // Counts are of items: the story both feeds carry counts once per feed.
    expect(counts).toEqual({ total: 6, unread: 6, bySection: new Map([['*', { total: 6, unread: 6 }], ['news', { total: 3, unread: 3 }], ['politics', { total: 3, unread: 3 }], ['sport', { total: 1, unread: 1 }], ['other', { total: 2, unread: 2 }]]) });
  });

  it("lists a live page's entries apart (distinct ids, one link), as the in-memory index does", () => {
    const live = (id: string, minutesAgo: number) => ({ ...item(id, '/live/', minutesAgo), link: 'https://w.test/live/page' });
    const wire = feed('Wire feed', [live('u3', 1), live('u2', 2), live('u1', 3)]);
    const other = feed('Other feed', [{ ...item('copy', '/live/', 4), link: 'https://w.test/live/page' }]);
    save(WIRE, wire, '2026-11-25T09:00:00.000Z');
    save(OTHER, other, '2026-11-25T09:00:00.000Z');
    const { index } = readEditionRows(temp.database.db, edition, { now: NOW, limit: 100 });
    const memory = buildEditionIndex(edition, new Map([[WIRE, wire], [OTHER, other]]), NOW);
    expect(index.all.map((h) => h.id)).toEqual(['u3', 'u2', 'u1']);
    expect(memory.all.map((h) => h.id)).toEqual(['u3', 'u2', 'u1']);
  });

  it('keeps showing items that left their feed (history), but not old breaking items', () => {
    save(WIRE, feed('W', [item('a', '/news/politics/', 50)]), '2026-11-25T08:00:00.000Z');
    save(BREAKING, feed('B', [item('b-old', '/live/', 60)]), '2026-11-25T08:00:00.000Z');
    save(WIRE, feed('W', [item('b', '/news/politics/', 5)]), '2026-11-25T09:00:00.000Z');
    save(BREAKING, feed('B', [item('b-new', '/live/', 2)]), '2026-11-25T09:00:00.000Z');
    const { index } = readEditionRows(temp.database.db, edition, { now: NOW, limit: 100 });
    expect(index.bySection.get('politics')?.map((h) => h.id)).toEqual(['b', 'a']);
    expect(index.breaking.map((h) => h.id)).toEqual(['b-new']);
  });

  it('holds at most `limit` per list while the counts cover the whole history; reads one list alone', () => {
    save(WIRE, feed('W', Array.from({ length: 30 }, (_, i) => item(`n${i}`, '/news/politics/', i))), '2026-11-25T09:00:00.000Z');
    const { index, counts } = readEditionRows(temp.database.db, edition, { now: NOW, limit: 10 });
    expect(index.all).toHaveLength(10);
    expect(index.all[0].id).toBe('n0');
    expect(counts?.total).toBe(30);
    expect(counts?.bySection.get('news')).toEqual({ total: 30, unread: 30 });
    // Read marks split each section's count; a section with none of them keeps its own.
    save(OTHER, feed('O', [item('o1', '/y/', 1), item('o2', '/y/', 2)]), '2026-11-25T09:00:00.000Z');
    temp.database.write(() => temp.items.mark([...Array.from({ length: 12 }, (_, i) => headlineKey(WIRE, `n${i}`)), headlineKey(OTHER, 'o2')], true, NOW.toISOString()));
    expect(readEditionRows(temp.database.db, edition, { now: NOW, limit: 10 }).counts).toEqual({ total: 32, unread: 19, bySection: new Map([
      ['*', { total: 32, unread: 19 }], ['news', { total: 30, unread: 18 }], ['politics', { total: 30, unread: 18 }], ['sport', { total: 0, unread: 0 }], ['other', { total: 2, unread: 1 }],
    ]) });
    const only = readEditionRows(temp.database.db, edition, { now: NOW, limit: 3, only: { section: 'news' } });
    expect(only.index.all).toEqual([]);
    expect(only.index.bySection.get('news')?.map((h) => h.id)).toEqual(['n0', 'n1', 'n2']);
    expect(only.counts).toBeUndefined();
  });

  it('lists every item of every feed under All, those no section routes included, with counts and marks of the whole edition', () => {
    // 'loose' goes to no section: its path and categories match no rule and Wire is in none.
    save(WIRE, feed('W', [item('p1', '/news/politics/', 5), item('loose', '/elsewhere/', 6)]), '2026-11-25T09:00:00.000Z');
    save(OTHER, feed('O', [item('o1', '/y/', 7)]), '2026-11-25T09:00:00.000Z');
    const full = readEditionRows(temp.database.db, edition, { now: NOW, limit: 100 });
    expect(full.index.all.find((h) => h.id === 'loose')?.sectionIds).toEqual([]);
    expect(full.index.bySection.get('*')?.map((h) => h.id)).toEqual(['p1', 'loose', 'o1']);
    expect(full.counts?.bySection.get('*')).toEqual({ total: 3, unread: 3 });
    const only = readEditionRows(temp.database.db, edition, { now: NOW, limit: 2, only: { section: '*' } });
    expect(only.index.bySection.get('*')?.map((h) => h.id)).toEqual(['p1', 'loose']);
    // mark-read on All: every item of the edition, and nothing of another edition's feed.
    save('https://elsewhere.test/f.xml', feed('E', [item('e1', '/news/politics/', 1)]), '2026-11-25T09:00:00.000Z');
    const marked = temp.database.write(() => markScope(temp.database.db, { edition, section: allSection() }, true, NOW.toISOString()));
    expect(marked).toBe(3);
    expect(readEditionRows(temp.database.db, edition, { now: NOW, limit: 100 }).counts?.bySection.get('*')).toEqual({ total: 3, unread: 0 });
    expect(temp.database.db.prepare("SELECT read_at FROM items WHERE guid = 'e1'").pluck().get()).toBeNull();
  });

  it('unread counts follow read marks, which persist across runs', () => {
    save(WIRE, feed('W', [item('p1', '/news/politics/', 5), item('p2', '/news/politics/', 6)]), '2026-11-25T09:00:00.000Z');
    temp.database.write(() => temp.items.mark([headlineKey(WIRE, 'p1')], true, NOW.toISOString()));
    temp.database.close();
    const reopened = openDatabase({ path: join(temp.dir, 'tidings.db'), now: () => NOW, warn: () => undefined });
    try {
      const rows = readEditionRows(reopened.db, edition, { now: NOW, limit: 100 });
      expect(rows.counts).toMatchObject({ total: 2, unread: 1 });
      expect(rows.counts?.bySection.get('politics')).toEqual({ total: 2, unread: 1 });
      expect([...rows.read]).toEqual([headlineKey(WIRE, 'p1')]);
      const items = createItemStore(reopened.db);
      expect([...items.readKeys()]).toEqual([headlineKey(WIRE, 'p1')]);
      reopened.write(() => items.mark([headlineKey(WIRE, 'p1')], false, NOW.toISOString()));
      expect(readEditionRows(reopened.db, edition, { now: NOW, limit: 100 }).counts?.unread).toBe(2);
      expect(items.find(headlineKey(WIRE, 'p2'))?.item.contentHtml).toBe('<p>p2</p>');
      expect(items.find('https://w.test/news/politics/p2')?.key).toBe(headlineKey(WIRE, 'p2'));
      expect(items.contentOf('https://w.test/news/politics/p1')).toBe('<p>p1</p>');
    } finally {
      reopened.close();
      temp.database = { ...temp.database, close: () => undefined };
    }
  });
});
