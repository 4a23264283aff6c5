import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bookmarkJson, exportJson, parseJsonBookmarks, terminalSafeJson } from '../core/bookmarks/exchange-json.js';
import { exportMarkdown } from '../core/bookmarks/markdown.js';
import { exportNetscape, looksLikeNetscape, parseNetscape } from '../core/bookmarks/netscape.js';
import type { Bookmark } from '../core/bookmarks/types.js';
import { UsageError } from '../core/errors.js';
import { sanitizeLine } from '../core/text/sanitize.js';
import { formatBookmarkRows, formatBookmarkSummary } from '../output/bookmarks.js';
import { createBookmarkStore, type BookmarkStore } from '../services/bookmark-store.js';
import { outputFormat, stylerFor, type FormatFlags } from './output-format.js';
import type { Runtime } from './runtime.js';
import { urlHost } from '../core/text/url-host.js';

/** Options of the `bookmarks` subcommands. */
export interface BookmarksOptions extends FormatFlags {
  /** `list --tag T` filters; `add --tag T …` (repeatable) tags. */
  tag?: string | string[];
  note?: string;
  format?: 'json' | 'markdown' | 'html';
  /** `read --no-pager`. */
  pager?: boolean;
}

/** The `bookmarks` subcommands. */
export type BookmarksAction = 'list' | 'add' | 'remove' | 'tag' | 'read' | 'search' | 'export' | 'import';

/** The bookmark store in the runtime's database, warning through the runtime. */
export function bookmarkStoreFor(rt: Runtime): BookmarkStore {
  return createBookmarkStore({ database: rt.database, now: rt.io.now, warn: rt.warn });
}

const asList = (tags: string | string[] | undefined) => (tags === undefined ? [] : Array.isArray(tags) ? tags : [tags]);

function print(rt: Runtime, text: string): void {
  rt.io.stdout.write(text);
}

function printJsonSafe(rt: Runtime, value: unknown): void {
  print(rt, `${terminalSafeJson(value, 2)}\n`);
}

function notFound(rt: Runtime, target: string): number {
  rt.io.stderr.write(`tidings: no bookmark ${sanitizeLine(target)} (see: tidings bookmarks list)\n`);
  return 1;
}

function printList(rt: Runtime, o: BookmarksOptions, bookmarks: Bookmark[], empty: string, extra: Record<string, unknown> = {}): number {
  if (outputFormat(o) === 'json') {
    printJsonSafe(rt, { ...extra, bookmarks: bookmarks.map(bookmarkJson) });
    return 0;
  }
  if (bookmarks.length === 0) print(rt, `${empty}\n`);
  else print(rt, formatBookmarkRows(bookmarks, { width: rt.rowWidth, now: rt.io.now(), style: stylerFor(rt, outputFormat(o)) }));
  return 0;
}


// Saving and printing pages need the reader (Readability, linkedom) and the article layout:
// loaded only for them, so list and search start quicker.
const articleTarget = () => import('./article-target.js');
const articlePrint = () => import('./article-print.js');

async function add(rt: Runtime, store: BookmarkStore, o: BookmarksOptions, target: string): Promise<number> {
  const { articleServiceFor, resolveTarget } = await articleTarget();
  const { url, item, fallback } = await resolveTarget(rt, target);
  if (!url) throw new UsageError(`${sanitizeLine(target)}: the item has no link to save (see: tidings headlines --json)`);
  const loaded = await articleServiceFor(rt).load(url, { offline: rt.globals.offline, fallback });
  if (loaded.notice) rt.io.stderr.write(`tidings: ${loaded.notice}\n`);
  const existed = (await store.get(url)) !== undefined;
  const bookmark = await store.add({
    url,
    title: item?.title || loaded.article.title,
    source: item?.source || loaded.article.siteName || urlHost(loaded.article.url || url),
    section: item?.sectionIds[0] ?? '',
    tags: asList(o.tag),
    note: o.note,
    article: loaded.article,
  });
  if (outputFormat(o) === 'json') printJsonSafe(rt, { updated: existed, bookmark: bookmarkJson(bookmark) });
  else print(rt, `${existed ? 'updated' : 'saved'} for offline reading:\n${formatBookmarkSummary(bookmark, stylerFor(rt, outputFormat(o)))}`);
  return 0;
}

