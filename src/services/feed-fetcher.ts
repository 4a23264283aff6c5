import pLimit from 'p-limit';
import { FetchError, type FetchFailure } from '../core/errors.js';
import { sanitizeLine } from '../core/text/sanitize.js';
import { bodyHash, type FeedState, type FeedStore } from './feed-store.js';
import type { FeedRows } from './feed-rows.js';
import type { HttpClient, HttpResponse } from './http-client.js';
import type { ParsePool } from './parse-pool.js';

/**
 * Turns a raw body fetched from `url` for the feed `feedUrl` into the rows to store (here or
 * on a worker); throws or rejects (FeedParseError) when it is not a feed.
 */
export type FeedBodyParser = (bytes: Uint8Array, contentType: string | null, url: string, feedUrl: string) => FeedRows | Promise<FeedRows>;

// The inline parser loads on first use: a refresh that parses on workers never needs it here.
let inlineParser: Promise<typeof import('./feed-body.js')> | undefined;
const parseInline: FeedBodyParser = async (bytes, contentType, url, feedUrl) =>
  (await (inlineParser ??= import('./feed-body.js'))).parseFeedRows(bytes, contentType, url, feedUrl);

/** How fetching one feed went. Its items are rows in the database, not part of the result. */
export interface FeedFetchResult {
  url: string;
  status: 'fetched' | 'not-modified' | 'cached' | 'error';
  error?: { reason: FetchFailure | 'parse'; message: string };
  /** When the stored body was downloaded (ISO). */
  fetchedAt?: string;
  fromCache: boolean;
  /** True when the database holds items of this feed (an error result still shows them). */
  stored: boolean;
  /** The feed's own title, as last stored. */
  title?: string;
  /** Items in the feed's newest body. */
  items?: number;
  /** Items seen for the first time in this fetch. */
  newItems?: number;
}

/** Options for one fetch. */
export interface FetchFeedOptions {
  /** Use what is stored only; never touch the network. */
  offline?: boolean;
  signal?: AbortSignal;
}

/** Options for refreshing many feeds at once. */
export interface RefreshManyOptions extends FetchFeedOptions {
  /** Requests in flight at the same time (8); parsing and writing go on beside them. */
  concurrency?: number;
  /** Called as each feed finishes, in completion order. */
  onResult?: (result: FeedFetchResult) => void;
}

/** Fetch → parse → rows, with conditional GETs from the stored validators. Never throws. */
export interface FeedFetcher {
  fetchFeed(url: string, opts?: FetchFeedOptions): Promise<FeedFetchResult>;
  /** Results in input order; one feed failing never stops the others. */
  refreshMany(urls: string[], opts?: RefreshManyOptions): Promise<FeedFetchResult[]>;
}

/** Dependencies: an HTTP client, the feed store and a way to write to it, a clock, a parser. */
export interface FeedFetcherOptions {
  http: HttpClient;
  feeds: FeedStore;
  /** Runs database work in one transaction (TidingsDatabase.write). */
  write: <T>(work: () => T) => T;
  now: () => Date;
  /** Parses here (default: the inline parser); `refreshMany` uses `pool` for big batches. */
  parse?: FeedBodyParser;
  /** Worker threads for refreshMany batches of PARALLEL_PARSE_MIN feeds and more. */
  pool?: ParsePool;
  /** A database write failed; the fetch itself still stands. */
  onStoreError?: (url: string, error: unknown) => void;
}

// From this many feeds on, a batch parses on worker threads (below, starting one costs more
// than it saves), so the main thread keeps talking HTTP and writing rows.
export const PARALLEL_PARSE_MIN = 16;

type Failure = NonNullable<FeedFetchResult['error']>;

// Runs network work under refreshMany's concurrency limit (a plain call for one fetch).
type Gate = <T>(work: () => Promise<T>) => Promise<T>;
const ungated: Gate = (work) => work();

function toFailure(error: unknown): Failure {
  if (error instanceof FetchError) return { reason: error.reason, message: sanitizeLine(error.message) };
  return { reason: 'network', message: sanitizeLine(error instanceof Error ? error.message : String(error)) };
}

function parseFailure(error: unknown): Failure {
  const message = error instanceof Error ? error.message : String(error);
  return { reason: 'parse', message: sanitizeLine(message) || 'not a feed' };
}

/** What a stored feed row says, as a result. */
function fromState(url: string, state: FeedState | undefined, status: FeedFetchResult['status']): FeedFetchResult {
  const stored = Boolean(state?.fetchedAt);
  const result: FeedFetchResult = { url, status, fromCache: status !== 'fetched' && stored, stored };
  if (stored && state) Object.assign(result, { fetchedAt: state.fetchedAt, title: state.title, items: state.itemCount });
  return result;
}

