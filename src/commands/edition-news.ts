import type { Runtime } from './runtime.js';
import { shouldFetch, type NetworkUse } from '../core/edition/freshness.js';
import { lastRefreshMs } from '../services/edition-freshness.js';
import { loadNews, type LoadNewsOptions, type NewsSnapshot } from '../services/news-service.js';
import type { FeedFetchResult } from '../services/feed-fetcher.js';

/** Which lists to read and how long they may be (see LoadNewsOptions). */
export type NewsLists = Pick<LoadNewsOptions, 'limit' | 'only' | 'unread'>;

/** The flags listings take: `--refresh` fetches first, `--cached` never does. */
export interface CacheFlags {
  refresh?: boolean;
  cached?: boolean;
}

/** The network use the flags (and --offline) ask for. */
export function networkUse(rt: Runtime, flags: CacheFlags = {}): NetworkUse {
  if (rt.globals.offline || flags.cached) return 'cached';
  return flags.refresh ? 'refresh' : 'auto';
}

/**
 * Loads the chosen edition (with the user's changes) from the database. Cache first: its
 * feeds are fetched before, only when asked (--refresh) or when the stored news is older than
 * `refreshMinutes` (or was never fetched); `fetched` in the result says whether they were.
 */
export async function loadEditionNews(rt: Runtime, flags: CacheFlags = {}, lists: NewsLists = {}, onResult?: (r: FeedFetchResult) => void): Promise<NewsSnapshot & { fetched: boolean }> {
  const name = rt.editionName();
  const edition = rt.editions.load(name, rt.editionChanges.get(name));
  const use = networkUse(rt, flags);
  const now = rt.io.now();
  const fetch = use !== 'cached' && shouldFetch(use, use === 'auto' ? lastRefreshMs(rt.database.db, edition.feeds.map((f) => f.url)) : null, now.getTime(), rt.settings.get('refreshMinutes'));
  const snapshot = await loadNews(rt.fetcher, () => rt.database.db, edition, {
    offline: !fetch,
    concurrency: rt.globals.concurrency,
    now,
    onResult,
    ...lists,
  });
  return { ...snapshot, fetched: fetch };
}

/**
 * After a listing fetched: one line on stderr when feeds failed ("3 of 41 feeds failed: run
 * `tidings refresh` for details"); the details are `refresh`'s report. Returns the count.
 */
export function reportFeedErrors(rt: Runtime, snapshot: NewsSnapshot & { fetched: boolean }): number {
  if (!snapshot.fetched) {
    if (nothingLoaded(snapshot)) rt.io.stderr.write(`tidings: no news stored for edition ${snapshot.edition.name} yet: run \`tidings refresh\`\n`);
    return 0;
  }
  const failed = snapshot.results.filter((r) => r.status === 'error').length;
  if (failed > 0) rt.io.stderr.write(`tidings: ${failed} of ${snapshot.results.length} feeds failed: run \`tidings refresh\` for details\n`);
  return failed;
}

/** True when every feed failed and none had stored items: the work failed (exit 1). */
export function nothingLoaded(snapshot: NewsSnapshot): boolean {
  return snapshot.results.length > 0 && snapshot.results.every((r) => r.status === 'error' && !r.stored);
}
