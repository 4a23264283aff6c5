import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/services/database.js';
import { MIGRATIONS } from '../../src/services/db-schema.js';
import type { FeedItem, ParsedFeed } from '../../src/core/feed/types.js';
import { feedRows } from '../../src/services/feed-rows.js';
import { searchItems } from '../../src/services/item-search.js';
import { openTempDb, type TempDb } from '../helpers/temp-db.js';

const NOW = new Date('2026-11-25T10:00:00Z');
const A = 'https://s.test/a.xml';
const B = 'https://s.test/b.xml';

const item = (id: string, title: string, minutesAgo: number, extra: Partial<FeedItem> = {}): FeedItem => ({
  id, title, link: `https://s.test/${id}`, published: new Date(NOW.getTime() - minutesAgo * 60_000).toISOString(),
  updated: null, author: null, summary: '', contentHtml: null, categories: [], image: null, ...extra,
});
const feed = (title: string, items: FeedItem[]): ParsedFeed => ({ format: 'rss', title, link: '', description: '', language: null, items });

describe('searchItems (the item_search index)', () => {
  let temp: TempDb;
  beforeEach(() => {
    temp = openTempDb(() => NOW, { days: 0, items: 2 });
  });
  afterEach(() => temp.dispose());

  const save = (url: string, f: ParsedFeed, at: string) =>
    temp.database.write(() => temp.feeds.save(url, { finalUrl: url, etag: null, lastModified: null, contentType: null, bodyHash: at }, feedRows(url, f), at));
  const find = (query: string, feedUrls?: string[]) => searchItems(temp.database, query, { limit: 10, feedUrls }).map((h) => h.item.id);

  it('follows the items: new words in, changed words replaced, pruned items out', () => {
    save(A, feed('Alpha', [item('1', 'Ferry strike', 5), item('2', 'Quiet day', 10)]), '2026-11-25T09:00:00.000Z');
    expect(find('ferry')).toEqual(['1']);
    save(A, feed('Alpha', [item('1', 'Ferry strike ends', 5, { summary: 'Boats sail again' }), item('2', 'Quiet day', 10)]), '2026-11-25T09:10:00.000Z');
    expect(find('boats')).toEqual(['1']);
    expect(find('ends')).toEqual(['1']);
    // Retention keeps 2 an item count: a third body pushes the oldest out of the table and the index.
    save(A, feed('Alpha', [item('3', 'Harbour news', 1), item('4', 'More harbour news', 2)]), '2026-12-25T09:00:00.000Z');
    expect(find('quiet')).toEqual([]);
    expect(find('harbour').sort()).toEqual(['3', '4']);
  });

  it('leaves indexing to the next search: writes only list the items, and changes or prunes made meanwhile count', () => {
    const indexed = () => temp.database.db.prepare("SELECT count(*) FROM item_search WHERE item_search MATCH 'ferry OR quiet OR harbour OR calm'").pluck().get();
    save(A, feed('Alpha', [item('1', 'Ferry strike', 5), item('2', 'Quiet day', 10)]), '2026-11-25T09:00:00.000Z');
    save(A, feed('Alpha', [item('1', 'Ferry strike', 5), item('2', 'Calm day', 10)]), '2026-11-25T09:10:00.000Z');
    expect(indexed()).toBe(0);
    // Pruned before any search: never indexed, and nothing left pending for it.
    save(A, feed('Alpha', [item('3', 'Harbour news', 1), item('4', 'Ferry harbour', 2)]), '2026-12-25T09:00:00.000Z');
    expect(find('ferry')).toEqual(['4']);
    expect(find('calm')).toEqual([]);
    expect(temp.database.db.prepare('SELECT count(*) FROM item_search_pending').pluck().get()).toBe(0);
    expect(indexed()).toBe(2);
  });

  it('indexes the feed title as the source, and follows it when the feed renames itself', () => {
    save(A, feed('Alpha Wire', [item('1', 'One', 5)]), '2026-11-25T09:00:00.000Z');
    expect(find('alpha')).toEqual(['1']);
    save(A, feed('Gazette', [item('1', 'One', 5), item('2', 'Two', 6)]), '2026-11-25T09:10:00.000Z');
    expect(find('alpha')).toEqual([]);
    expect(find('gazette')).toEqual(['1', '2']);
  });

  it('keeps to the feeds asked for, and to unread items with `unread`', () => {
    save(A, feed('Alpha', [item('a', 'Storm', 5)]), '2026-11-25T09:00:00.000Z');
    save(B, feed('Beta', [item('b', 'Storm', 1)]), '2026-11-25T09:00:00.000Z');
    expect(find('storm')).toEqual(['b', 'a']);
    expect(find('storm', [A])).toEqual(['a']);
    const key = searchItems(temp.database, 'storm', { limit: 1 })[0].key;
    temp.database.write(() => temp.items.mark([key], true, NOW.toISOString()));
    expect(searchItems(temp.database, 'storm', { limit: 10, unread: true }).map((h) => h.item.id)).toEqual(['a']);
  });

  it('ranks a title hit above a summary hit, and matches diacritics loosely', () => {
    save(A, feed('Alpha', [item('s', 'Other news', 1, { summary: 'A café opens' }), item('t', 'Cafe owners meet', 50)]), '2026-11-25T09:00:00.000Z');
    expect(find('café')).toEqual(['t', 's']);
  });

  it('lists a query too broad to rank newest first, as the ranked path does when scores tie; scope and unread hold', () => {
    save(A, feed('Alpha', [item('old', 'Storm warning', 30), item('mid', 'Storm', 20), item('new', 'Storm again', 10)]), '2026-11-25T09:00:00.000Z');
    save(B, feed('Beta', [item('b', 'Storm in the west', 5)]), '2026-11-25T09:00:00.000Z');
    const broad = (query: string, extra: { feedUrls?: string[]; unread?: boolean } = {}) => searchItems(temp.database, query, { limit: 10, broadAt: 2, ...extra }).map((h) => h.item.id);
    expect(broad('storm')).toEqual(['b', 'new', 'mid', 'old']);
    expect(broad('storm', { feedUrls: [A] })).toEqual(['new', 'mid', 'old']);
    const key = searchItems(temp.database, 'storm', { limit: 1 })[0].key;
    temp.database.write(() => temp.items.mark([key], true, NOW.toISOString()));
    expect(broad('storm', { unread: true })).not.toContain(searchItems(temp.database, 'storm', { limit: 1 })[0].item.id);
    // A narrow query is ranked as before.
    expect(broad('west')).toEqual(['b']);
  });

  it('indexes the items a database held before the index existed (schema 1)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tidings-db-'));
    const path = join(dir, 'tidings.db');
    const old = new Database(path);
    old.exec(MIGRATIONS[0]);
    old.exec(`INSERT INTO feeds (id, url, title) VALUES (1, '${A}', 'Old Wire');
      INSERT INTO items (feed_id, guid, key, title, link, summary, categories, link_path, category_keys, position, first_seen, last_seen)
      VALUES (1, 'g', 'k', 'Lighthouse restored', 'https://s.test/g', '', '[]', '/g', '', 0, 'x', 'x');`);
    old.pragma('user_version = 1');
    old.close();
    const database = openDatabase({ path, now: () => NOW, warn: () => undefined });
    expect(searchItems(database, 'lighthouse', { limit: 5 }).map((h) => [h.key, h.feedTitle])).toEqual([['k', 'Old Wire']]);
    expect(searchItems(database, 'old wire', { limit: 5 })).toHaveLength(1);
    database.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
