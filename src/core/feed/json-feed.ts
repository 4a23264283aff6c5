/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). */
import { FeedParseError } from '../errors.js';
import { sanitizeLine } from '../text/sanitize.js';
import { cleanTitle, finishItem, plainLine } from './normalize-item.js';
import type { FeedItem, ParsedFeed } from './types.js';
import { resolveUrl } from './urls.js';

/** A JSON object as parsed. */
export type Json = Record<string, unknown>;

/** Parses JSON Feed text; throws FeedParseError when it is not JSON or not a feed. */
export function parseJsonFeed(text: string, feedUrl: string): ParsedFeed {
  const data = readJsonFeed(text);
  const feedAuthor = authorOf(data);
  const items: FeedItem[] = [];
  for (const entry of jsonFeedEntries(data)) {
    const item = parseItem(entry, feedUrl, feedAuthor);
    if (item) items.push(item);
  }
  return {
    format: 'json',
    title: jsonFeedTitle(data),
    link: resolveUrl(str(data.home_page_url), feedUrl),
    description: plainLine(str(data.description), true),
    language: sanitizeLine(str(data.language)) || null,
    items,
  };
}

/** The feed object in JSON Feed text; throws FeedParseError when it is not one. */
export function readJsonFeed(text: string): Json {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new FeedParseError(`invalid JSON Feed: ${(error as Error).message}`, { cause: error });
  }
  if (!isObject(data)) throw new FeedParseError('invalid JSON Feed: not an object');
  const version = str(data.version);
  if (!Array.isArray(data.items) && !version.includes('jsonfeed.org')) {
    throw new FeedParseError('invalid JSON Feed: no "version" or "items"');
  }
  return data;
}

/** The item objects of a feed object (anything else in `items` is skipped). */
export function jsonFeedEntries(data: Json): Json[] {
  return Array.isArray(data.items) ? data.items.filter(isObject) : [];
}

/** The feed's display title. */
export function jsonFeedTitle(data: Json): string {
  return cleanTitle(str(data.title), true);
}

/** What names an item: its raw id and its absolute link. */
export function jsonItemKey(entry: Json, feedUrl: string): { id: string; link: string } {
  const id = entry.id;
  return {
    id: typeof id === 'string' || typeof id === 'number' ? String(id) : '',
    link: resolveUrl(str(entry.url), feedUrl) || resolveUrl(str(entry.external_url), feedUrl),
  };
}

function parseItem(entry: Json, feedUrl: string, feedAuthor: string): FeedItem | null {
  const contentHtml = str(entry.content_html);
  const summary = str(entry.summary);
  const { id, link } = jsonItemKey(entry, feedUrl);
  return finishItem({
    id,
    title: str(entry.title),
    titleIsText: true,
    link,
    published: str(entry.date_published),
    updated: str(entry.date_modified),
    author: authorOf(entry) || feedAuthor,
    summary,
    summaryIsText: true,
    contentHtml,
    contentText: str(entry.content_text),
    categories: Array.isArray(entry.tags) ? entry.tags.filter((t): t is string => typeof t === 'string') : [],
    image: resolveUrl(str(entry.image), feedUrl) || resolveUrl(str(entry.banner_image), feedUrl) || attachmentImage(entry, feedUrl),
    base: feedUrl,
  });
}

// 1.1 has `authors: [{name}]`, 1.0 has `author: {name}`.
function authorOf(object: Json): string {
  const authors = Array.isArray(object.authors) ? object.authors : [object.author];
  for (const author of authors) {
    if (isObject(author) && str(author.name)) return str(author.name);
  }
  return '';
}

function attachmentImage(entry: Json, feedUrl: string): string {
  if (!Array.isArray(entry.attachments)) return '';
  for (const a of entry.attachments) {
    if (isObject(a) && str(a.mime_type).startsWith('image/')) {
      const url = resolveUrl(str(a.url), feedUrl);
      if (url) return url;
    }
  }
  return '';
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
