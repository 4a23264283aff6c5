/** Formats the feed parser recognises. */
export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'json';

/** One story from a feed, normalised. Every string is already sanitised. */
export interface FeedItem {
  /** guid / id / link; stable across fetches. */
  id: string;
  title: string;
  /** Absolute URL, or '' when the feed gave none. */
  link: string;
  /** ISO 8601 (UTC, `Z`), or null when the feed gave no parseable date. */
  published: string | null;
  updated: string | null;
  author: string | null;
  /** Plain text, tags stripped, entities decoded, whitespace folded. */
  summary: string;
  /** Raw HTML body (content:encoded, atom content, content_html); NOT sanitised for terminals. */
  contentHtml: string | null;
  categories: string[];
  /** Absolute URL of a lead image (enclosure, media:content/thumbnail, image field). */
  image: string | null;
}

/** A parsed feed: channel metadata and its items in the feed's own order. */
export interface ParsedFeed {
  format: FeedFormat;
  title: string;
  link: string;
  description: string;
  language: string | null;
  items: FeedItem[];
}
