import type { Agent as HttpAgent } from 'node:http';
import type nodeFetch from 'node-fetch';
import { FetchError } from '../core/errors.js';
import { formatByteLimit, formatSeconds, httpStatusMessage, networkMessage } from './fetch-messages.js';
import { fetchFileUrl } from './file-fetch.js';

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
  fetch?: typeof nodeFetch;
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

interface FetchLibError {
  name?: string;
  type?: string;
  code?: string;
  message?: string;
}

/** What a request needs, loaded on the first one. */
interface Network {
  fetch: typeof nodeFetch;
  agent: (parsed: URL) => HttpAgent;
  statusPhrases: Readonly<Record<number, string | undefined>>;
}

// node-fetch, node:http and node:https (with TLS, ~30 ms together): loaded once per process,
// on the first network request, so reading a local file or starting the app from cache never
// pays for them.
let networkModules: Promise<[typeof nodeFetch, typeof import('node:http'), typeof import('node:https')]> | undefined;
const loadNetworkModules = () => (networkModules ??= Promise.all([
  import('node-fetch').then((m) => m.default),
  import('node:http'),
  import('node:https'),
]));

/** Creates a client over node-fetch 3 (gzip/deflate/br, size and redirect limits, total timeout). */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  let network: Promise<Network> | undefined;
  const loadNetwork = () => (network ??= (async (): Promise<Network> => {
    const [nodeFetchDefault, http, https] = await loadNetworkModules();
    const fetch = options.fetch ?? nodeFetchDefault;
    // Keep-alive: a refresh asks the same few hosts for many feeds (BBC has 14).
    const httpAgent = new http.Agent({ keepAlive: true, maxSockets: 8 });
    const httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 8 });
    return { fetch, agent: (parsed) => (parsed.protocol === 'http:' ? httpAgent : httpsAgent), statusPhrases: http.STATUS_CODES };
  })());
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  const maxRedirects = options.maxRedirects ?? 5;
  const userAgent = options.userAgent ?? USER_AGENT;
  const tooLarge = (url: string, cause?: unknown) =>
    new FetchError(url, 'too-large', `larger than ${formatByteLimit(maxBytes)}`, undefined, { cause });

  async function getHttp(url: string, opts: HttpGetOptions): Promise<HttpResponse> {
    const timer = new AbortController();
    const handle = setTimeout(() => timer.abort(TIMEOUT), timeoutMs);
    const signal = opts.signal ? AbortSignal.any([timer.signal, opts.signal]) : timer.signal;
    const headers: Record<string, string> = { 'user-agent': userAgent, accept: opts.accept ?? FEED_ACCEPT };
    if (opts.etag) headers['if-none-match'] = opts.etag;
    if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
    let bodyRead = false;
    try {
      const { fetch, agent, statusPhrases } = await loadNetwork();
      const response = await fetch(url, { headers, signal, follow: maxRedirects, size: maxBytes, compress: true, agent });
      const finalUrl = response.url || url;
      if (response.status !== 304 && (response.status < 200 || response.status > 299)) {
        throw new FetchError(finalUrl, 'http-status', httpStatusMessage(response.status, statusPhrases), response.status);
      }
      // Refuse early when the server admits the body is too big (compressed size is a lower bound).
      const declared = Number(response.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(finalUrl);
      const bytes = response.status === 304 ? new Uint8Array(0) : new Uint8Array(await response.arrayBuffer());
      bodyRead = response.status !== 304;
      return {
        status: response.status,
        url: finalUrl,
        bytes,
        contentType: response.headers.get('content-type'),
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
      };
    } catch (error) {
      if (error instanceof FetchError) throw error;
      throw translate(url, error as FetchLibError, signal);
    } finally {
      clearTimeout(handle);
      // Frees the socket when the body was not read (error statuses, early too-large). Not
      // after a full read: the socket is back in the pool, and an abort costs an exception.
      if (!bodyRead && !timer.signal.aborted) timer.abort();
    }
  }

  function translate(url: string, error: FetchLibError, signal: AbortSignal): FetchError {
    const wrap = (reason: ConstructorParameters<typeof FetchError>[1], message: string) =>
      new FetchError(url, reason, message, undefined, { cause: error });
    if (error.name === 'AbortError' || error.type === 'aborted') {
      return signal.reason === TIMEOUT ? wrap('timeout', `timed out after ${formatSeconds(timeoutMs)}`) : wrap('cancelled', 'cancelled');
    }
    if (error.type === 'max-size') return tooLarge(url, error);
    if (error.type === 'max-redirect') return wrap('too-many-redirects', `more than ${maxRedirects} redirects`);
    if (error instanceof TypeError) return wrap('unsupported-url', `cannot fetch this URL (${error.message})`);
    return wrap('network', networkMessage(error.code, error.message ?? String(error)));
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
      return getHttp(url, opts);
    },
  };
}
