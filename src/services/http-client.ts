import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { FetchError } from '../core/errors.js';
import { formatByteLimit, formatSeconds, httpStatusMessage, networkMessage } from './fetch-messages.js';
import { fetchFileUrl } from './file-fetch.js';
import { Aborted, BodyTooLarge, readBody, sendGet } from './http-request.js';

/** The User-Agent sent with every request. */
export const USER_AGENT = 'tidings/0.1 (+https://github.com/tidings; terminal news reader)';

/** Accept header for feeds: feed types first, generic XML next, anything last. */
export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5';

/** A successful fetch: 200 with the body, or 304 with an empty body. */
export interface HttpResponse {
  /** 200 (any 2xx) or 304. */
  status: number;
  /** Final URL after redirects. */
  url: string;
  /** Decompressed body; empty on 304. */
  bytes: Uint8Array;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
}

/** Per-request options: Accept override, conditional validators, cancellation. */
export interface HttpGetOptions {
  accept?: string;
  etag?: string | null;
  lastModified?: string | null;
  signal?: AbortSignal;
}

/** GETs http(s) and file URLs; every failure is a FetchError with a stable reason. */
export interface HttpClient {
  get(url: string, opts?: HttpGetOptions): Promise<HttpResponse>;
}

/** Construction options; the defaults suit feeds and article pages. */
export interface HttpClientOptions {
  /** Total time for headers and body, in ms (15000). */
  timeoutMs?: number;
  /** Body limit after decompression, in bytes (10 MB). */
  maxBytes?: number;
  /** Redirects followed before giving up (5). */
  maxRedirects?: number;
  userAgent?: string;
}

// Marks our own timer's abort so it can be told apart from the caller's.
const TIMEOUT = Symbol('tidings.timeout');

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

interface NetError {
  code?: string;
  message?: string;
}

/** Creates a client on node:http (gzip/deflate/br, size and redirect limits, total timeout). */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  const maxRedirects = options.maxRedirects ?? 5;
  const userAgent = options.userAgent ?? USER_AGENT;
  const tooLarge = (url: string, cause?: unknown) =>
    new FetchError(url, 'too-large', `larger than ${formatByteLimit(maxBytes)}`, undefined, { cause });

  // Keep-alive: a refresh asks the same few hosts for many feeds (BBC has 14).
  const agents = { http: new HttpAgent({ keepAlive: true, maxSockets: 8 }), https: new HttpsAgent({ keepAlive: true, maxSockets: 8 }) };

  async function getHttp(start: URL, opts: HttpGetOptions): Promise<HttpResponse> {
    const timer = new AbortController();
    const handle = setTimeout(() => timer.abort(TIMEOUT), timeoutMs);
    const signal = opts.signal ? AbortSignal.any([timer.signal, opts.signal]) : timer.signal;
    const headers: Record<string, string> = { 'user-agent': userAgent, accept: opts.accept ?? FEED_ACCEPT, 'accept-encoding': 'gzip, deflate, br' };
    if (opts.etag) headers['if-none-match'] = opts.etag;
    if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
    let url = start;
    try {
      for (let hops = 0; ; hops++) {
        const response = await sendGet(url, headers, url.protocol === 'http:' ? agents.http : agents.https, signal);
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if (REDIRECTS.has(status) && location) {
          response.resume();
          if (hops >= maxRedirects) throw new FetchError(url.href, 'too-many-redirects', `more than ${maxRedirects} redirects`);
          url = redirectTarget(url, location);
          continue;
        }
        if (status !== 304 && (status < 200 || status > 299)) {
          response.destroy(); // never read an error page (it may be endless)
          throw new FetchError(url.href, 'http-status', httpStatusMessage(status), status);
        }
        // Refuse early when the server admits the body is too big (compressed size is a lower bound).
        const declared = Number(response.headers['content-length']);
        if (Number.isFinite(declared) && declared > maxBytes) {
          response.destroy();
          throw tooLarge(url.href);
        }
        let bytes: Uint8Array = new Uint8Array(0);
        if (status === 304) response.resume();
        else bytes = await readBody(response, maxBytes, signal);
        return {
          status,
          url: url.href,
          bytes,
          contentType: response.headers['content-type'] ?? null,
          etag: header(response.headers.etag),
          lastModified: header(response.headers['last-modified']),
        };
      }
    } catch (error) {
      if (error instanceof FetchError) throw error;
      throw translate(url.href, error, signal);
    } finally {
      clearTimeout(handle);
    }
  }

  function translate(url: string, error: unknown, signal: AbortSignal): FetchError {
    const wrap = (reason: ConstructorParameters<typeof FetchError>[1], message: string) =>
      new FetchError(url, reason, message, undefined, { cause: error });
    if (error instanceof Aborted || signal.aborted) {
      return signal.reason === TIMEOUT ? wrap('timeout', `timed out after ${formatSeconds(timeoutMs)}`) : wrap('cancelled', 'cancelled');
    }
    if (error instanceof BodyTooLarge) return tooLarge(url, error);
    // Node throws TypeError for what it cannot send at all (a header value it refuses).
    if (error instanceof TypeError) return wrap('unsupported-url', `cannot fetch this URL (${error.message})`);
    const { code, message } = error as NetError;
    return wrap('network', networkMessage(code, message ?? String(error)));
  }

  return {
    async get(url, opts = {}) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch (error) {
        throw new FetchError(url, 'unsupported-url', 'not a valid URL', undefined, { cause: error });
      }
      if (opts.signal?.aborted) throw new FetchError(url, 'cancelled', 'cancelled');
      if (parsed.protocol === 'file:') return fetchFileUrl(url, maxBytes, opts);
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        throw new FetchError(url, 'unsupported-url', `unsupported URL scheme "${parsed.protocol}"`);
      }
      return getHttp(parsed, opts);
    },
  };
}

function header(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

// Redirects stay on http(s): a feed must not point us at file: or anything else.
function redirectTarget(from: URL, location: string): URL {
  let next: URL;
  try {
    next = new URL(location, from);
  } catch (error) {
    throw new FetchError(from.href, 'network', 'redirect to an invalid URL', undefined, { cause: error });
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    throw new FetchError(next.href, 'unsupported-url', `redirect to an unsupported URL scheme "${next.protocol}"`);
  }
  return next;
}
