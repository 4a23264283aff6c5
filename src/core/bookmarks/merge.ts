import type { Article } from '../article/types.js';
import { bookmarkId, canonicalUrl, mergeTags, sortNewestFirst } from './model.js';
import { articleSearchText } from './search.js';
import { isBookmarkableUrl } from './shape.js';
import type { Bookmark, BookmarkEntry } from './types.js';

/** The outcome of {@link mergeEntries}: the new index and what must be written for it. */
export interface MergedEntries {
  bookmarks: Bookmark[];
  /** Article files to write (before the index). */
  articles: { bookmark: Bookmark; article: Article }[];
  /** Body words of those articles, by id. */
  words: Map<string, string>;
  result: { added: number; updated: number; last?: Bookmark };
}

/**
 * Merges entries into a list by URL. An import (`exact` false) keeps the existing id,
 * date and article, merges tags and fills in what the incoming entry has; a restore
 * (`exact` true) puts the entry back as it was, keeping its id when free.
 */
export function mergeEntries(list: readonly Bookmark[], entries: readonly BookmarkEntry[], exact: boolean): MergedEntries {
  const byUrl = new Map(list.map((b) => [b.url, b]));
  const ids = new Set(list.map((b) => b.id));
  const articles: MergedEntries['articles'] = [];
  const words = new Map<string, string>();
  let added = 0;
  let updated = 0;
  let last: Bookmark | undefined;
  for (const { bookmark: incoming, article } of entries) {
    const url = canonicalUrl(incoming.url);
    if (!isBookmarkableUrl(url)) continue;
    const existing = byUrl.get(url);
    const id = existing?.id ?? (exact && incoming.id && !ids.has(incoming.id) ? incoming.id : bookmarkId(url, (c) => ids.has(c)));
    const merged: Bookmark = existing && !exact
      ? {
        ...existing,
        title: incoming.title || existing.title,
        source: incoming.source || existing.source,
        section: incoming.section || existing.section,
        tags: mergeTags(existing.tags, incoming.tags),
        note: incoming.note || existing.note,
        hasArticle: existing.hasArticle || article !== null,
      }
      : { ...incoming, url, id, hasArticle: article !== null };
    if (existing) updated++;
    else added++;
    ids.add(id);
    byUrl.set(url, merged);
    last = merged;
    if (article) {
      articles.push({ bookmark: merged, article });
      words.set(id, articleSearchText(article));
    }
  }
  return { bookmarks: sortNewestFirst([...byUrl.values()]), articles, words, result: { added, updated, last } };
}
