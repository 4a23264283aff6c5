import { withMoreOnThis } from '../core/article/more-on-this.js';
import type { Article } from '../core/article/types.js';
import { findMoreOnThis } from '../services/more-on-this.js';
import type { Runtime } from './runtime.js';

/**
 * The article as `read` prints it: when the page lists no stories of its own, with "More on
 * this" from the edition's stored items (`opened`: the link it was read by, and the feed
 * item's categories when it was an item).
 */
export function withStoredMore(rt: Runtime, article: Article, opened: { url: string; categories?: string[] }): Article {
  if ((article.related ?? []).some((list) => list.stories.length > 0)) return article;
  try {
    const name = rt.editionName();
    const edition = rt.editions.load(name, rt.editionChanges.get(name));
    const subject = { title: article.title, categories: [...(article.tags ?? []), ...(opened.categories ?? [])], links: [article.url, opened.url] };
    return withMoreOnThis(article, findMoreOnThis(rt.database, subject, { feedUrls: edition.feeds.map((f) => f.url) }));
  } catch (error) {
    // Suggestions are extra: a store that cannot give them does not stop the article.
    rt.warnAfter(`"More on this" left out: ${(error as Error).message}`);
    return article;
  }
}
