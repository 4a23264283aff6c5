import pLimit from 'p-limit';
import { FetchError, type FetchFailure } from '../core/errors.js';
import type { ParsedFeed } from '../core/feed/types.js';
import { sanitizeLine } from '../core/text/sanitize.js';
import type { CachedFeed, FeedCache, FeedCacheMeta } from './feed-cache.js';
import type { HttpClient, HttpResponse } from './http-client.js';

/**
 * Turns a raw body into a feed (now or later); throws or rejects (FeedParseError) when it is
 * not one. What it makes is up to the fetcher's owner: a ParsedFeed, or a digest for a refresh.
 */
export type FeedBodyParser<F = ParsedFeed> = (bytes: Uint8Array, contentType: string | null, url: string) => F | Promise<F>;

// The inline parser loads on first use: a refresh that parses on workers never needs it here.
let inlineParser: Promise<typeof import('./feed-body.js')> | undefined;
const parseInline: FeedBodyParser = async (bytes, contentType, url) =>
  (await (inlineParser ??= import('./feed-body.js'))).parseFeedBody(bytes, contentType, url);

/** How fetching one feed went. With status 'error', `feed` may still hold the stale cached copy. */
export interface FeedFetchResult<F = ParsedFeed> {
  url: string;
  status: 'fetched' | 'not-modified' | 'cached' | 'error';
  feed?: F;
  error?: { reason: FetchFailure | 'parse'; message: string };
  /** When the shown body was downloaded (ISO). */
  fetchedAt?: string;
  fromCache: boolean;
  /** With `previous` asked for and status 'fetched': the cached feed this fetch replaced, if readable. */
  previous?: F;
}

/** Options for one fetch. */
export interface FetchFeedOptions {
  /** Use the cache only; never touch the network. */
  offline?: boolean;
  signal?: AbortSignal;
  /** Also report the cached feed a fetch replaces (`previous`), to tell new items in one pass. */
  previous?: boolean;
}

/** Options for refreshing many feeds at once. */
export interface RefreshManyOptions<F = ParsedFeed> extends FetchFeedOptions {
  /** Requests in flight at the same time (8); parsing and caching go on beside them. */
  concurrency?: number;
  /** Called as each feed finishes, in completion order. */
  onResult?: (result: FeedFetchResult<F>) => void;
}

/** Fetch → cache → parse for feeds, with conditional GETs and stale fallback. Never throws. */
export interface FeedFetcher<F = ParsedFeed> {
  fetchFeed(url: string, opts?: FetchFeedOptions): Promise<FeedFetchResult<F>>;
  /** Results in input order; one feed failing never stops the others. */
  refreshMany(urls: string[], opts?: RefreshManyOptions<F>): Promise<FeedFetchResult<F>[]>;
}

/** Dependencies: an HTTP client, a cache, a clock, and optionally a parser (parseFeedBody) and a cache-error sink. */
export interface FeedFetcherOptions<F = ParsedFeed> {
  http: HttpClient;
  cache: FeedCache;
  now: () => Date;
  parse?: FeedBodyParser<F>;
  /** A cache write failed; the fetch itself still succeeds. */
  onCacheError?: (url: string, error: unknown) => void;
}

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