/** Creates the fetcher. Writes made close together share one transaction. */
export function createFeedFetcher(options: FeedFetcherOptions): FeedFetcher {
  const { http, feeds, now } = options;
  const inline = options.parse ?? parseInline;

  // Writes queue up and run together once the event loop has a moment: a refresh's bodies
  // arrive in bursts, and one commit per burst costs less than one per feed.
  let queue: { work: () => unknown; done: (value: unknown, error?: unknown) => void }[] = [];
  function flush(): void {
    const taken = queue;
    queue = [];
    let outcomes: { value?: unknown; error?: unknown }[];
    try {
      // One feed's failed write (rolled back to its savepoint) must not undo the others'.
      outcomes = options.write(() => taken.map((q) => {
        try {
          return { value: q.work() };
        } catch (error) {
          return { error };
        }
      }));
    } catch (error) {
      outcomes = taken.map(() => ({ error }));
    }
    taken.forEach((q, i) => q.done(outcomes[i].value, outcomes[i].error));
  }
  function queued<T>(url: string, work: () => T): Promise<T | undefined> {
    return new Promise((resolve) => {
      // Holding writes longer (25 ms) saved no measurable time in a 112-feed refresh.
      if (queue.length === 0) setImmediate(flush);
      queue.push({ work, done: (value, error) => {
        if (error !== undefined) options.onStoreError?.(url, error);
        resolve(value as T | undefined);
      } });
    });
  }

  async function failed(url: string, error: Failure, state: FeedState | undefined): Promise<FeedFetchResult> {
    // A fetch the user cancelled (quitting) asked nobody: it does not count as a try.
    if (error.reason !== 'cancelled') await queued(url, () => feeds.fail(url, error, now().toISOString()));
    return { ...fromState(url, state, 'error'), error };
  }

  async function online(url: string, state: FeedState | undefined, opts: FetchFeedOptions, gate: Gate, parse: FeedBodyParser): Promise<FeedFetchResult> {
    const { signal } = opts;
    const known = state?.fetchedAt ? state : undefined;
    let response: HttpResponse;
    try {
      response = await gate(() => http.get(url, { etag: known?.etag, lastModified: known?.lastModified, signal }));
      if (response.status === 304) {
        if (known) {
          await queued(url, () => feeds.touch(url, now().toISOString()));
          return fromState(url, known, 'not-modified');
        }
        // We hold nothing for it: ask for the whole body.
        response = await gate(() => http.get(url, { signal }));
        if (response.status === 304) throw new FetchError(url, 'network', 'server answered 304 without a stored copy');
      }
    } catch (error) {
      return failed(url, toFailure(error), state);
    }
    const at = now().toISOString();
    const meta = { finalUrl: response.url, etag: response.etag, lastModified: response.lastModified, contentType: response.contentType, bodyHash: bodyHash(response.bytes) };
    // Many feeds send no validators: an unchanged body skips the parse and the item writes.
    if (known && known.bodyHash === meta.bodyHash && known.finalUrl === meta.finalUrl) {
      await queued(url, () => feeds.unchanged(url, meta, at));
      return { ...fromState(url, known, 'fetched'), fetchedAt: at, newItems: 0 };
    }
    let feed: FeedRows;
    try {
      feed = await parse(response.bytes, response.contentType, response.url, url);
    } catch (error) {
      return failed(url, parseFailure(error), state);
    }
    const saved = await queued(url, () => feeds.save(url, meta, feed, at));
    return { url, status: 'fetched', fromCache: false, stored: saved !== undefined, fetchedAt: at, title: feed.title, items: saved?.items ?? feed.count, newItems: saved?.newItems ?? 0 };
  }

  async function fetchFeed(url: string, opts: FetchFeedOptions = {}, gate = ungated, parse = inline): Promise<FeedFetchResult> {
    let state: FeedState | undefined;
    try {
      state = feeds.get(url);
    } catch (error) {
      options.onStoreError?.(url, error);
    }
    if (!opts.offline) return online(url, state, opts, gate, parse);
    if (!state?.fetchedAt) return { url, status: 'error', error: { reason: 'offline-miss', message: 'not in the cache (offline)' }, fromCache: false, stored: false };
    return fromState(url, state, 'cached');
  }

  return {
    fetchFeed: (url, opts) => fetchFeed(url, opts),
    async refreshMany(urls, opts = {}) {
      // Only requests wait for a request slot: a body being parsed or written must not hold one.
      const limit = pLimit(opts.concurrency ?? 8);
      const gate: Gate = (work) => limit(work);
      const pool = !opts.offline && urls.length >= PARALLEL_PARSE_MIN ? options.pool : undefined;
      pool?.warm(); // the workers boot while the first requests go out
      const parse = pool ? pool.rows : inline;
      return Promise.all(urls.map(async (url) => {
        const result = await fetchFeed(url, opts, gate, parse).catch((error: unknown) => failed(url, toFailure(error), undefined));
        opts.onResult?.(result);
        return result;
      }));
    },
  };
}
