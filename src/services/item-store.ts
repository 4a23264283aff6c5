/**
 * Items one at a time, and their read marks (`items.read_at`): the reader's item lookup
 * (with its HTML body, which listings never load) and what the app marks read.
 */
import type { FeedItem } from '../core/feed/types.js';
import type { Statement } from 'better-sqlite3';
import type { Db } from './database.js';

/** An item with the URL of the feed it came from. */
export interface StoredItem {
  item: FeedItem;
  key: string;
  feedUrl: string;
  feedTitle: string;
}

/** Item lookups and read marks over an open database. */
export interface ItemStore {
  /** The item with this key (or, failing that, this item id or link), body included. */
  find(query: string): StoredItem | undefined;
  /** The feed's HTML body of the item with this link, when a feed gave one. */
  contentOf(link: string): string | null;
  /** Marks items read (or unread); returns how many rows changed. Run inside a write. */
  mark(keys: string[], read: boolean, at: string): number;
  /** Keys of read items, most recently read first (at most `limit`). */
  readKeys(limit?: number): Set<string>;
}

/** An item row as stored. */
export interface ItemRow {
  guid: string;
  key: string;
  title: string;
  link: string;
  published: string | null;
  updated: string | null;
  author: string | null;
  summary: string;
  content_html?: string | null;
  categories: string;
  image: string | null;
}

/** A row mapped to the core's FeedItem (`contentHtml` null when the row was read without it). */
export function itemFromRow(row: ItemRow): FeedItem {
  let categories: string[] = [];
  try {
    categories = JSON.parse(row.categories) as string[];
  } catch {
    // a damaged value costs only the categories
  }
  return {
    id: row.guid, title: row.title, link: row.link, published: row.published, updated: row.updated, author: row.author,
    summary: row.summary, contentHtml: row.content_html ?? null, categories, image: row.image,
  };
}

// SQLite caps bound parameters; marks come in small numbers, but "mark all" may not.
const CHUNK = 500;

/** The store over `db`. */
export function createItemStore(db: Db): ItemStore {
  const byKey = db.prepare(`SELECT i.*, f.url AS feed_url, f.title AS feed_title FROM items i JOIN feeds f ON f.id = i.feed_id WHERE i.key = ?`);
  let byOther: Statement | undefined;
  return {
    find(query) {
      // Keys are indexed; ids and links are a scan, tried only when no key matched.
      byOther ??= db.prepare(`SELECT i.*, f.url AS feed_url, f.title AS feed_title FROM items i JOIN feeds f ON f.id = i.feed_id
        WHERE i.guid = @q OR (i.link = @q AND i.link != '') ORDER BY i.last_seen DESC LIMIT 1`);
      const row = (byKey.get(query) ?? byOther.get({ q: query })) as (ItemRow & { feed_url: string; feed_title: string }) | undefined;
      return row && { item: itemFromRow(row), key: row.key, feedUrl: row.feed_url, feedTitle: row.feed_title };
    },
    contentOf(link) {
      if (!link) return null;
      return (db.prepare("SELECT content_html FROM items WHERE link = ? AND content_html IS NOT NULL AND content_html != '' ORDER BY last_seen DESC LIMIT 1")
        .pluck().get(link) as string | undefined) ?? null;
    },
    mark(keys, read, at) {
      let changed = 0;
      for (let i = 0; i < keys.length; i += CHUNK) {
        const part = keys.slice(i, i + CHUNK);
        const marks = part.map(() => '?').join(', ');
        changed += read
          ? db.prepare(`UPDATE items SET read_at = ? WHERE key IN (${marks}) AND read_at IS NULL`).run(at, ...part).changes
          : db.prepare(`UPDATE items SET read_at = NULL WHERE key IN (${marks}) AND read_at IS NOT NULL`).run(...part).changes;
      }
      return changed;
    },
    readKeys(limit = 20_000) {
      return new Set(db.prepare('SELECT key FROM items INDEXED BY items_read WHERE read_at IS NOT NULL ORDER BY read_at DESC LIMIT ?').pluck().all(limit) as string[]);
    },
  };
}
