/**
 * The `bookmarks` table's rows as core's plain objects, and the one way entries are written
 * to it (shared by the store and the first-run import of the old files). Callers run these
 * inside a transaction.
 */
import type { Article } from '../core/article/types.js';
import { mergeBookmark } from '../core/bookmarks/merge.js';
import { bookmarkId, canonicalUrl } from '../core/bookmarks/model.js';
import { articleSearchText } from '../core/bookmarks/search.js';
import { coerceArticle, isBookmarkableUrl } from '../core/bookmarks/shape.js';
import type { Bookmark, BookmarkEntry } from '../core/bookmarks/types.js';
import type { Db } from './database.js';

/** The columns of a listed bookmark (no article, no body). */
export const BOOKMARK_COLUMNS = 'b.id, b.url, b.title, b.source, b.section, b.saved_at, b.tags, b.note, EXISTS (SELECT 1 FROM bookmark_pages p WHERE p.id = b.id) AS has_article';

/** A row selected with {@link BOOKMARK_COLUMNS}. */
export interface BookmarkRow {
  id: string;
  url: string;
  title: string;
  source: string;
  section: string;
  saved_at: string;
  tags: string;
  note: string;
  has_article: number;
}

function parseTags(text: string): string[] {
  try {
    const tags: unknown = JSON.parse(text);
    return Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return []; // a row copied back from a damaged file may hold anything
  }
}

/** A row as a core Bookmark. */
export function toBookmark(row: BookmarkRow): Bookmark {
  return {
    id: row.id, url: row.url, title: row.title, source: row.source, section: row.section,
    savedAt: row.saved_at, tags: parseTags(row.tags), note: row.note, hasArticle: row.has_article === 1,
  };
}

/** The stored article JSON as an Article; throws SyntaxError when it is not one. */
export function parseArticle(text: string): Article {
  const article = coerceArticle(JSON.parse(text));
  if (!article) throw new SyntaxError('not an article');
  return article;
}

/** Reads and writes bookmark rows over one connection (statements prepared once). */
export interface BookmarkRows {
  byUrl(url: string): Bookmark | undefined;
  idTaken(id: string): boolean;
  /** Saves (or with null, drops) the page of bookmark `id`. */
  setPage(id: string, article: Article | null): void;
  /** Inserts or merges one entry by canonical URL; undefined for a URL that cannot be bookmarked. */
  put(entry: BookmarkEntry, exact: boolean): { bookmark: Bookmark; added: boolean } | undefined;
}

/** Prepared statements for {@link BookmarkRows} on `db`. */
export function bookmarkRows(db: Db): BookmarkRows {
  const selectUrl = db.prepare(`SELECT ${BOOKMARK_COLUMNS} FROM bookmarks b WHERE b.url = ?`);
  const selectId = db.prepare('SELECT 1 FROM bookmarks WHERE id = ?').pluck();
  const insert = db.prepare(`INSERT INTO bookmarks (id, url, title, source, section, saved_at, tags, note)
    VALUES (@id, @url, @title, @source, @section, @savedAt, @tags, @note)`);
  const update = db.prepare(`UPDATE bookmarks SET title = @title, source = @source, section = @section, saved_at = @savedAt,
    tags = @tags, note = @note WHERE id = @id`);
  const upsertPage = db.prepare(`INSERT INTO bookmark_pages (id, article, body) VALUES (?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET article = excluded.article, body = excluded.body`);
  const deletePage = db.prepare('DELETE FROM bookmark_pages WHERE id = ?');

  const byUrl = (url: string) => {
    const row = selectUrl.get(url) as BookmarkRow | undefined;
    return row ? toBookmark(row) : undefined;
  };
  const idTaken = (id: string) => selectId.get(id) !== undefined;

  const setPage = (id: string, article: Article | null) => {
    if (article) upsertPage.run(id, JSON.stringify(article), articleSearchText(article));
    else deletePage.run(id);
  };

  return {
    byUrl,
    idTaken,
    setPage,
    put({ bookmark: incoming, article }, exact) {
      const url = canonicalUrl(incoming.url);
      if (!isBookmarkableUrl(url)) return undefined;
      const existing = byUrl(url);
      const fresh = exact && /^[0-9a-f]{6,32}$/.test(incoming.id) && !idTaken(incoming.id) ? incoming.id : bookmarkId(url, idTaken);
      const merged = mergeBookmark(existing, { ...incoming, url }, article !== null, exact, fresh);
      const { id, title, source, section, savedAt, note } = merged;
      (existing ? update : insert).run({ id, url, title, source, section, savedAt, note, tags: JSON.stringify(merged.tags) });
      // An import without a page keeps the page already saved; a restore puts back exactly what it had.
      if (article !== null || (exact && existing)) setPage(id, article);
      return { bookmark: merged, added: !existing };
    },
  };
}
