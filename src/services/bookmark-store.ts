import { Buffer } from 'node:buffer';
import { rm } from 'node:fs/promises';
import type { Article } from '../core/article/types.js';
import { StoreError } from '../core/errors.js';
import { bookmarkId, canonicalUrl, findBookmark, hasTag, mergeTags, normalizeTags, sortNewestFirst } from '../core/bookmarks/model.js';
import { mergeEntries } from '../core/bookmarks/merge.js';
import { articleSearchText, searchBookmarks } from '../core/bookmarks/search.js';
import { parseSearchFile } from '../core/bookmarks/search-file.js';
import { isBookmarkableUrl } from '../core/bookmarks/shape.js';
import type { Bookmark, BookmarkEntry, BookmarkInput } from '../core/bookmarks/types.js';
import { sanitizeBlock, sanitizeLine } from '../core/text/sanitize.js';
import {
  articlePath, bodyHits, bookmarkPaths, fileVersion, readSearchBytes, readText, sweepTempFiles,
  writeArticleFile, writeIndex, writeSearchFile, type BookmarkPaths,
} from './bookmark-disk.js';
import { loadIndexLocked, parseIndexText, readArticleText, rebuildSearchWords } from './bookmark-recovery.js';
import { withFileLock, type FileLockOptions } from './file-lock.js';

export type { Bookmark, BookmarkEntry, BookmarkInput } from '../core/bookmarks/types.js';

/** Saved articles on disk, safe to share between processes. Every method re-reads what changed. */
export interface BookmarkStore {
  readonly dir: string;
  /** Every bookmark (or those with `tag`), newest saved first. Loads no article. */
  list(filter?: { tag?: string }): Promise<Bookmark[]>;
  /** Bookmarks whose title, source, section, tags, note or body holds every word of `query`. */
  search(query: string): Promise<Bookmark[]>;
  /** By id, URL or unique id prefix. */
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
  /** URLs of every bookmark, for marking saved headlines. */
  urls(): Promise<Set<string>>;
  /** Merges entries by URL in one write (imports, restores). */
  importEntries(entries: readonly BookmarkEntry[]): Promise<{ added: number; updated: number }>;
  /** Every bookmark with its article (null when it has none), newest first. */
  exportEntries(): Promise<BookmarkEntry[]>;
}

/** Options of {@link createBookmarkStore}. */
export interface BookmarkStoreOptions {
  /** The store directory, `<data>/bookmarks`; schema 1 lived in `<dir>.json`. */
  dir: string;
  now: () => Date;
  warn: (message: string) => void;
  lock?: FileLockOptions;
}

interface Change<T> {
  /** The new index, newest first; leave out to write nothing. */
  bookmarks?: Bookmark[];
  /** Article files to write before the index. */
  articles?: { bookmark: Bookmark; article: Article }[];
  /** New body words per id. */
  words?: Map<string, string>;
  /** Ids whose article file goes after the index is written. */
  dropped?: string[];
  result: T;
}

/**
 * Opens (lazily) the bookmark store in `dir`: `index.json` (schemaVersion + bookmarks),
 * `search.txt` (body words per id) and `articles/<id>.json`. Writes are atomic and made
 * under `index.lock`; a corrupt index is moved aside with a warning and rebuilt from the
 * article files; a schema-1 `bookmarks.json` is migrated on first use.
 */
