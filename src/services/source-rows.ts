/**
 * An edition's sources (its feeds) read from the items table: each feed's totals and unread
 * counts over its whole history, and one feed's newest headlines. The per-feed view of the app.
 */
import { flattenSections, type Edition } from '../core/edition/edition.js';
import { feedSource, routedSections, type Headline } from '../core/edition/headlines.js';
import type { Db } from './database.js';
import { itemFromRow, type ItemRow } from './item-store.js';

/** One source of an edition with its counts. */
export interface SourceCount {
  url: string;
  /** The edition's name for the feed, else the feed's own title, else its host. */
  title: string;
  total: number;
  unread: number;
}

/** The edition's feeds in edition order, with their item and unread counts (0 for a feed never fetched). */
export function readSourceCounts(db: Db, edition: Edition): SourceCount[] {
  const urls = edition.feeds.map((f) => f.url);
  // One pass over each feed's rows through items_feed_time; no row is read beyond the index.
  const rows = db.prepare(`SELECT f.url, f.title, count(i.feed_id) AS total, coalesce(sum(i.read_at IS NULL), 0) AS unread
    FROM feeds f LEFT JOIN items i ON i.feed_id = f.id WHERE f.url IN (SELECT value FROM json_each(?)) GROUP BY f.id`)
    .all(JSON.stringify(urls)) as { url: string; title: string; total: number; unread: number }[];
  const byUrl = new Map(rows.map((r) => [r.url, r]));
  return urls.map((url) => {
    const row = byUrl.get(url);
    return { url, title: feedSource(edition, url, { title: row?.title ?? '' }), total: row?.total ?? 0, unread: row?.unread ?? 0 };
  });
}

/** The newest `limit` headlines of one of the edition's feeds, and which of them are read. */
export function readSourceHeadlines(db: Db, edition: Edition, url: string, limit: number): { headlines: Headline[]; read: Set<string> } {
  const feed = db.prepare('SELECT id, title FROM feeds WHERE url = ?').get(url) as { id: number; title: string } | undefined;
  if (!feed || !edition.feeds.some((f) => f.url === url)) return { headlines: [], read: new Set() };
  const rows = db.prepare(`SELECT guid, key, title, link, published, updated, author, summary, categories, image, read_at IS NOT NULL AS is_read
    FROM items WHERE feed_id = ? ORDER BY sort_time DESC, position LIMIT ?`).all(feed.id, limit) as (ItemRow & { is_read: number })[];
  const leaves = flattenSections(edition.sections);
  const source = feedSource(edition, url, feed);
  const read = new Set<string>();
  const headlines = rows.map((row): Headline => {
    const item = itemFromRow(row);
    if (row.is_read) read.add(row.key);
    return { ...item, key: row.key, feedUrl: url, source, sectionIds: routedSections(leaves, url, item) };
  });
  return { headlines, read };
}
