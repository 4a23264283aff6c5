/**
 * Extracted articles on disk, one `<sha256(url)>.json` per page, so reopening is instant
 * and a read article opens offline. Writes are atomic; anything unreadable is a miss.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../core/article/types.js';
import { writeFileAtomic } from './atomic-file.js';

/** Bumped when the stored Article shape changes; older entries become misses. */
const FORMAT = 1;

/** A cache hit. */
export interface CachedArticle {
  article: Article;
  /** ISO time the article was extracted and stored. */
  savedAt: string;
}

/** The article cache. */
export interface ArticleCache {
  readonly dir: string;
  get(url: string): Promise<CachedArticle | undefined>;
  put(url: string, article: Article): Promise<void>;
}

/** The key of a page: its URL without the fragment (`#top` is the same page). */
export function articleCacheKey(url: string): string {
  return createHash('sha256').update(url.split('#')[0]).digest('hex');
}

const isString = (v: unknown): v is string => typeof v === 'string';
const stringOrNull = (v: unknown) => v === null || typeof v === 'string';

/** True when a parsed value has every field an Article needs (a hand-edited or truncated file is not). */
export function isArticle(value: unknown): value is Article {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Record<string, unknown>;
  const lead = a.leadImage as Record<string, unknown> | null;
  return (
    isString(a.url) && isString(a.title) && isString(a.contentHtml) &&
    stringOrNull(a.byline) && stringOrNull(a.siteName) && stringOrNull(a.publishedTime) &&
    stringOrNull(a.lang) && stringOrNull(a.excerpt) && (a.dir === null || a.dir === 'ltr' || a.dir === 'rtl') &&
    (lead === null || (typeof lead === 'object' && isString(lead.url) && isString(lead.caption))) &&
    Array.isArray(a.tags) && a.tags.every(isString) &&
    typeof a.wordCount === 'number' && typeof a.readingMinutes === 'number'
  );
}

/** Opens the cache in `dir` (created on first write). */
export function createArticleCache(options: { dir: string; now: () => Date }): ArticleCache {
  const { dir } = options;
  const pathOf = (url: string) => join(dir, `${articleCacheKey(url)}.json`);
  return {
    dir,
    async get(url) {
      try {
        const entry = JSON.parse(await readFile(pathOf(url), 'utf8')) as Record<string, unknown>;
        if (entry.format !== FORMAT || entry.url !== url.split('#')[0] || !isString(entry.savedAt) || !isArticle(entry.article)) return undefined;
        return { article: entry.article, savedAt: entry.savedAt };
      } catch {
        // Missing or corrupt: the page is fetched again.
        return undefined;
      }
    },
    async put(url, article) {
      const entry = { format: FORMAT, url: url.split('#')[0], savedAt: options.now().toISOString(), article };
      await writeFileAtomic(pathOf(url), `${JSON.stringify(entry)}\n`);
    },
  };
}