export function createBookmarkStore(options: BookmarkStoreOptions): BookmarkStore {
  const paths: BookmarkPaths = bookmarkPaths(options.dir);
  const ctx = { paths, now: options.now, warn: options.warn };
  let index: { version: string; bookmarks: Bookmark[] } | undefined;
  let search: { version: string; bytes: Buffer } | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let swept = false;

  // One writer per store object, then one per machine through the lock file.
  function mutate<T>(change: (list: Bookmark[]) => Promise<Change<T>>): Promise<T> {
    const run = queue.then(() => withFileLock(paths.lock, async () => {
      if (!swept) {
        swept = true;
        await sweepTempFiles([paths.dir, paths.articles]);
      }
      const c = await change(await loadIndexLocked(ctx));
      if (c.bookmarks) {
        for (const { bookmark, article } of c.articles ?? []) await writeArticleFile(paths, bookmark, article);
        await writeSearch(c.bookmarks, c.words ?? new Map());
        await writeIndex(paths, c.bookmarks);
        for (const id of c.dropped ?? []) await rm(articlePath(paths, id), { force: true });
      }
      index = undefined;
      return c.result;
    }, options.lock));
    queue = run.catch(() => undefined);
    return run;
  }

  async function writeSearch(list: Bookmark[], fresh: Map<string, string>): Promise<void> {
    const words = parseSearchFile(await readText(paths.search)) ?? (await rebuildSearchWords(ctx, list.filter((b) => !fresh.has(b.id))));
    for (const [id, text] of fresh) words.set(id, text);
    await writeSearchFile(paths, list.map((b) => b.id), words);
    search = undefined;
  }

  async function bookmarks(): Promise<Bookmark[]> {
    const version = await fileVersion(paths.index);
    if (version && index?.version === version) return index.bookmarks;
    if (!version) {
      if (!(await fileVersion(paths.legacy))) return [];
      return mutate(async (list) => ({ result: list }));
    }
    const text = await readText(paths.index);
    const parsed = text === undefined ? undefined : parseIndexText(text, options.now());
    if (!parsed?.ok) return mutate(async (list) => ({ result: list }));
    if (parsed.skipped) options.warn(`skipped ${parsed.skipped} unreadable entries in ${paths.index}`);
    index = { version, bookmarks: parsed.index.bookmarks };
    return index.bookmarks;
  }

  // The side file's bytes, kept between searches while the file is unchanged.
  async function searchBytes(list: Bookmark[]): Promise<Buffer> {
    const version = await fileVersion(paths.search);
    if (version && search?.version === version) return search.bytes;
    const bytes = await readSearchBytes(paths);
    if (bytes) {
      search = { version, bytes };
      return bytes;
    }
    if (!list.some((b) => b.hasArticle)) return Buffer.alloc(0);
    // Lost or foreign side file: rebuild it from the article files once, under the lock.
    await mutate(async (current) => ({ bookmarks: current, result: undefined }));
    return (await readSearchBytes(paths)) ?? Buffer.alloc(0);
  }

  async function articleOf(bookmark: Bookmark): Promise<Article | null> {
    if (!bookmark.hasArticle) return null;
    const read = await readArticleText(ctx, bookmark.id);
    return read.ok ? read.article : null;
  }


  async function take(idOrUrl: string): Promise<BookmarkEntry | undefined> {
    return mutate(async (list) => {
      const found = findBookmark(list, idOrUrl);
      if (!found) return { result: undefined };
      const article = await articleOf(found);
      return { bookmarks: list.filter((b) => b.id !== found.id), dropped: [found.id], result: { bookmark: found, article } };
    });
  }

  return {
    dir: paths.dir,
    async list(filter) {
      const all = await bookmarks();
      return filter?.tag ? all.filter((b) => hasTag(b, filter.tag as string)) : [...all];
    },
    async search(query) {
      const list = await bookmarks();
      const bytes = await searchBytes(list);
      return searchBookmarks(list, query, (term) => bodyHits(bytes, term));
    },
    async get(idOrUrl) {
      return findBookmark(await bookmarks(), idOrUrl);
    },
    async readArticle(idOrUrl) {
      const found = findBookmark(await bookmarks(), idOrUrl);
      if (!found?.hasArticle) return undefined;
      const read = await readArticleText(ctx, found.id);
      if (read.ok) return read.article;
      if (read.missing) return undefined;
      // Unreadable: move it aside under the lock and mark the bookmark link-only.
      return mutate(async (list) => {
        const again = await readArticleText(ctx, found.id, { quarantine: true });
        if (again.ok) return { result: again.article };
        const next = list.map((b) => (b.id === found.id ? { ...b, hasArticle: false } : b));
        return { bookmarks: next, result: undefined };
      });
    },
    async add(input) {
      const url = canonicalUrl(input.url);
      if (!isBookmarkableUrl(url)) throw new StoreError(`cannot bookmark ${sanitizeLine(input.url)}: not an http(s) or file URL`);
      return mutate(async (list) => {
        const existing = list.find((b) => b.url === url);
        const bookmark: Bookmark = {
          id: existing?.id ?? bookmarkId(url, (c) => list.some((b) => b.id === c)),
          url,
          title: sanitizeLine(input.title) || sanitizeLine(input.article.title) || existing?.title || url,
          source: sanitizeLine(input.source) || existing?.source || '',
          section: sanitizeLine(input.section) || existing?.section || '',
          savedAt: options.now().toISOString(),
          tags: mergeTags(existing?.tags ?? [], input.tags),
          note: input.note !== undefined ? sanitizeBlock(input.note) : (existing?.note ?? ''),
          hasArticle: true,
        };
        return {
          bookmarks: sortNewestFirst([bookmark, ...list.filter((b) => b.id !== bookmark.id)]),
          articles: [{ bookmark, article: input.article }],
          words: new Map([[bookmark.id, articleSearchText(input.article)]]),
          result: bookmark,
        };
      });
    },
    async remove(idOrUrl) {
      return (await take(idOrUrl))?.bookmark;
    },
    take,
    async restore(entry) {
      const { last } = await mutate(async (list) => mergeEntries(list, [entry], true));
      if (!last) throw new StoreError(`cannot restore ${entry.bookmark.url}`);
      return last;
    },
    async setTags(idOrUrl, tags) {
      return mutate(async (list) => {
        const found = findBookmark(list, idOrUrl);
        if (!found) throw new StoreError(`no bookmark ${sanitizeLine(idOrUrl)}`);
        const updated = { ...found, tags: normalizeTags(tags) };
        const article = await articleOf(found);
        return {
          bookmarks: list.map((b) => (b.id === found.id ? updated : b)),
          articles: article ? [{ bookmark: updated, article }] : [],
          result: updated,
        };
      });
    },
    async urls() {
      return new Set((await bookmarks()).map((b) => b.url));
    },
    async importEntries(entries) {
      const { added, updated } = await mutate(async (list) => mergeEntries(list, entries, false));
      return { added, updated };
    },
    async exportEntries() {
      const out: BookmarkEntry[] = [];
      for (const bookmark of await bookmarks()) out.push({ bookmark, article: await articleOf(bookmark) });
      return out;
    },
  };
}
