/**
 * First run after upgrading: the bookmarks older tidings kept in files go into the database.
 * Both old layouts are read: the directory (`<data>/bookmarks/index.json` and one
 * `articles/<id>.json` per page, each page carrying a copy of its bookmark, so entries a
 * damaged index lost are still found) and schema 1's single `<data>/bookmarks.json`.
 * Synchronous: it runs inside the transaction that creates the database.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isV1Store, migrateV1Store, readIndexJson } from '../core/bookmarks/migrate.js';
import { coerceArticle, coerceBookmark } from '../core/bookmarks/shape.js';
import type { Article } from '../core/article/types.js';
import type { Bookmark, BookmarkEntry } from '../core/bookmarks/types.js';
import { sanitizeLine } from '../core/text/sanitize.js';
import { bookmarkRows } from './bookmark-rows.js';
import { registerLegacyImporter, type LegacyContext, type LegacyImporter } from './legacy-import.js';
import type { TidingsPaths } from './paths.js';
import { legacyBookmarkFiles } from './legacy-paths.js';

const ARTICLE_FILE = /^[0-9a-f]{6,32}\.json$/;

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The pages of the directory layout, by bookmark id, each with the bookmark it was saved with. */
function articleFiles(dir: string, fallback: string): Map<string, { bookmark?: Bookmark; article: Article }> {
  const pages = new Map<string, { bookmark?: Bookmark; article: Article }>();
  const folder = join(dir, 'articles');
  const names = existsSync(folder) ? readdirSync(folder).filter((n) => ARTICLE_FILE.test(n)) : [];
  for (const name of names) {
    const raw = readJson(join(folder, name)) as { bookmark?: unknown; article?: unknown } | undefined;
    const article = coerceArticle(raw?.article);
    if (article) pages.set(name.slice(0, -5), { bookmark: coerceBookmark(raw?.bookmark, fallback), article });
  }
  return pages;
}

/** Entries of the directory layout: the index's, then pages the index no longer names. */
function directoryEntries(ctx: LegacyContext, dir: string): BookmarkEntry[] {
  const fallback = ctx.now.toISOString();
  const pages = articleFiles(dir, fallback);
  const index = existsSync(join(dir, 'index.json')) ? readIndexJson(readJson(join(dir, 'index.json')), ctx.now) : undefined;
  if (index && !index.ok) ctx.warn(`${join(dir, 'index.json')} was unreadable (${index.problem.message}); bookmarks were taken from the saved pages`);
  if (index?.ok && index.skipped) ctx.warn(`skipped ${index.skipped} unreadable entries in ${join(dir, 'index.json')}`);
  const listed = index?.ok ? index.index.bookmarks : [];
  const entries: BookmarkEntry[] = listed.map((bookmark) => {
    const article = bookmark.hasArticle ? pages.get(bookmark.id)?.article ?? null : null;
    pages.delete(bookmark.id);
    return { bookmark: { ...bookmark, hasArticle: article !== null }, article };
  });
  for (const [id, { bookmark, article }] of pages) {
    const url = bookmark?.url ?? article.url;
    if (!url) continue;
    const found: Bookmark = bookmark ?? { id, url, title: sanitizeLine(article.title) || url, source: sanitizeLine(article.siteName), section: '', savedAt: fallback, tags: [], note: '', hasArticle: true };
    entries.push({ bookmark: { ...found, id, hasArticle: true }, article });
  }
  return entries;
}

function schemaOneEntries(ctx: LegacyContext, file: string): BookmarkEntry[] {
  const raw = readJson(file);
  if (!isV1Store(raw)) {
    ctx.warn(`${file} is not a bookmark file this tidings can read; it was left as it is`);
    return [];
  }
  const { entries, skipped } = migrateV1Store(raw, ctx.now);
  if (skipped) ctx.warn(`${skipped} entries of ${file} were not bookmarks and were left out`);
  return entries;
}

/** The old bookmark files under `paths.data` that exist. */
function legacyFiles(paths: TidingsPaths): string[] {
  return legacyBookmarkFiles(paths).filter((p) => existsSync(p));
}

/** The importer of both old bookmark layouts. */
export const legacyBookmarks: LegacyImporter = {
  files: legacyFiles,
  run(ctx) {
    const rows = bookmarkRows(ctx.db);
    const [dir, file] = [join(ctx.paths.data, 'bookmarks'), join(ctx.paths.data, 'bookmarks.json')];
    const entries = [
      ...(existsSync(dir) ? directoryEntries(ctx, dir) : []),
      ...(existsSync(file) ? schemaOneEntries(ctx, file) : []),
    ];
    // exact for the first copy of a URL keeps its id and date; a later copy is merged in.
    let count = 0;
    for (const entry of entries) if (rows.put(entry, rows.byUrl(entry.bookmark.url) === undefined)?.added) count++;
    return count > 0 ? `${count.toLocaleString('en-US')} bookmark${count === 1 ? '' : 's'}` : undefined;
  },
};

registerLegacyImporter(legacyBookmarks);
