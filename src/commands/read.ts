import { ExtractError } from '../core/errors.js';
import type { FeedFallback } from '../core/article/feed-fallback.js';
import { articleFromFeed } from '../services/article-service.js';
import { articleShown } from './article-print.js';
import { articleServiceFor, resolveTarget } from './article-target.js';
import type { CacheFlags } from './edition-news.js';
import { withStoredMore } from './more-on-this.js';
import type { FormatFlags, Outcome } from './output-format.js';
import type { Runtime } from './runtime.js';

/** Options of `tidings read` (and `bookmarks read`). */
export interface ReadOptions extends FormatFlags, CacheFlags {
  /** false with --no-pager. */
  pager?: boolean;
}

/** `tidings read <url | file | item-id>`: the readable article, styled, plain, Markdown or JSON. */
export async function runRead(rt: Runtime, options: ReadOptions, target: string): Promise<Outcome> {
  const { url, fallback } = await resolveTarget(rt, target, options);
  const loaded = url
    ? await articleServiceFor(rt).load(url, { offline: rt.globals.offline, fallback }).catch((error: unknown) => {
      // Name the page as the user gave it (a path, not the file: URL it became).
      if (error instanceof ExtractError) throw new ExtractError(`${target}: ${error.message}`, { cause: error });
      throw error;
    })
    : { article: articleFromFeed(fallback as FeedFallback, ''), notice: "Showing the feed's text: the item has no link" };
  if (loaded.notice) rt.io.stderr.write(`tidings: ${loaded.notice}\n`);
  return articleShown(rt, withStoredMore(rt, loaded.article, { url, categories: fallback?.categories }));
}
