/** The inline feed parser, in a module of its own so callers that parse on workers never load it. */
import { decodeFeedBytes } from '../core/feed/decode.js';
import { parseFeed } from '../core/feed/parse-feed.js';
import type { ParsedFeed } from '../core/feed/types.js';
import { feedRows, type FeedRows } from './feed-rows.js';

/** The real parser: charset-aware decoding, then RSS/RDF/Atom/JSON Feed parsing. */
export function parseFeedBody(bytes: Uint8Array, contentType: string | null, url: string): ParsedFeed {
  return parseFeed(decodeFeedBytes(bytes, contentType), { url });
}

/** Parses a body fetched for `feedUrl` (from `url` after redirects) into the rows to store. */
export function parseFeedRows(bytes: Uint8Array, contentType: string | null, url: string, feedUrl: string): FeedRows {
  return feedRows(feedUrl, parseFeedBody(bytes, contentType, url));
}
