/**
 * Read marks by the many: an edition's items, a section's or a feed's (`tidings mark-read`),
 * and the lookups that check what the user named before anything is marked. Callers run
 * the marks inside one write.
 */
import type { Edition, Section } from '../core/edition/edition.js';
import type { Db } from './database.js';
import { editionItemsWhere } from './edition-rows.js';

/** Which items to mark: the whole edition, one section of it, or one feed (by its URL). */
export type MarkScope = { edition: Edition; section: Section | null } | { feedUrl: string };

// SQLite caps bound parameters; a list of keys may be long.
const CHUNK = 500;

/** Marks every item of `scope` read (or unread); returns how many rows changed. */
export function markScope(db: Db, scope: MarkScope, read: boolean, at: string): number {
  const where = 'feedUrl' in scope
    ? { sql: 'i.feed_id = (SELECT id FROM feeds WHERE url = ?)', params: [scope.feedUrl] }
    : editionItemsWhere(db, scope.edition, scope.section);
  // Only rows whose mark changes: the count says what this run did, and the read time of an
  // item read before is kept.
  return read
    ? db.prepare(`UPDATE items AS i SET read_at = ? WHERE (${where.sql}) AND i.read_at IS NULL`).run(at, ...where.params).changes
    : db.prepare(`UPDATE items AS i SET read_at = NULL WHERE (${where.sql}) AND i.read_at IS NOT NULL`).run(...where.params).changes;
}

/** Keys of every unread item of `edition` (its whole stored history), for marking and undoing. */
export function unreadEditionKeys(db: Db, edition: Edition): string[] {
  const where = editionItemsWhere(db, edition, null);
  return db.prepare(`SELECT i.key FROM items i WHERE (${where.sql}) AND i.read_at IS NULL`).pluck().all(...where.params) as string[];
}

/** The keys among `keys` that no stored item has. */
export function unknownKeys(db: Db, keys: readonly string[]): string[] {
  const known = new Set<string>();
  for (let i = 0; i < keys.length; i += CHUNK) {
    const part = keys.slice(i, i + CHUNK);
    for (const key of db.prepare(`SELECT DISTINCT key FROM items WHERE key IN (${part.map(() => '?').join(', ')})`).pluck().all(...part) as string[]) known.add(key);
  }
  return keys.filter((k) => !known.has(k));
}

/**
 * The URL of the edition's feed named by `name`: its URL, or its title in the edition or in
 * the feed itself (any case). Undefined when none is.
 */
export function findEditionFeed(db: Db, edition: Edition, name: string): string | undefined {
  const urls = edition.feeds.map((f) => f.url);
  if (urls.includes(name)) return name;
  const wanted = name.trim().toLowerCase();
  const byTitle = edition.feeds.find((f) => f.title?.toLowerCase() === wanted);
  if (byTitle) return byTitle.url;
  return db.prepare('SELECT url FROM feeds WHERE url IN (SELECT value FROM json_each(?)) AND lower(title) = ? LIMIT 1')
    .pluck().get(JSON.stringify(urls), wanted) as string | undefined;
}
