import { rename } from 'node:fs/promises';
import type { Article } from '../core/article/types.js';
import { StoreError } from '../core/errors.js';
import { isV1Store, migrateV1Store, readIndexJson, settleBookmarks, type IndexReadResult } from '../core/bookmarks/migrate.js';
import { articleSearchText } from '../core/bookmarks/search.js';
import { sanitizeLine } from '../core/text/sanitize.js';
import type { Bookmark } from '../core/bookmarks/types.js';
import {
  articleIds, articlePath, parseArticleFile, readText, writeArticleFile, writeIndex, writeSearchFile, type BookmarkPaths,
} from './bookmark-disk.js';
import { quarantineFile } from './quarantine.js';

/** What the recovery steps need from their store. */
export interface StoreContext {
  paths: BookmarkPaths;
  now: () => Date;
  warn: (message: string) => void;
}

/** Parses index text; invalid JSON is a corrupt index. */
export function parseIndexText(text: string, now: Date): IndexReadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: 'corrupt', message: 'not valid JSON' } };
  }
  return readIndexJson(raw, now);
}

/** An article file's content, or whether it was missing (vs unreadable). */
export type ArticleRead = { ok: true; article: Article } | { ok: false; missing: boolean };

/** Reads a saved article; with `quarantine`, an unreadable file is moved aside with a warning. */
export async function readArticleText(ctx: StoreContext, id: string, options: { quarantine?: boolean } = {}): Promise<ArticleRead> {
  const path = articlePath(ctx.paths, id);
  const text = await readText(path);
  if (text === undefined) return { ok: false, missing: true };
  try {
    return { ok: true, article: parseArticleFile(text, ctx.now().toISOString()).article };
  } catch {
    if (options.quarantine) {
      const aside = quarantineFile(path, ctx.now());
      ctx.warn(`the saved article of bookmark ${id} was unreadable and was moved to ${aside}`);
    }
    return { ok: false, missing: false };
  }
}

/** Body words of the given bookmarks, read from their article files. */
export async function rebuildSearchWords(ctx: StoreContext, list: readonly Bookmark[]): Promise<Map<string, string>> {
  const words = new Map<string, string>();
  for (const bookmark of list) {
    if (!bookmark.hasArticle) continue;
    const read = await readArticleText(ctx, bookmark.id);
    if (read.ok) words.set(bookmark.id, articleSearchText(read.article));
  }
  return words;
}

async function writeAll(ctx: StoreContext, bookmarks: Bookmark[], words: Map<string, string>): Promise<void> {
  await writeSearchFile(ctx.paths, bookmarks.map((b) => b.id), words);
  await writeIndex(ctx.paths, bookmarks);
}

// Every article file keeps a copy of its bookmark, so a lost index can be rebuilt from them.
async function rebuildFromArticles(ctx: StoreContext): Promise<{ bookmarks: Bookmark[]; words: Map<string, string> }> {
  const found: Bookmark[] = [];
  const words = new Map<string, string>();
  const fallback = ctx.now().toISOString();
  for (const id of await articleIds(ctx.paths)) {
    const text = await readText(articlePath(ctx.paths, id));
    if (text === undefined) continue;
    try {
      const { bookmark, article } = parseArticleFile(text, fallback);
      const url = bookmark?.url ?? article.url;
      if (!url) continue;
      found.push({
        id, url, title: bookmark?.title || sanitizeLine(article.title) || url, source: bookmark?.source ?? sanitizeLine(article.siteName),
        section: bookmark?.section ?? '', savedAt: bookmark?.savedAt ?? fallback, tags: bookmark?.tags ?? [], note: bookmark?.note ?? '', hasArticle: true,
      });
      words.set(id, articleSearchText(article));
    } catch {
      // An unreadable article file stays where it is; readArticle moves it aside when asked for.
    }
  }
  return { bookmarks: settleBookmarks(found), words };
}

async function recoverCorrupt(ctx: StoreContext, why: string): Promise<Bookmark[]> {
  const aside = quarantineFile(ctx.paths.index, ctx.now());
  const { bookmarks, words } = await rebuildFromArticles(ctx);
  await writeAll(ctx, bookmarks, words);
  const rebuilt = bookmarks.length
    ? `rebuilt ${bookmarks.length} bookmark${bookmarks.length === 1 ? '' : 's'} from their saved articles`
    : 'started an empty one';
  ctx.warn(`the bookmarks index was unreadable (${why}); moved it to ${aside} and ${rebuilt}`);
  return bookmarks;
}

// Schema 1 kept everything in `<data>/bookmarks.json`; it is kept as `.v1-backup` afterwards.
async function migrateLegacy(ctx: StoreContext, text: string): Promise<Bookmark[]> {
  const { legacy } = ctx.paths;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = undefined;
  }
  if (!isV1Store(raw)) {
    const aside = quarantineFile(legacy, ctx.now());
    ctx.warn(`${legacy} is not a bookmark file this tidings can read; moved it to ${aside}`);
    return [];
  }
  const { entries, skipped } = migrateV1Store(raw, ctx.now());
  const words = new Map<string, string>();
  for (const { bookmark, article } of entries) {
    if (!article) continue;
    await writeArticleFile(ctx.paths, bookmark, article);
    words.set(bookmark.id, articleSearchText(article));
  }
  const bookmarks = entries.map((e) => e.bookmark);
  await writeAll(ctx, bookmarks, words);
  await rename(legacy, `${legacy}.v1-backup`);
  if (skipped) ctx.warn(`${skipped} entries of ${legacy} were not bookmarks and were left out (the file is kept as ${legacy}.v1-backup)`);
  return bookmarks;
}

/**
 * The current bookmarks, read while holding the lock: migrates a schema-1 file, moves a
 * corrupt index aside and rebuilds it, refuses an index from a newer tidings.
 */
export async function loadIndexLocked(ctx: StoreContext): Promise<Bookmark[]> {
  const text = await readText(ctx.paths.index);
  if (text === undefined) {
    const legacy = await readText(ctx.paths.legacy);
    return legacy === undefined ? [] : migrateLegacy(ctx, legacy);
  }
  const parsed = parseIndexText(text, ctx.now());
  if (parsed.ok) return parsed.index.bookmarks;
  if (parsed.problem.kind === 'newer') throw new StoreError(`${ctx.paths.index}: ${parsed.problem.message}`);
  return recoverCorrupt(ctx, parsed.problem.message);
}
