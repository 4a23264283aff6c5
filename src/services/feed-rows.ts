/**
 * A parsed feed made ready to store: its own fields, and its items as rows, each an array
 * of plain values in ITEM_COLUMNS order. Made where the feed is parsed (a worker thread, in
 * a refresh), the rows cross to the main thread as a structured clone (no item objects, no
 * JSON to write and read again) and are bound straight into one prepared statement.
 */
import { headlineKeys, linkPath } from '../core/edition/headlines.js';
import type { FeedFormat, FeedItem, ParsedFeed } from '../core/feed/types.js';

/** A feed's fields and its items as rows (see ITEM_COLUMNS for the order in each row). */
export interface FeedRows {
  format: FeedFormat;
  title: string;
  link: string;
  description: string;
  language: string | null;
  /** Distinct items (by id) in the body. */
  count: number;
  /** Item rows, each in ITEM_COLUMNS order. */
  items: ItemRow[];
}

/** One item's values, in ITEM_COLUMNS order. */
export type ItemRow = (string | number | null)[];

/** The items columns each row holds, in order. */
export const ITEM_COLUMNS = ['guid', 'key', 'title', 'link', 'published', 'updated', 'author', 'summary', 'content_html', 'categories', 'image', 'link_path', 'category_keys', 'sort_time', 'position'] as const;

/** Epoch ms of an item's date for sorting; null (sorted last) when it has none. */
export function itemSortTime(item: Pick<FeedItem, 'published' | 'updated'>): number | null {
  const iso = item.published ?? item.updated;
  const t = iso ? Date.parse(iso) : Number.NaN;
  return Number.isFinite(t) ? t : null;
}

/** Categories as matched by sections: lower-cased, each between newlines. */
export function categoryKeys(categories: string[]): string {
  return categories.length > 0 ? `\n${categories.map((c) => c.toLowerCase()).join('\n')}\n` : '';
}

/** The rows of a feed fetched from `feedUrl` (the URL as configured: item keys come from it). */
export function feedRows(feedUrl: string, feed: ParsedFeed): FeedRows {
  const keyOf = headlineKeys(feedUrl);
  const ids = new Set<string>();
  const rows = feed.items.map((item, position): ItemRow => {
    ids.add(item.id);
    const { categories } = item;
    return [
      item.id, keyOf(item.id), item.title, item.link, item.published, item.updated, item.author, item.summary, item.contentHtml,
      categories.length > 0 ? JSON.stringify(categories) : '[]', item.image, linkPath(item.link), categoryKeys(categories), itemSortTime(item), position,
    ];
  });
  return {
    format: feed.format, title: feed.title, link: feed.link, description: feed.description, language: feed.language,
    count: ids.size, items: rows,
  };
}