/** Creates the fetcher. Parsed cache bodies are remembered per URL + ETag + fetch time. */
export function createFeedFetcher(options: FeedFetcherOptions): FeedFetcher;
/** A fetcher whose parser makes something else than a ParsedFeed (a refresh's digests). */
export function createFeedFetcher<F>(options: FeedFetcherOptions<F> & { parse: FeedBodyParser<F> }): FeedFetcher<F>;
export function createFeedFetcher<F>(options: FeedFetcherOptions<F>): FeedFetcher<F> {
  const { http, cache, now } = options;
  // Without a parser of its own the fetcher makes ParsedFeeds (the first overload).
  const parse = options.parse ?? (parseInline as unknown as FeedBodyParser<F>);
  const parsed = new Map<string, { key: string; feed: F }>();
  const memoKey = (m: Pick<FeedCacheMeta, 'etag' | 'lastModified' | 'fetchedAt'>) => `${m.etag ?? ''}\n${m.lastModified ?? ''}\n${m.fetchedAt}`;

  /** Parses a cached body (memoised); undefined when the body is not a feed. */
  async function parseCached(url: string, cached: CachedFeed): Promise<F | undefined> {
    const key = memoKey(cached.meta);
    const hit = parsed.get(url);
    if (hit?.key === key) return hit.feed;
    try {
      const feed = await parse(cached.bytes, cached.meta.contentType, cached.meta.finalUrl);
      parsed.set(url, { key, feed });
      return feed;
    } catch {
      return undefined;
    }
  }

  /** An error result that still carries the stale cached feed when there is one. */
  async function failed(url: string, error: Failure, cached: CachedFeed | undefined): Promise<FeedFetchResult<F>> {
    const feed = cached && (await parseCached(url, cached));
    return feed
      ? { url, status: 'error', error, feed, fetchedAt: cached.meta.fetchedAt, fromCache: true }
      : { url, status: 'error', error, fromCache: false };
  }

  async function store(url: string, response: HttpResponse, at: string, feed: F): Promise<void> {
    const entry = {
      finalUrl: response.url,
      etag: response.etag,
      lastModified: response.lastModified,
      contentType: response.contentType,
      fetchedAt: at,
      checkedAt: at,
    };
    try {
      await cache.put(url, entry, response.bytes);
      parsed.set(url, { key: memoKey(entry), feed });
    } catch (error) {
      options.onCacheError?.(url, error);
    }
  }

  async function online(url: string, cached: CachedFeed | undefined, opts: FetchFeedOptions, gate: Gate): Promise<FeedFetchResult<F>> {
    const { signal } = opts;
    let response: HttpResponse;
    try {
      response = await gate(() => http.get(url, { etag: cached?.meta.etag, lastModified: cached?.meta.lastModified, signal }));
      if (response.status === 304) {
        const feed = cached && (await parseCached(url, cached));
        if (cached && feed) {
          await cache.touch(url, now().toISOString()).catch((error: unknown) => options.onCacheError?.(url, error));
          return { url, status: 'not-modified', feed, fetchedAt: cached.meta.fetchedAt, fromCache: true };
        }
        // Our copy is gone or unreadable: ask for the whole body.
        response = await gate(() => http.get(url, { signal }));
        if (response.status === 304) throw new FetchError(url, 'network', 'server answered 304 without a cached copy');
      }
    } catch (error) {
      return failed(url, toFailure(error), cached);
    }
    const at = now().toISOString();
    // Many feeds send no validators: an unchanged body still skips the parse.
    const unchanged = cached && cached.meta.finalUrl === response.url && Buffer.from(cached.bytes).equals(response.bytes);
    let feed: F | undefined = unchanged ? await parseCached(url, cached) : undefined;
    // The copy being replaced, parsed alongside the new body (parseCached never throws).
    const previous = opts.previous && cached ? (feed ? Promise.resolve(feed) : parseCached(url, cached)) : undefined;
    try {
      feed ??= await parse(response.bytes, response.contentType, response.url);
    } catch (error) {
      await previous;
      return failed(url, parseFailure(error), cached);
    }
    await store(url, response, at, feed);
    const result: FeedFetchResult<F> = { url, status: 'fetched', feed, fetchedAt: at, fromCache: false };
    if (previous) result.previous = await previous;
    return result;
  }

  async function fetchFeed(url: string, opts: FetchFeedOptions = {}, gate = ungated): Promise<FeedFetchResult<F>> {
    const cached = await cache.get(url);
    if (!opts.offline) return online(url, cached, opts, gate);
    if (!cached) return { url, status: 'error', error: { reason: 'offline-miss', message: 'not in the cache (offline)' }, fromCache: false };
    const feed = await parseCached(url, cached);
    if (!feed) return { url, status: 'error', error: { reason: 'parse', message: 'the cached copy is not a readable feed' }, fromCache: false };
    return { url, status: 'cached', feed, fetchedAt: cached.meta.fetchedAt, fromCache: true };
  }

  return {
    fetchFeed: (url, opts) => fetchFeed(url, opts),
    async refreshMany(urls, opts = {}) {
      // Only requests wait for a request slot: a body being parsed or cached must not hold one.
      const concurrency = opts.concurrency ?? 8;
      const limit = pLimit(concurrency);
      const gate: Gate = (work) => limit(work);
      // Feeds under way (cache read to parsed) are bounded too, well above the requests so
      // parsing overlaps the network: a 1,000-feed edition never holds every cached body.
      const underway = pLimit(Math.max(32, concurrency * 4));
      const all = () =>
        Promise.all(
          urls.map((url) => underway(async () => {
            const result = await fetchFeed(url, opts, gate).catch((error: unknown) => failed(url, toFailure(error), undefined));
            opts.onResult?.(result);
            return result;
          })),
        );
      // One cache write for the lot (see FeedCache.batch); the results stand if it fails.
      let results: FeedFetchResult<F>[] | undefined;
      try {
        await cache.batch(async () => {
          results = await all();
        });
      } catch (error) {
        if (!results) throw error;
        options.onCacheError?.(cache.dir, error);
      }
      return results ?? [];
    },
  };
}
