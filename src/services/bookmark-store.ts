/**
 * Bookmarks in the one database: a row per saved article (its page as JSON, its text for
 * search) and an FTS5 index kept in step by triggers. Every change is one transaction, so
 * any number of processes may save at once; nothing is cached between calls, so each call
 * sees what other processes committed.
 */
import type { Article } from '../core/article/types.js';
import { StoreError } from '../core/errors.js';
import { canonicalUrl, findBookmark, hasTag, normalizeTags } from '../core/bookmarks/model.js';
import { toFtsQuery } from '../core/bookmarks/search.js';
import { isBookmarkableUrl } from '../core/bookmarks/shape.js';
import type { Bookmark, BookmarkEntry, BookmarkInput } from '../core/bookmarks/types.js';
import { sanitizeBlock, sanitizeLine } from '../core/text/sanitize.js';
import { BOOKMARK_COLUMNS, bookmarkRows, parseArticle, toBookmark, type BookmarkRow } from './bookmark-rows.js';
import type { TidingsDatabase } from './database.js';

export type { Bookmark, BookmarkEntry, BookmarkInput } from '../core/bookmarks/types.js';

/** Saved articles, safe to share between processes. */
export interface BookmarkStore {
  /** The database file they live in. */
  readonly path: string;
  /** Every bookmark (or those with `tag`), newest saved first. Loads no article. */
  list(filter?: { tag?: string }): Promise<Bookmark[]>;
  /**
   * The best {@link SEARCH_LIMIT} bookmarks matching every word of `query` in title, source,
   * tags, note or text, best first; `"exact words"` match a phrase, `word*` a prefix.
   */
  search(query: string): Promise<Bookmark[]>;
  /** By id, URL (fragment ignored) or unique id prefix. */
  get(idOrUrl: string): Promise<Bookmark | undefined>;
  /** The saved article (no network), or undefined when it has none or it is unreadable. */
  readArticle(idOrUrl: string): Promise<Article | undefined>;
  /** Saves or updates (by URL) a bookmark with its article; tags are merged, never duplicated. */
  add(input: BookmarkInput): Promise<Bookmark>;
  /** Deletes a bookmark and its article; returns what was deleted. */
  remove(idOrUrl: string): Promise<Bookmark | undefined>;
  /** Like remove, but hands back the article too, so the caller can {@link restore} it (undo). */
  take(idOrUrl: string): Promise<BookmarkEntry | undefined>;
  /** Puts back an entry from {@link take} as it was (same id, savedAt, tags, note). */
  restore(entry: BookmarkEntry): Promise<Bookmark>;
  /** Replaces the tags of a bookmark; throws StoreError when there is no such bookmark. */
  setTags(idOrUrl: string, tags: string[]): Promise<Bookmark>;
  /** Canonical URLs of every bookmark, for marking saved headlines. */
  urls(): Promise<Set<string>>;
  /** Merges entries by URL in one transaction (imports). */
  importEntries(entries: readonly BookmarkEntry[]): Promise<{ added: number; updated: number }>;
  /** Every bookmark with its article (null when it has none or it is unreadable), newest first. */
  exportEntries(): Promise<BookmarkEntry[]>;
}

/** Options of {@link createBookmarkStore}. */
export interface BookmarkStoreOptions {
  database: TidingsDatabase;
  now: () => Date;
  warn: (message: string) => void;
}

/**
 * Most results a search returns. Past a few hundred, more hits only cost time (each row is
 * an object to build) and nobody reads them: a narrower query is the way to the rest.
 */
export const SEARCH_LIMIT = 200;

// Title hits count most, then source and tags, then the note, then the article text.
const RANK = 'bm25(bookmark_search, 10.0, 4.0, 4.0, 2.0, 1.0)';

