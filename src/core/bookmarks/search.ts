import type { Article } from '../article/types.js';
import { htmlToText } from '../text/html-to-text.js';
import type { Bookmark } from './types.js';

// Letters, digits and their combining marks: the same split for bodies and queries, so
// punctuation never decides a match.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
/** Body words kept per bookmark; an article longer than this is searched by its start. */
export const MAX_INDEXED_WORDS = 6000;

function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(WORD) ?? [];
}

/**
 * The compact search text of an article body: its distinct lower-cased words in order of
 * first appearance, space-separated (a few KB for a long article).
 */
export function articleSearchText(article: Article): string {
  const seen = new Set<string>();
  const text = [article.byline ?? '', article.siteName ?? '', article.excerpt ?? '', htmlToText(article.contentHtml)].join('\n');
  for (const word of words(text)) {
    seen.add(word);
    if (seen.size >= MAX_INDEXED_WORDS) break;
  }
  return [...seen].join(' ');
}

/** Lower-cased title, source, section, tags and note of a bookmark, for matching. */
export function bookmarkMetaText(bookmark: Bookmark): string {
  return words([bookmark.title, bookmark.source, bookmark.section, bookmark.tags.join(' '), bookmark.note].join(' ')).join(' ');
}

/** The words of a query; a bookmark matches when it contains every one of them. */
export function queryTerms(query: string): string[] {
  return [...new Set(words(query))];
}

/** True when every term occurs (as a substring, so `rain` finds `rainfall`) in the haystack. */
export function matchesTerms(haystack: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!haystack.includes(term)) return false;
  return true;
}

/**
 * Bookmarks matching every term, in their given order but with title matches first.
 * `bodyText(id)` gives the stored body words ('' when none).
 */
export function searchBookmarks(bookmarks: readonly Bookmark[], query: string, bodyText: (id: string) => string): Bookmark[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const inTitle: Bookmark[] = [];
  const elsewhere: Bookmark[] = [];
  for (const bookmark of bookmarks) {
    if (matchesTerms(words(bookmark.title).join(' '), terms)) {
      inTitle.push(bookmark);
      continue;
    }
    const meta = bookmarkMetaText(bookmark);
    const body = bodyText(bookmark.id);
    if (terms.every((term) => meta.includes(term) || body.includes(term))) elsewhere.push(bookmark);
  }
  return [...inTitle, ...elsewhere];
}
