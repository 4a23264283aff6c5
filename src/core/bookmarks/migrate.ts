import type { Article } from '../article/types.js';
import { htmlToText } from '../text/html-to-text.js';
import { readingStats } from '../article/reading-stats.js';
import { bookmarkId, sortNewestFirst } from './model.js';
import { coerceArticle, coerceBookmark } from './shape.js';
import { BOOKMARKS_SCHEMA_VERSION, type Bookmark, type BookmarkEntry, type BookmarkIndex } from './types.js';

/** Why a file could not be used: unreadable (move it aside) or from a newer tidings (leave it). */
export type IndexProblem = { kind: 'corrupt' | 'newer'; message: string };

/** A checked index, or the problem with it. */
export type IndexReadResult = { ok: true; index: BookmarkIndex; skipped: number } | { ok: false; problem: IndexProblem };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Gives every bookmark an id (keeping valid ones), drops repeated URLs (the newest
 * wins) and sorts newest first.
 */
export function settleBookmarks(bookmarks: Bookmark[]): Bookmark[] {
  const byUrl = new Map<string, Bookmark>();
  for (const b of sortNewestFirst(bookmarks)) if (!byUrl.has(b.url)) byUrl.set(b.url, b);
  const ids = new Set<string>();
  const out: Bookmark[] = [];
  for (const b of byUrl.values()) {
    const id = b.id && !ids.has(b.id) ? b.id : bookmarkId(b.url, (candidate) => ids.has(candidate));
    ids.add(id);
    out.push({ ...b, id });
  }
  return out;
}

/**
 * Checks a parsed `index.json`. Entries that are not bookmarks are skipped and counted;
 * a file without the index shape is corrupt; a higher schemaVersion is refused.
 */
export function readIndexJson(raw: unknown, now: Date): IndexReadResult {
  if (!isObject(raw) || typeof raw.schemaVersion !== 'number' || !Array.isArray(raw.bookmarks)) {
    return { ok: false, problem: { kind: 'corrupt', message: 'not a bookmarks index' } };
  }
  if (raw.schemaVersion > BOOKMARKS_SCHEMA_VERSION) {
    return { ok: false, problem: { kind: 'newer', message: `written by a newer tidings (schema ${raw.schemaVersion}, this one reads ${BOOKMARKS_SCHEMA_VERSION})` } };
  }
  const fallback = now.toISOString();
  const bookmarks = raw.bookmarks.map((b) => coerceBookmark(b, fallback)).filter((b): b is Bookmark => b !== undefined);
  return {
    ok: true,
    index: { schemaVersion: BOOKMARKS_SCHEMA_VERSION, bookmarks: settleBookmarks(bookmarks) },
    skipped: raw.bookmarks.length - bookmarks.length,
  };
}

// Schema 1 (tidings 0.0.x) kept everything in one `<data>/bookmarks.json`:
// {version: 1, items: [{link, headline, feedTitle, category, created (epoch ms), labels,
//  comment, page?: {title, author, site, date, html, lang, direction, summary, image}}]}.
function v1Article(page: unknown, url: string): Article | null {
  if (!isObject(page) || typeof page.html !== 'string') return null;
  const stats = readingStats(htmlToText(page.html));
  const article = coerceArticle({
    url,
    title: page.title,
    byline: page.author,
    siteName: page.site,
    publishedTime: page.date,
    lang: page.lang,
    dir: page.direction,
    excerpt: page.summary,
    contentHtml: page.html,
    leadImage: typeof page.image === 'string' ? { url: page.image, caption: '' } : null,
    tags: [],
    ...stats,
  });
  return article ?? null;
}

/** True when the parsed JSON looks like a schema-1 store. */
export function isV1Store(raw: unknown): boolean {
  return isObject(raw) && raw.version === 1 && Array.isArray(raw.items);
}

/** Converts a schema-1 store into entries of the current schema (newest first). */
export function migrateV1Store(raw: unknown, now: Date): { entries: BookmarkEntry[]; skipped: number } {
  if (!isV1Store(raw)) return { entries: [], skipped: 0 };
  const items = (raw as { items: unknown[] }).items;
  const fallback = now.toISOString();
  const articles = new Map<string, Article | null>();
  const bookmarks: Bookmark[] = [];
  for (const item of items) {
    if (!isObject(item)) continue;
    const bookmark = coerceBookmark({
      url: item.link,
      title: item.headline,
      source: item.feedTitle,
      section: item.category,
      savedAt: item.created,
      tags: item.labels,
      note: item.comment,
    }, fallback);
    if (!bookmark) continue;
    const article = v1Article(item.page, bookmark.url);
    articles.set(bookmark.url, article);
    bookmarks.push({ ...bookmark, hasArticle: article !== null });
  }
  const entries = settleBookmarks(bookmarks).map((bookmark) => ({ bookmark, article: articles.get(bookmark.url) ?? null }));
  return { entries, skipped: items.length - bookmarks.length };
}
