import { exportJson, parseJsonBookmarks } from '../core/bookmarks/exchange-json.js';
import { exportMarkdown } from '../core/bookmarks/markdown.js';
import { exportNetscape, looksLikeNetscape, parseNetscape } from '../core/bookmarks/netscape.js';
import { TidingsError, UsageError } from '../core/errors.js';
import { sanitizeLine } from '../core/text/sanitize.js';
import { bookmarkImport, bookmarkList, bookmarkRemoved, bookmarkSaved, bookmarkTagged } from '../output/bookmarks.js';
import { show } from '../output/view.js';
import { createBookmarkStore, type BookmarkStore } from '../services/bookmark-store.js';
import type { FormatFlags, Outcome } from './output-format.js';
import type { Runtime } from './runtime.js';
import { readUserFile } from './user-file.js';
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

function notFound(rt: Runtime, target: string): number {
  rt.io.stderr.write(`tidings: no bookmark ${sanitizeLine(target)} (see: tidings bookmarks list)\n`);
  return 1;
}

// Saving and printing pages need the reader (Readability, linkedom) and the article layout:
// loaded only for them, so list and search start quicker.
const articleTarget = () => import('./article-target.js');
const articlePrint = () => import('./article-print.js');

async function add(rt: Runtime, store: BookmarkStore, o: BookmarksOptions, target: string): Promise<Outcome> {
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
  return show(bookmarkSaved, { updated: existed, bookmark });
}

async function read(rt: Runtime, store: BookmarkStore, target: string): Promise<Outcome> {
  const bookmark = await store.get(target);
  if (!bookmark) return notFound(rt, target);
  const article = await store.readArticle(bookmark.id);
  if (!article) {
    rt.io.stderr.write(`tidings: bookmark ${bookmark.id} has no saved page (it was imported as a link); save it with: tidings bookmarks add ${sanitizeLine(bookmark.url)}\n`);
    return 1;
  }
  return (await articlePrint()).articleShown(rt, article);
}

async function importFile(rt: Runtime, store: BookmarkStore, file: string): Promise<Outcome> {
  const text = readUserFile(rt, file).replace(/^\ufeff/, '');
  const now = rt.io.now();
  let parsed: ReturnType<typeof parseNetscape>;
  try {
    if (/^\s*[[{]/.test(text)) parsed = parseJsonBookmarks(text, now);
    else if (looksLikeNetscape(text)) parsed = parseNetscape(text, now);
    else throw new SyntaxError('not a JSON or Netscape bookmark file');
  } catch (error) {
    // Nothing usable in the file: exit 1, as for an empty one (README: exit codes).
    if (error instanceof SyntaxError) throw new TidingsError(`${file}: ${error.message}`);
    throw error;
  }
  const { added, updated } = await store.importEntries(parsed.entries);
  const withoutPage = parsed.entries.filter((e) => !e.article).length;
  // Exit 1 when the file held entries and none was usable, in every format (README: exit codes).
  return show(bookmarkImport, { added, updated, skipped: parsed.skipped, withoutPage }, parsed.entries.length > 0 || parsed.skipped === 0 ? 0 : 1);
}

async function exportAll(rt: Runtime, store: BookmarkStore, o: BookmarksOptions): Promise<Outcome> {
  const format = o.format ?? 'json';
  const now = rt.io.now();
  if (format === 'json') return exportJson(await store.exportEntries(), now);
  return format === 'markdown' ? exportMarkdown(await store.list(), now) : exportNetscape(await store.list());
}

/** `tidings bookmarks list|add|remove|tag|read|search|export|import`. */
export async function runBookmarks(rt: Runtime, action: BookmarksAction, o: BookmarksOptions, ...args: string[]): Promise<Outcome> {
  const store = bookmarkStoreFor(rt);
  const [target = ''] = args;
  switch (action) {
    case 'add':
      return add(rt, store, o, target);
    case 'read':
      return read(rt, store, target);
    case 'import':
      return importFile(rt, store, target);
    case 'export':
      return exportAll(rt, store, o);
    case 'search': {
      const query = args.join(' ');
      return show(bookmarkList, { query, bookmarks: await store.search(query), empty: `no bookmarks match "${sanitizeLine(query)}"` });
    }
    case 'remove': {
      const removed = await store.remove(target);
      if (!removed) return notFound(rt, target);
      return show(bookmarkRemoved, { removed });
    }
    case 'tag': {
      if (!(await store.get(target))) return notFound(rt, target);
      return show(bookmarkTagged, { bookmark: await store.setTags(target, args.slice(1)) });
    }
    default: {
      const tag = asList(o.tag)[0];
      const empty = tag ? `no bookmarks tagged ${sanitizeLine(tag)}` : 'no bookmarks yet (save one: tidings bookmarks add <url | item-id>)';
      return show(bookmarkList, { bookmarks: await store.list(tag ? { tag } : undefined), empty });
    }
  }
}
