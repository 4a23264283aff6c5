/**
 * Extracted articles as rows of the database's `articles` table, so reopening is instant and
 * a read article opens offline. Capped by size (the `articleCacheMB` setting): past the cap,
 * the least recently read pages go, in the transaction of the write that crossed it.
 * Bookmarks keep their own copy of the article in `bookmarks`, so eviction never touches one.
 * The cache is never a reason for a command to fail: a row that does not read is a miss, and
 * a write that fails (disk full, read-only) is told once through `warn`.
 */
import type { Article } from '../core/article/types.js';
import type { TidingsDatabase } from './database.js';

/** A cache hit. */
export interface CachedArticle {
  article: Article;
  /** ISO time the article was extracted and stored. */
  savedAt: string;
}

/** The article cache. */
export interface ArticleCache {
  /** The stored article, or undefined; a hit counts as a read for eviction. */
  get(url: string): Promise<CachedArticle | undefined>;
  /** Stores (or replaces) the article, then evicts past the cap. */
  put(url: string, article: Article): Promise<void>;
}

/** What {@link createArticleCache} needs. */
export interface ArticleCacheOptions {
  /** The database, opened on first use. */
  database: () => TidingsDatabase;
  now: () => Date;
  /** Size cap in bytes of the stored JSON (the `articleCacheMB` setting). */
  capBytes: number;
  /** Told once when a write fails; reading goes on. */
  warn?: (message: string) => void;
}

/** Eviction goes down to this share of the cap, so the next puts do not each evict again. */
const EVICT_TO = 0.9;

const isString = (v: unknown): v is string => typeof v === 'string';
const stringOrNull = (v: unknown) => v === null || typeof v === 'string';
/** The key of a page: its URL without the fragment (`#top` is the same page). */
const keyOf = (url: string) => url.split('#')[0];

/** True when a parsed value has every field an Article needs (a hand-edited or truncated row is not). */
export function isArticle(value: unknown): value is Article {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Record<string, unknown>;
  const lead = a.leadImage as Record<string, unknown> | null;
  return (
    isString(a.url) && isString(a.title) && isString(a.contentHtml) &&
    stringOrNull(a.byline) && stringOrNull(a.siteName) && stringOrNull(a.publishedTime) &&
    stringOrNull(a.lang) && stringOrNull(a.excerpt) && (a.dir === null || a.dir === 'ltr' || a.dir === 'rtl') &&
    (lead === null || (typeof lead === 'object' && isString(lead.url) && isString(lead.caption))) &&
    Array.isArray(a.tags) && a.tags.every(isString) &&
    typeof a.wordCount === 'number' && typeof a.readingMinutes === 'number'
  );
}

// Deletes the least recently read rows (never `keep`, the page just stored) until `need`
// bytes are freed: a row goes when the rows read before it have not freed enough yet. By
// rowid, so the index on (read_at, size) covers it and no article is read.
const EVICT_SQL = `
  DELETE FROM articles WHERE rowid IN (
    SELECT rowid FROM (
      SELECT rowid, size, sum(size) OVER (ORDER BY read_at, rowid ROWS UNBOUNDED PRECEDING) AS freed
      FROM articles WHERE rowid <> (SELECT rowid FROM articles WHERE url = ?)
    ) WHERE freed - size < ?
  )`;

/** The cache over the database's `articles` table. */
export function createArticleCache(options: ArticleCacheOptions): ArticleCache {
  const told = new Set<string>();
  const tell = (error: unknown, database: TidingsDatabase | undefined) => {
    const explained = database ? database.explain(error) : error;
    const message = `the article cache was not saved: ${explained instanceof Error ? explained.message : String(explained)}`;
    if (told.has(message)) return;
    told.add(message);
    options.warn?.(message);
  };
  return {
    async get(url) {
      let database: TidingsDatabase;
      let row: { article: string; savedAt: string } | undefined;
      try {
        database = options.database();
        row = database.db.prepare('SELECT article, saved_at AS savedAt FROM articles WHERE url = ?').get(keyOf(url)) as typeof row;
      } catch {
        return undefined; // no database to read: a miss, so the page is fetched
      }
      if (!row) return undefined;
      let article: unknown;
      try {
        article = JSON.parse(row.article);
      } catch {
        return undefined; // a damaged row: the page is fetched again and replaces it
      }
      if (!isArticle(article)) return undefined;
      try {
        database.write(() => database.db.prepare('UPDATE articles SET read_at = ? WHERE url = ?').run(options.now().toISOString(), keyOf(url)));
      } catch {
        // read-only or full: the hit still counts, only its place in the eviction order does not move
      }
      return { article, savedAt: row.savedAt };
    },
    async put(url, article) {
      let database: TidingsDatabase | undefined;
      try {
        database = options.database();
        const db = database.db;
        const json = JSON.stringify(article);
        const size = Buffer.byteLength(json);
        const at = options.now().toISOString();
        database.write(() => {
          db.prepare('INSERT OR REPLACE INTO articles (url, article, size, saved_at, read_at) VALUES (?, ?, ?, ?, ?)').run(keyOf(url), json, size, at, at);
          const total = db.prepare('SELECT coalesce(sum(size), 0) FROM articles').pluck().get() as number;
          if (total > options.capBytes) db.prepare(EVICT_SQL).run(keyOf(url), total - Math.floor(options.capBytes * EVICT_TO));
        });
      } catch (error) {
        tell(error, database);
      }
    },
  };
}

/** Bytes in `megabytes` MB (the `articleCacheMB` setting). */
export const megabytes = (megabytes: number) => megabytes * 1024 * 1024;
