import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { Buffer } from 'node:buffer';
import { join } from 'node:path';
import type { Article } from '../core/article/types.js';
import { SEARCH_HEADER, serializeSearchFile } from '../core/bookmarks/search-file.js';
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

/** Writes the search side file for exactly `ids`, in that order. */
export async function writeSearchFile(paths: BookmarkPaths, ids: readonly string[], words: ReadonlyMap<string, string>): Promise<void> {
  await writeFileAtomic(paths.search, serializeSearchFile(ids, words));
}

const HEADER_BYTES = Buffer.from(`${SEARCH_HEADER}\n`, 'utf8');

/** The search file's bytes, or undefined when it is missing or not a search file. */
export async function readSearchBytes(paths: BookmarkPaths): Promise<Buffer | undefined> {
  const bytes = await readFile(paths.search).catch(() => undefined);
  return bytes && bytes.subarray(0, HEADER_BYTES.length).equals(HEADER_BYTES) ? bytes : undefined;
}

/**
 * Ids whose body words contain `term`. Searches the raw UTF-8 bytes (no decoding, no
 * parsing: one native indexOf per hit) and skips to the next line after each hit.
 */
export function bodyHits(file: Buffer, term: string): Set<string> {
  const ids = new Set<string>();
  const needle = Buffer.from(term, 'utf8');
  if (needle.length === 0) return ids;
  let at = file.indexOf(needle, HEADER_BYTES.length);
  while (at !== -1) {
    const start = file.lastIndexOf(0x0a, at) + 1;
    const tab = file.indexOf(0x09, start);
    let end = file.indexOf(0x0a, at);
    if (end === -1) end = file.length;
    // A hit in the id column, or one running across a line end, is not a body hit.
    if (tab !== -1 && tab < at && at + needle.length <= end) ids.add(file.toString('latin1', start, tab));
    at = file.indexOf(needle, end + 1);
  }
  return ids;
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
