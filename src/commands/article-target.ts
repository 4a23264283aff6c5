/**
 * What `read`, `bookmarks add` and `listen` are pointed at (a URL, a local file or an item
 * key) resolved to a page and the feed item's own text, and the article service they load it with.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { feedFallback, type FeedFallback } from '../core/article/feed-fallback.js';
import { flattenSections } from '../core/edition/edition.js';
import { feedSource, routedSections, type Headline } from '../core/edition/headlines.js';
import { FetchError, UsageError } from '../core/errors.js';
import { createArticleCache, megabytes } from '../services/article-cache.js';
import { createArticleService, type ArticleService } from '../services/article-service.js';
import { loadEditionNews, networkUse, type CacheFlags } from './edition-news.js';
import type { Runtime } from './runtime.js';

/** What a `read` / `bookmarks add` argument names: a page, and the feed item when it was an id. */
export interface ReadTarget {
  /** '' when the item has no link. */
  url: string;
  fallback?: FeedFallback;
  item?: Headline;
}

/** The article service over the runtime's HTTP client and the database's article cache. */
export function articleServiceFor(rt: Runtime): ArticleService {
  const cache = createArticleCache({ database: () => rt.database, now: rt.io.now, capBytes: megabytes(rt.settings.get('articleCacheMB')), warn: rt.warnAfter });
  return createArticleService({ http: rt.http, cache, now: rt.io.now });
}

async function findItem(rt: Runtime, key: string, flags: CacheFlags): Promise<Headline | undefined> {
  // The database first: ids come from an earlier `headlines`, so no network is needed.
  const name = rt.editionName();
  const edition = rt.editions.load(name, rt.editionChanges.get(name));
  const lookup = (): Headline | undefined => {
    const found = rt.items.find(key);
    if (!found) return undefined;
    const { item, feedUrl } = found;
    return { ...item, key: found.key, feedUrl, source: feedSource(edition, feedUrl, { title: found.feedTitle }), sectionIds: routedSections(flattenSections(edition.sections), feedUrl, item) };
  };
  const stored = lookup();
  if (stored || networkUse(rt, flags) === 'cached') return stored;
  // Not stored: the edition's feeds may carry it now.
  await loadEditionNews(rt, { refresh: true }, { only: { section: null }, limit: 0 });
  return lookup();
}

/** Resolves a URL, a local file or an item id (from `headlines --json`) to a page. */
export async function resolveTarget(rt: Runtime, target: string, flags: CacheFlags = {}): Promise<ReadTarget> {
  if (/^(https?|file):/i.test(target)) return { url: target };
  const path = resolve(rt.io.cwd, target);
  if (existsSync(path) && statSync(path).isFile()) return { url: pathToFileURL(path).href };
  // Something that reads as a path (has a slash or an extension) is a file the user meant.
  if (/[\\/]|\.[a-z0-9]{2,5}$/i.test(target)) throw new FetchError(target, 'not-found', `${target}: no such file`);
  const item = await findItem(rt, target, flags);
  if (!item) throw new UsageError(`${target}: not a URL, a file or an item key of the edition (see: tidings headlines)`);
  return { url: item.link, fallback: feedFallback(item), item };
}
