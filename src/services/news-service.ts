import type { EditionCounts } from '../core/edition/counts.js';
import type { Edition } from '../core/edition/edition.js';
import type { EditionIndex } from '../core/edition/headlines.js';
import type { Db } from './database.js';
import { readEditionRows } from './edition-rows.js';
import type { FeedFetcher, FeedFetchResult } from './feed-fetcher.js';

/** An edition with its feeds fetched (or read from the database) and its newest items placed in sections. */
export interface NewsSnapshot {
  edition: Edition;
  results: FeedFetchResult[];
  /** The newest headlines of the edition and of each section (at most `limit` each). */
  index: EditionIndex;
  /** Totals and unread counts over the whole history, as loaded. */
  counts: EditionCounts;
  /** Keys of the index's headlines that were read when it was loaded. */
  read: ReadonlySet<string>;
  fetchedAt: Date;
}

/** Headlines per list the index holds when the caller sets no limit. */
export const DEFAULT_LIST_LIMIT = 1000;

/** Options for one load of an edition's feeds. */
export interface LoadNewsOptions {
  offline?: boolean;
  concurrency?: number;
  now: Date;
  onResult?: (result: FeedFetchResult) => void;
  /** Headlines per list (DEFAULT_LIST_LIMIT). */
  limit?: number;
  /** Only the edition's (null) or one section's list, for a listing (counts are then left empty), or only the counts. */
  only?: { section: string | null } | 'counts';
  /** Only items not marked read in the lists (see EditionReadOptions). */
  unread?: boolean;
  /** Aborts the fetches in flight (they end as 'cancelled' errors). */
  signal?: AbortSignal;
}

const NO_COUNTS: EditionCounts = { total: 0, unread: 0, bySection: new Map() };

/**
 * Fetches every feed of the edition (conditional GET, or nothing when offline), which stores
 * their items, then reads the edition's headlines from the database. Failed feeds still
 * show the items stored before.
 */
export async function loadNews(fetcher: FeedFetcher, db: () => Db, edition: Edition, options: LoadNewsOptions): Promise<NewsSnapshot> {
  const urls = edition.feeds.map((f) => f.url);
  const results = await fetcher.refreshMany(urls, {
    concurrency: options.concurrency ?? 8,
    offline: options.offline,
    onResult: options.onResult,
    signal: options.signal,
  });
  const rows = readEditionRows(db(), edition, { now: options.now, limit: options.limit ?? DEFAULT_LIST_LIMIT, only: options.only, unread: options.unread });
  return { edition, results, index: rows.index, counts: rows.counts ?? NO_COUNTS, read: rows.read, fetchedAt: options.now };
}

/** The hint an edition gives for a feed's errors (e.g. a server known to refuse clients). */
export function feedHint(edition: Edition, url: string): string | undefined {
  return edition.feeds.find((f) => f.url === url)?.hint;
}