/** The bookmark store over `options.database`. */
export function createBookmarkStore(options: BookmarkStoreOptions): BookmarkStore {
  const { database, warn } = options;
  const { db } = database;
  const rows = bookmarkRows(db);
  const all = db.prepare(`SELECT ${BOOKMARK_COLUMNS} FROM bookmarks b ORDER BY b.saved_at DESC, b.id`);
  const byId = db.prepare(`SELECT ${BOOKMARK_COLUMNS} FROM bookmarks b WHERE b.id = ?`);
  const byPrefix = db.prepare(`SELECT ${BOOKMARK_COLUMNS} FROM bookmarks b WHERE b.id >= ? AND b.id < ? LIMIT 2`);
  const matching = db.prepare(`SELECT ${BOOKMARK_COLUMNS} FROM bookmark_search s JOIN bookmarks b ON b.seq = s.rowid
    WHERE bookmark_search MATCH ? ORDER BY ${RANK}, b.saved_at DESC LIMIT ${SEARCH_LIMIT}`);
  const articleOf = db.prepare('SELECT article FROM bookmark_pages WHERE id = ?').pluck();
  const withArticles = db.prepare(`SELECT ${BOOKMARK_COLUMNS}, p.article FROM bookmarks b LEFT JOIN bookmark_pages p ON p.id = b.id
    ORDER BY b.saved_at DESC, b.id`);
  const allUrls = db.prepare('SELECT url FROM bookmarks').pluck();
  const deleteId = db.prepare('DELETE FROM bookmarks WHERE id = ?');
  const setTagsOf = db.prepare('UPDATE bookmarks SET tags = ? WHERE id = ?');

  const mapped = (list: unknown[]) => (list as BookmarkRow[]).map(toBookmark);

  // Same lookup rules as core's findBookmark, answered by the indexes instead of a full list.
  function find(idOrUrl: string): Bookmark | undefined {
    const query = idOrUrl.trim();
    if (!query) return undefined;
    const exact = byId.get(query) as BookmarkRow | undefined;
    if (exact) return toBookmark(exact);
    const url = rows.byUrl(query) ?? rows.byUrl(canonicalUrl(query));
    if (url) return url;
    if (query.length < 4 || !/^[0-9a-f]+$/i.test(query)) return undefined;
    const prefix = query.toLowerCase();
    return findBookmark(mapped(byPrefix.all(prefix, `${prefix}g`)), prefix);
  }

  function pageOf(bookmark: Bookmark, text: unknown): Article | null {
    if (typeof text !== 'string') return null;
    try {
      return parseArticle(text);
    } catch {
      warn(`the saved page of bookmark ${bookmark.id} (${sanitizeLine(bookmark.url)}) is unreadable; it is left out`);
      return null;
    }
  }

  const take = async (idOrUrl: string): Promise<BookmarkEntry | undefined> => database.write(() => {
    const found = find(idOrUrl);
    if (!found) return undefined;
    const article = pageOf(found, articleOf.get(found.id));
    deleteId.run(found.id);
    return { bookmark: found, article };
  });

  return {
    path: database.path,
    async list(filter) {
      const list = mapped(all.all());
      return filter?.tag ? list.filter((b) => hasTag(b, filter.tag as string)) : list;
    },
    async search(query) {
      const fts = toFtsQuery(query);
      return fts ? mapped(matching.all(fts)) : [];
    },
    async get(idOrUrl) {
      return find(idOrUrl);
    },
    async readArticle(idOrUrl) {
      const found = find(idOrUrl);
      return found ? pageOf(found, articleOf.get(found.id)) ?? undefined : undefined;
    },
    async add(input) {
      const url = canonicalUrl(input.url);
      if (!isBookmarkableUrl(url)) throw new StoreError(`cannot bookmark ${sanitizeLine(input.url)}: not an http(s) or file URL`);
      return database.write(() => {
        const existing = rows.byUrl(url);
        const bookmark: Bookmark = {
          id: existing?.id ?? '',
          url,
          title: sanitizeLine(input.title) || sanitizeLine(input.article.title) || existing?.title || url,
          source: sanitizeLine(input.source) || existing?.source || '',
          section: sanitizeLine(input.section) || existing?.section || '',
          savedAt: options.now().toISOString(),
          tags: normalizeTags([...(existing?.tags ?? []), ...(input.tags ?? [])]),
          note: input.note !== undefined ? sanitizeBlock(input.note) : (existing?.note ?? ''),
          hasArticle: true,
        };
        // exact: the fields above are already what is to be stored.
        return rows.put({ bookmark, article: input.article }, true)?.bookmark as Bookmark;
      });
    },
    async remove(idOrUrl) {
      return (await take(idOrUrl))?.bookmark;
    },
    take,
    async restore(entry) {
      const put = database.write(() => rows.put(entry, true));
      if (!put) throw new StoreError(`cannot restore ${sanitizeLine(entry.bookmark.url)}: not an http(s) or file URL`);
      return put.bookmark;
    },
    async setTags(idOrUrl, tags) {
      return database.write(() => {
        const found = find(idOrUrl);
        if (!found) throw new StoreError(`no bookmark ${sanitizeLine(idOrUrl)}`);
        const updated = { ...found, tags: normalizeTags(tags) };
        setTagsOf.run(JSON.stringify(updated.tags), found.id);
        return updated;
      });
    },
    async urls() {
      return new Set(allUrls.all() as string[]);
    },
    async importEntries(entries) {
      return database.write(() => {
        let added = 0;
        let updated = 0;
        for (const entry of entries) {
          const put = rows.put(entry, false);
          if (put?.added) added++;
          else if (put) updated++;
        }
        return { added, updated };
      });
    },
    async exportEntries() {
      const list = withArticles.all() as (BookmarkRow & { article: string | null })[];
      return list.map((row) => {
        const bookmark = toBookmark(row);
        const article = pageOf(bookmark, row.article);
        return { bookmark: { ...bookmark, hasArticle: article !== null }, article };
      });
    },
  };
}
