import { terminalSafeJson } from '../text/safe-json.js';
import { sanitizeBlock, sanitizeLine } from '../text/sanitize.js';
import { isoOr } from './model.js';
import { isV1Store, migrateV1Store, readIndexJson } from './migrate.js';
import { coerceArticle, coerceBookmark } from './shape.js';
import { BOOKMARKS_SCHEMA_VERSION, type Bookmark, type BookmarkEntry } from './types.js';

/** The `format` tag of a tidings JSON export. */
export const JSON_EXPORT_FORMAT = 'tidings-bookmarks';

/** A bookmark's fields as `--json` prints them (the same keys as the export, no article). */
export function bookmarkJson(bookmark: Bookmark): Record<string, unknown> {
  return {
    id: bookmark.id,
    url: sanitizeLine(bookmark.url),
    title: sanitizeLine(bookmark.title),
    source: sanitizeLine(bookmark.source),
    section: sanitizeLine(bookmark.section),
    savedAt: isoOr(bookmark.savedAt, bookmark.savedAt),
    tags: bookmark.tags.map(sanitizeLine),
    note: sanitizeBlock(bookmark.note),
    offline: bookmark.hasArticle,
  };
}

/** The JSON export: every bookmark with its whole article, stable keys. */
export function exportJson(entries: readonly BookmarkEntry[], now: Date): string {
  const bookmarks = entries.map(({ bookmark, article }) => {
    const { offline: _offline, ...fields } = bookmarkJson(bookmark);
    return { ...fields, article };
  });
  return `${terminalSafeJson({ format: JSON_EXPORT_FORMAT, schemaVersion: BOOKMARKS_SCHEMA_VERSION, exportedAt: now.toISOString(), bookmarks }, 2)}\n`;
}

function entryFrom(raw: unknown, fallback: string): BookmarkEntry | undefined {
  const bookmark = coerceBookmark(raw, fallback);
  if (!bookmark) return undefined;
  const article = coerceArticle((raw as { article?: unknown }).article) ?? null;
  return { bookmark: { ...bookmark, hasArticle: article !== null }, article };
}

/**
 * Reads a JSON file of bookmarks: a tidings export, a schema-1 store, an `index.json` or
 * a bare array of `{url, title, …}`. Unusable entries are counted in `skipped`.
 */
export function parseJsonBookmarks(text: string, now: Date): { entries: BookmarkEntry[]; skipped: number } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new SyntaxError('not valid JSON');
  }
  if (isV1Store(raw)) return migrateV1Store(raw, now);
  const fallback = now.toISOString();
  const list = Array.isArray(raw) ? raw : (raw as { bookmarks?: unknown } | null)?.bookmarks;
  if (!Array.isArray(list)) {
    const checked = readIndexJson(raw, now);
    throw new SyntaxError(checked.ok ? 'no bookmarks in the file' : checked.problem.message);
  }
  const entries = list.map((item) => entryFrom(item, fallback)).filter((e): e is BookmarkEntry => e !== undefined);
  return { entries, skipped: list.length - entries.length };
}
