import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hasRtl } from '../core/article/bidi.js';
import { renderArticle } from '../core/article/render.js';
import type { BidiRender } from '../core/article/types.js';
import { flattenSections } from '../core/edition/edition.js';
import { feedSource, routedSections, type Headline } from '../core/edition/headlines.js';
import { ExtractError, FetchError, UsageError } from '../core/errors.js';
import type { Article } from '../core/article/types.js';
import { articleJson, articleToAnsi, articleToMarkdown, articleToPlain } from '../output/article.js';
import { createArticleCache, megabytes } from '../services/article-cache.js';
import { articleFromFeed, createArticleService, type ArticleService, type FeedFallback } from '../services/article-service.js';
import { pagerCommand, pageText } from '../services/pager.js';
import { loadEditionNews, networkUse, type CacheFlags } from './edition-news.js';
import { withStoredMore } from './more-on-this.js';
import { outputFormat, type FormatFlags, type OutputFormat } from './output-format.js';
import type { Runtime } from './runtime.js';
import { supportsHyperlinks, terminalReordersBidi } from './terminal-caps.js';

/** Options of `tidings read` (and `bookmarks read`). */
export interface ReadOptions extends FormatFlags, CacheFlags {
  /** false with --no-pager. */
  pager?: boolean;
}

/** What `read` was pointed at: a page URL, and the feed item's text when it came from one. */
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

function fallbackOf(h: Headline): FeedFallback {
  return {
    title: h.title,
    link: h.link,
    contentHtml: h.contentHtml,
    summary: h.summary,
    author: h.author,
    published: h.published ?? h.updated,
    image: h.image,
    categories: h.categories,
  };
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
  return { url: item.link, fallback: fallbackOf(item), item };
}

/** 'auto' resolved: logical order for pipes and bidi-aware terminals, visual order otherwise. */
export function bidiFor(rt: Runtime, format: OutputFormat): BidiRender {
  if (format === 'json' || format === 'markdown') return 'terminal';
  const setting = rt.settings.get('bidi');
  if (setting === 'terminal' || setting === 'reorder') return setting;
  if (!rt.io.stdout.isTTY) return 'terminal';
  return terminalReordersBidi(rt.io.env) ? 'terminal' : 'reorder';
}

/** OSC 8 only on a colour terminal (never piped, never with NO_COLOR), per the setting. */
export function hyperlinksFor(rt: Runtime, format: OutputFormat): boolean {
  if (format !== 'text' || !rt.color || !rt.io.stdout.isTTY) return false;
  const setting = rt.settings.get('hyperlinks');
  if (setting === 'off') return false;
  return setting === 'on' || supportsHyperlinks(rt.io.env);
}

/** The article as `read` and `bookmarks read` print it: styled, plain, Markdown or JSON. */
function articleText(rt: Runtime, article: Article, format: OutputFormat): string {
  if (format === 'markdown') return articleToMarkdown(article);
  // Without right-to-left text the bidi mode changes nothing: skip reading the settings.
  const rtl = hasRtl(article.title) || hasRtl(article.contentHtml);
  const wholeUrls = !rt.io.stdout.isTTY; // piped: whole URLs, for scripts and link pickers
  const rendered = renderArticle(article, { width: rt.width, bidi: rtl ? bidiFor(rt, format) : 'terminal', now: rt.io.now(), wholeUrls });
  if (format === 'json') return `${JSON.stringify(articleJson(article, rendered), null, 2)}\n`;
  if (format === 'plain' || !rt.color) return articleToPlain(rendered);
  return articleToAnsi(rendered, { color: true, hyperlinks: hyperlinksFor(rt, format), width: rendered.width });
}

/**
 * Prints an article; in a terminal, one longer than the screen goes through the pager
 * (`$PAGER`, else `less -R`) unless `pager` is false (--no-pager). Piped output is unchanged.
 */
export async function printArticle(rt: Runtime, article: Article, format: OutputFormat, pager = true): Promise<void> {
  const text = articleText(rt, article, format);
  const rows = rt.io.stdout.rows ?? 0;
  const command = pagerCommand(rt.io.env);
  const long = rows > 0 && text.split('\n').length - 1 > rows - 1;
  if (pager && command && long && rt.io.stdout.isTTY && rt.io.stdinIsTTY) {
    if ((await pageText(text, command, rt.io.env)) === 'shown') return;
    rt.warnAfter(`the pager "${command}" could not run; set PAGER, or use --no-pager`);
  }
  rt.io.stdout.write(text);
}

/** `tidings read <url | file | item-id>`: the readable article, styled, plain, Markdown or JSON. */
export async function runRead(rt: Runtime, options: ReadOptions, target: string): Promise<number> {
  const { url, fallback } = await resolveTarget(rt, target, options);
  const loaded = url
    ? await articleServiceFor(rt).load(url, { offline: rt.globals.offline, fallback }).catch((error: unknown) => {
      // Name the page as the user gave it (a path, not the file: URL it became).
      if (error instanceof ExtractError) throw new ExtractError(`${target}: ${error.message}`, { cause: error });
      throw error;
    })
    : { article: articleFromFeed(fallback as FeedFallback, ''), notice: "Showing the feed's text: the item has no link" };
  if (loaded.notice) rt.io.stderr.write(`tidings: ${loaded.notice}\n`);
  await printArticle(rt, withStoredMore(rt, loaded.article, { url, categories: fallback?.categories }), outputFormat(options), options.pager !== false);
  return 0;
}
