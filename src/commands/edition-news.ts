import type { Runtime } from './runtime.js';
import { loadNews, feedHint, type LoadNewsOptions, type NewsSnapshot } from '../services/news-service.js';
import type { FeedFetchResult } from '../services/feed-fetcher.js';

/** Which lists to read and how long they may be (see LoadNewsOptions). */
export type NewsLists = Pick<LoadNewsOptions, 'limit' | 'only' | 'unread'>;

/** Loads the chosen edition (with the user's overlay): fetches its feeds, then reads its headlines. */
export async function loadEditionNews(rt: Runtime, onResult?: (r: FeedFetchResult) => void, lists: NewsLists = {}): Promise<NewsSnapshot> {
  const name = rt.editionName();
  const edition = rt.editions.load(name, rt.editionChanges.get(name));
  return loadNews(rt.fetcher, () => rt.database.db, edition, {
    offline: rt.globals.offline,
    concurrency: rt.globals.concurrency,
    now: rt.io.now(),
    onResult,
    ...lists,
  });
}

/** One line per failed feed on stderr: `feed URL: reason` (plus the edition's hint). */
export function reportFeedErrors(rt: Runtime, snapshot: NewsSnapshot): number {
  let failed = 0;
  for (const result of snapshot.results) {
    if (result.status !== 'error') continue;
    failed++;
    const hint = feedHint(snapshot.edition, result.url);
    const stale = result.stored ? ' (showing cached items)' : '';
    rt.io.stderr.write(`tidings: ${result.url}: ${result.error?.message ?? 'failed'}${stale}${hint ? ` — ${hint}` : ''}\n`);
  }
  return failed;
}

/** True when every feed failed and none had stored items: the work failed (exit 1). */
export function nothingLoaded(snapshot: NewsSnapshot): boolean {
  return snapshot.results.length > 0 && snapshot.results.every((r) => r.status === 'error' && !r.stored);
}
