/**
 * Opens an article by URL: the disk cache first (instant, works offline), else fetch →
 * check it is HTML → decode → extract → cache. When the page cannot be had or read but
 * the feed item carried text, that text is shown instead with a one-line notice. The
 * `read` command and the TUI share this service.
 */
import { decodeHtmlBytes } from '../core/article/decode-html.js';
import { readingStats } from '../core/article/reading-stats.js';
import type { Article } from '../core/article/types.js';
import type { FeedFallback } from '../core/article/feed-fallback.js';
import { ExtractError, FetchError } from '../core/errors.js';
import { htmlToText } from '../core/text/html-to-text.js';
import { sanitizeLine } from '../core/text/sanitize.js';
import type { ArticleCache } from './article-cache.js';
import { extractArticle } from './article-extractor.js';
import type { HttpClient } from './http-client.js';

export type { FeedFallback };

/** Accept header for article pages. */
export const HTML_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

/** Options of one load. */
export interface ArticleLoadOptions {
  /** Cache only; no network. */
  offline?: boolean;
  /** Skip the cache and fetch again (the fresh copy replaces it). */
  refresh?: boolean;
  fallback?: FeedFallback;
  signal?: AbortSignal;
}

/** A loaded article; `notice` is set when the feed's text stands in for the page. */
export interface ArticleLoad {
  article: Article;
  fromCache: boolean;
  notice: string | null;
}

/** Loads readable articles. */
export interface ArticleService {
  load(url: string, options?: ArticleLoadOptions): Promise<ArticleLoad>;
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
// Served without a type (file: URLs, bare servers) or with a generic one: look at the bytes.
const SNIFF_TYPES = new Set(['', 'text/plain', 'application/octet-stream', 'binary/octet-stream']);
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|p|div|article|h1)\b/i;

/** Throws ExtractError unless the response is an HTML page. */
export function assertHtml(contentType: string | null, bytes: Uint8Array): void {
  const mime = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (HTML_TYPES.has(mime)) return;
  if (SNIFF_TYPES.has(mime)) {
    const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 1024)).replace(/^\ufeff/, '');
    if (HTML_START.test(head)) return;
  }
  throw new ExtractError(`not HTML (${sanitizeLine(mime) || 'unknown type'})`);
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** An Article made of the feed item's own text. */
export function articleFromFeed(fallback: FeedFallback, url: string): Article {
  const hasContent = Boolean(fallback.contentHtml?.trim());
  const contentHtml = hasContent ? (fallback.contentHtml as string) : fallback.summary ? `<p>${escapeHtml(fallback.summary)}</p>` : '';
  const stats = readingStats(htmlToText(contentHtml));
  return {
    url: fallback.link || url,
    title: fallback.title,
    byline: fallback.author,
    siteName: null,
    publishedTime: fallback.published,
    lang: null,
    dir: null,
    excerpt: hasContent && fallback.summary ? fallback.summary : null,
    contentHtml,
    leadImage: fallback.image ? { url: fallback.image, caption: '' } : null,
    tags: fallback.categories ?? [],
    wordCount: stats.wordCount,
    readingMinutes: stats.readingMinutes,
  };
}

const cacheable = (url: string) => /^https?:/i.test(url);

/** Creates the service over an HTTP client and an article cache. */
export function createArticleService(deps: { http: HttpClient; cache: ArticleCache; now: () => Date }): ArticleService {
  const { http, cache } = deps;

  async function fetchArticle(url: string, signal?: AbortSignal): Promise<Article> {
    const response = await http.get(url, { accept: HTML_ACCEPT, signal });
    assertHtml(response.contentType, response.bytes);
    const html = decodeHtmlBytes(response.bytes, response.contentType);
    const article = extractArticle(html, response.url);
    if (cacheable(url)) {
      await cache.put(url, article);
      if (response.url !== url && cacheable(response.url)) await cache.put(response.url, article);
    }
    return article;
  }

  return {
    async load(url, options = {}) {
      const { fallback } = options;
      const hasFallback = Boolean(fallback && (fallback.contentHtml?.trim() || fallback.summary?.trim()));
      if (cacheable(url) && !options.refresh) {
        const hit = await cache.get(url);
        if (hit) return { article: hit.article, fromCache: true, notice: null };
      }
      try {
        if (options.offline && cacheable(url)) throw new FetchError(url, 'offline-miss', 'not in the article cache, and offline');
        return { article: await fetchArticle(url, options.signal), fromCache: false, notice: null };
      } catch (error) {
        const cancelled = error instanceof FetchError && error.reason === 'cancelled';
        if (!hasFallback || !fallback || cancelled) throw error;
        const reason = sanitizeLine(error instanceof Error ? error.message.split('\n')[0] : String(error));
        return { article: articleFromFeed(fallback, url), fromCache: false, notice: `Showing the feed's text: ${reason}` };
      }
    },
  };
}
