import { buildEditionIndex, type EditionIndex } from '../core/edition/headlines.js';
import type { Edition } from '../core/edition/edition.js';
import type { ParsedFeed } from '../core/feed/types.js';
import type { FeedFetcher, FeedFetchResult } from './feed-fetcher.js';

/** An edition with its feeds fetched (or read from cache) and its items placed in sections. */
export interface NewsSnapshot {
  edition: Edition;
  results: FeedFetchResult[];
  index: EditionIndex;
  fetchedAt: Date;
}

/** Options for one load of an edition's feeds. */
export interface LoadNewsOptions {
  offline?: boolean;
  concurrency?: number;
  now: Date;
  onResult?: (result: FeedFetchResult) => void;
  /** Aborts the fetches in flight (they end as 'cancelled' errors). */
  signal?: AbortSignal;
}

/**
 * Fetches every feed of the edition (conditional GET, or cache only when offline) and
 * builds the section index. Failed feeds with a cached copy still contribute their items.
 */
export async function loadNews(fetcher: FeedFetcher, edition: Edition, options: LoadNewsOptions): Promise<NewsSnapshot> {
  const urls = edition.feeds.map((f) => f.url);
  const results = await fetcher.refreshMany(urls, {
    concurrency: options.concurrency ?? 8,
    offline: options.offline,
    onResult: options.onResult,
    signal: options.signal,
  });
  const feeds = new Map<string, ParsedFeed>();
  for (const result of results) if (result.feed) feeds.set(result.url, result.feed);
  return { edition, results, index: buildEditionIndex(edition, feeds, options.now), fetchedAt: options.now };
}

/** The hint an edition gives for a feed's errors (e.g. a server known to refuse clients). */
export function feedHint(edition: Edition, url: string): string | undefined {
  return edition.feeds.find((f) => f.url === url)?.hint;
}
