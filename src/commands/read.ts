import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hasRtl } from '../core/article/bidi.js';
import { renderArticle } from '../core/article/render.js';
import type { BidiRender } from '../core/article/types.js';
import { flattenSections } from '../core/edition/edition.js';
import { feedSource, routedSections, type Headline } from '../core/edition/headlines.js';
import { UsageError } from '../core/errors.js';
import type { Article } from '../core/article/types.js';
import { articleJson, articleToAnsi, articleToMarkdown, articleToPlain } from '../output/article.js';
import { createArticleCache } from '../services/article-cache.js';
import { articleFromFeed, createArticleService, type ArticleService, type FeedFallback } from '../services/article-service.js';
import { loadEditionNews } from './edition-news.js';
import { outputFormat, printJson, type FormatFlags, type OutputFormat } from './output-format.js';
import type { Runtime } from './runtime.js';
import { supportsHyperlinks, terminalReordersBidi } from './terminal-caps.js';

/** Options of `tidings read`. */
export type ReadOptions = FormatFlags;

/** What `read` was pointed at: a page URL, and the feed item's text when it came from one. */
/** What a `read` / `bookmarks add` argument names: a page, and the feed item when it was an id. */
export interface ReadTarget {
  /** '' when the item has no link. */
  url: string;
  fallback?: FeedFallback;
  item?: Headline;
}

/** The article service over the runtime's HTTP client and `<cache>/articles`. */
export function articleServiceFor(rt: Runtime): ArticleService {
  const cache = createArticleCache({ dir: join(rt.paths.cache, 'articles'), now: rt.io.now });
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

async function findItem(rt: Runtime, key: string): Promise<Headline | undefined> {
  // The database first: ids come from an earlier `headlines`, so no network is needed.
  const name = rt.editionName();
  const edition = rt.editions.load(name, rt.settings.overlay(name));
  const lookup = (): Headline | undefined => {
    const found = rt.items.find(key);
    if (!found) return undefined;
    const { item, feedUrl } = found;
    return { ...item, key: found.key, feedUrl, source: feedSource(edition, feedUrl, { title: found.feedTitle }), sectionIds: routedSections(flattenSections(edition.sections), feedUrl, item) };
  };
  const stored = lookup();
  if (stored || rt.globals.offline) return stored;
  await loadEditionNews(rt, undefined, { only: { section: null }, limit: 0 });
  return lookup();
}

/** Resolves a URL, a local file or an item id (from `headlines --json`) to a page. */
export async function resolveTarget(rt: Runtime, target: string): Promise<ReadTarget> {
  if (/^(https?|file):/i.test(target)) return { url: target };
  const path = resolve(rt.io.cwd, target);
  if (existsSync(path) && statSync(path).isFile()) return { url: pathToFileURL(path).href };
  const item = await findItem(rt, target);
  if (!item) throw new UsageError(`${target}: not a URL, a file or an item id of the edition (see: tidings headlines --json)`);
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

/** Prints an article as `read` and `bookmarks read` show it: styled, plain, Markdown or JSON. */
export function printArticle(rt: Runtime, article: Article, format: OutputFormat): void {
  if (format === 'markdown') {
    rt.io.stdout.write(articleToMarkdown(article));
    return;
  }
  // Without right-to-left text the bidi mode changes nothing: skip reading the settings.
  const rtl = hasRtl(article.title) || hasRtl(article.contentHtml);
  const rendered = renderArticle(article, { width: rt.width, bidi: rtl ? bidiFor(rt, format) : 'terminal', now: rt.io.now() });
  if (format === 'json') printJson(rt, articleJson(article, rendered));
  else if (format === 'plain' || !rt.color) rt.io.stdout.write(articleToPlain(rendered));
  else rt.io.stdout.write(articleToAnsi(rendered, { color: true, hyperlinks: hyperlinksFor(rt, format), width: rendered.width }));
}

/** `tidings read <url | file | item-id>`: the readable article, styled, plain, Markdown or JSON. */
export async function runRead(rt: Runtime, options: ReadOptions, target: string): Promise<number> {
  const { url, fallback } = await resolveTarget(rt, target);
  const loaded = url
    ? await articleServiceFor(rt).load(url, { offline: rt.globals.offline, fallback })
    : { article: articleFromFeed(fallback as FeedFallback, ''), notice: "Showing the feed's text: the item has no link" };
  if (loaded.notice) rt.io.stderr.write(`tidings: ${loaded.notice}\n`);
  printArticle(rt, loaded.article, outputFormat(options));
  return 0;
}