async function read(rt: Runtime, store: BookmarkStore, o: BookmarksOptions, target: string): Promise<number> {
  const bookmark = await store.get(target);
  if (!bookmark) return notFound(rt, target);
  const article = await store.readArticle(bookmark.id);
  if (!article) {
    rt.io.stderr.write(`tidings: bookmark ${bookmark.id} has no saved page (it was imported as a link); save it with: tidings bookmarks add ${sanitizeLine(bookmark.url)}\n`);
    return 1;
  }
  await (await articlePrint()).printArticle(rt, article, outputFormat(o), o.pager !== false);
  return 0;
}

function readImportFile(rt: Runtime, file: string): string {
  try {
    return readFileSync(resolve(rt.io.cwd, file), 'utf8');
  } catch {
    throw new UsageError(`${file}: cannot read the file`);
  }
}

async function importFile(rt: Runtime, store: BookmarkStore, o: BookmarksOptions, file: string): Promise<number> {
  const text = readImportFile(rt, file).replace(/^\ufeff/, '');
  const now = rt.io.now();
  let parsed: ReturnType<typeof parseNetscape>;
  try {
    if (/^\s*[[{]/.test(text)) parsed = parseJsonBookmarks(text, now);
    else if (looksLikeNetscape(text)) parsed = parseNetscape(text, now);
    else throw new SyntaxError('not a JSON or Netscape bookmark file');
  } catch (error) {
    if (error instanceof SyntaxError) throw new UsageError(`${file}: ${error.message}`);
    throw error;
  }
  const { added, updated } = await store.importEntries(parsed.entries);
  const linkOnly = parsed.entries.filter((e) => !e.article).length;
  if (outputFormat(o) === 'json') {
    printJsonSafe(rt, { added, updated, skipped: parsed.skipped, withoutPage: linkOnly });
    return 0;
  }
  print(rt, `imported ${added + updated} bookmark${added + updated === 1 ? '' : 's'} (${added} new, ${updated} updated)\n`);
  if (parsed.skipped) print(rt, `skipped ${parsed.skipped} entr${parsed.skipped === 1 ? 'y' : 'ies'} without a usable http(s) or file URL\n`);
  if (linkOnly) print(rt, `${linkOnly} came without a saved page; tidings bookmarks add <url> saves one for offline reading\n`);
  return parsed.entries.length > 0 || parsed.skipped === 0 ? 0 : 1;
}

async function exportAll(rt: Runtime, store: BookmarkStore, o: BookmarksOptions): Promise<number> {
  const format = o.format ?? 'json';
  const now = rt.io.now();
  if (format === 'json') print(rt, exportJson(await store.exportEntries(), now));
  else if (format === 'markdown') print(rt, exportMarkdown(await store.list(), now));
  else print(rt, exportNetscape(await store.list()));
  return 0;
}

/** `tidings bookmarks list|add|remove|tag|read|search|export|import`. */
export async function runBookmarks(rt: Runtime, action: BookmarksAction, o: BookmarksOptions, ...args: string[]): Promise<number> {
  const store = bookmarkStoreFor(rt);
  const [target = ''] = args;
  switch (action) {
    case 'add':
      return add(rt, store, o, target);
    case 'read':
      return read(rt, store, o, target);
    case 'import':
      return importFile(rt, store, o, target);
    case 'export':
      return exportAll(rt, store, o);
    case 'search': {
      const query = args.join(' ');
      return printList(rt, o, await store.search(query), `no bookmarks match "${sanitizeLine(query)}"`, { query });
    }
    case 'remove': {
      const removed = await store.remove(target);
      if (!removed) return notFound(rt, target);
      if (outputFormat(o) === 'json') printJsonSafe(rt, { removed: bookmarkJson(removed) });
      else print(rt, `removed ${removed.id} ${sanitizeLine(removed.title)}\n`);
      return 0;
    }
    case 'tag': {
      if (!(await store.get(target))) return notFound(rt, target);
      const tagged = await store.setTags(target, args.slice(1));
      if (outputFormat(o) === 'json') printJsonSafe(rt, { bookmark: bookmarkJson(tagged) });
      else print(rt, `${tagged.id} ${tagged.tags.length ? `tagged ${tagged.tags.map((t) => `#${t}`).join(' ')}` : 'has no tags now'}\n`);
      return 0;
    }
    default: {
      const tag = asList(o.tag)[0];
      const list = await store.list(tag ? { tag } : undefined);
      return printList(rt, o, list, tag ? `no bookmarks tagged ${sanitizeLine(tag)}` : 'no bookmarks yet (save one: tidings bookmarks add <url | item-id>)');
    }
  }
}
