import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../core/article/types.js';
import { coerceArticle, coerceBookmark } from '../core/bookmarks/shape.js';
import { BOOKMARKS_SCHEMA_VERSION, type ArticleFile, type Bookmark, type BookmarkIndex } from '../core/bookmarks/types.js';
import { writeFileAtomic } from './atomic-file.js';
import { processAlive } from './file-lock.js';

/** Where one bookmark store keeps its files. */
export interface BookmarkPaths {
  dir: string;
  index: string;
  lock: string;
  search: string;
  articles: string;
  /** The single file of schema 1, beside the directory (`<data>/bookmarks.json`). */
  legacy: string;
}

/** Paths of the store in `dir` (`<data>/bookmarks`). */
export function bookmarkPaths(dir: string): BookmarkPaths {
  return {
    dir,
    index: join(dir, 'index.json'),
    lock: join(dir, 'index.lock'),
    search: join(dir, 'search.txt'),
    articles: join(dir, 'articles'),
    legacy: `${dir}.json`,
  };
}

const ID = /^[0-9a-f]{6,32}$/;

/** Path of a bookmark's article file; throws for anything that is not an id (no `../`). */
export function articlePath(paths: BookmarkPaths, id: string): string {
  if (!ID.test(id)) throw new Error(`not a bookmark id: ${id}`);
  return join(paths.articles, `${id}.json`);
}

/** Identity of a file version (inode, size, mtime in ns), '' when missing: a cache key. */
export async function fileVersion(path: string): Promise<string> {
  const info = await stat(path, { bigint: true }).catch(() => undefined);
  return info ? `${info.ino}:${info.size}:${info.mtimeNs}` : '';
}

/** File text, or undefined when it does not exist. */
export async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Writes the index atomically (compact JSON: it is read far more often than by people). */
export async function writeIndex(paths: BookmarkPaths, bookmarks: Bookmark[]): Promise<void> {
  const index: BookmarkIndex = { schemaVersion: BOOKMARKS_SCHEMA_VERSION, bookmarks };
  await writeFileAtomic(paths.index, `${JSON.stringify(index)}\n`);
}

// The search side file: a header line, then `<id>\t<distinct lower-cased body words>` per
// bookmark. Plain lines rather than JSON so a search is one read and one split.
const SEARCH_HEADER = `tidings-bookmark-search ${BOOKMARKS_SCHEMA_VERSION}`;

/** Body words per bookmark id, or undefined when the file is missing or not ours. */
export function parseSearchFile(text: string | undefined): Map<string, string> | undefined {
  if (text === undefined || !text.startsWith(`${SEARCH_HEADER}\n`)) return undefined;
  const map = new Map<string, string>();
  let start = SEARCH_HEADER.length + 1;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const tab = text.indexOf('\t', start);
    if (tab > start && tab < end) map.set(text.slice(start, tab), text.slice(tab + 1, end));
    start = end + 1;
  }
  return map;
}

/** Writes the search side file for exactly `ids`, in that order. */
export async function writeSearchFile(paths: BookmarkPaths, ids: readonly string[], words: Map<string, string>): Promise<void> {
  const parts = [SEARCH_HEADER];
  for (const id of ids) parts.push(`${id}\t${words.get(id) ?? ''}`);
  await writeFileAtomic(paths.search, `${parts.join('\n')}\n`);
}

/** Writes one article file (before the index names it, so the index never points at nothing). */
export async function writeArticleFile(paths: BookmarkPaths, bookmark: Bookmark, article: Article): Promise<void> {
  const file: ArticleFile = { schemaVersion: BOOKMARKS_SCHEMA_VERSION, bookmark, article };
  await writeFileAtomic(articlePath(paths, bookmark.id), JSON.stringify(file));
}

/** Parsed article file; throws SyntaxError when it is not one. */
export function parseArticleFile(text: string, fallbackSavedAt: string): { bookmark?: Bookmark; article: Article } {
  const raw = JSON.parse(text) as Partial<ArticleFile>;
  const article = coerceArticle(raw?.article);
  if (!article) throw new SyntaxError('not a bookmark article file');
  return { bookmark: coerceBookmark(raw.bookmark, fallbackSavedAt), article };
}

/** Ids that have an article file. */
export async function articleIds(paths: BookmarkPaths): Promise<string[]> {
  const names = await readdir(paths.articles).catch(() => [] as string[]);
  return names.filter((n) => n.endsWith('.json') && ID.test(n.slice(0, -5))).map((n) => n.slice(0, -5));
}

/** Removes temp files (`.<name>.<pid>.<hex>.tmp`) left by processes killed mid-write. */
export async function sweepTempFiles(dirs: string[]): Promise<void> {
  for (const dir of dirs) {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      const pid = /^\..+\.(\d+)\.[0-9a-f]+\.tmp$/.exec(name)?.[1];
      if (pid && !processAlive(Number(pid))) await rm(join(dir, name), { force: true });
    }
  }
}
