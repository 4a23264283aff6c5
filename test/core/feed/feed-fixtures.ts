// Shared by the feed tests: locate fixtures and the corpus, decode bytes like the real path.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeFeedBytes } from '../../../src/core/feed/decode.js';
import { parseFeed } from '../../../src/core/feed/parse-feed.js';
import type { FeedItem, ParsedFeed } from '../../../src/core/feed/types.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const fixtureDir = path.join(repoRoot, 'test/fixtures/feeds');
export const corpusFeedDir = path.resolve(repoRoot, '../shared/corpus/feeds');
export const hasCorpus = existsSync(corpusFeedDir);

/** Bytes of a file as the HTTP layer would hand them over (a plain Uint8Array). */
export function readBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(file));
}

/** Decodes and parses one of our own fixtures. */
export function parseFixture(name: string, url = `https://feeds.example.test/${name}`, contentType?: string): ParsedFeed {
  return parseFeed(decodeFeedBytes(readBytes(path.join(fixtureDir, name)), contentType), { url });
}

/** Decodes and parses one corpus feed. */
export function parseCorpus(name: string, url = `https://corpus.example.test/${name}`): ParsedFeed {
  return parseFeed(decodeFeedBytes(readBytes(path.join(corpusFeedDir, name))), { url });
}

/** Every string a screen may show: all feed and item strings except contentHtml. */
export function displayStrings(feed: ParsedFeed): string[] {
  const out = [feed.title, feed.link, feed.description, feed.language ?? ''];
  for (const item of feed.items) out.push(...itemStrings(item));
  return out;
}

function itemStrings(item: FeedItem): string[] {
  return [item.id, item.title, item.link, item.published ?? '', item.updated ?? '', item.author ?? '', item.summary, item.image ?? '', ...item.categories];
}
