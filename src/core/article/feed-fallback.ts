import type { Headline } from '../edition/headlines.js';

/** What a feed item knows about its story, for when the page itself fails. */
export interface FeedFallback {
  title: string;
  link: string;
  contentHtml: string | null;
  summary: string;
  author: string | null;
  published: string | null;
  image?: string | null;
  categories?: string[];
}

/** The fallback of a headline: its feed item's own text, for `read`, `bookmarks add` and the app's reader. */
export function feedFallback(h: Headline): FeedFallback {
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
