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

const ASCII = /^[\n -~]*$/;
const folded = (text: string) => (ASCII.test(text) ? text : text.normalize('NFKC')).toLowerCase();
// Bookmarks from one index load are searched again and again (the TUI's `/`): fold once.
const metaCache = new WeakMap<Bookmark, { title: string; meta: string }>();

/** Lower-cased title, and title + source + section + tags + note, of a bookmark. */
export function bookmarkMetaText(bookmark: Bookmark): { title: string; meta: string } {
  let cached = metaCache.get(bookmark);
  if (!cached) {
    const title = folded(bookmark.title);
    cached = { title, meta: `${title} ${folded([bookmark.source, bookmark.section, bookmark.tags.join(' '), bookmark.note].join(' '))}` };
    metaCache.set(bookmark, cached);
  }
  return cached;
}

/** The words of a query; a bookmark matches when it contains every one of them. */
export function queryTerms(query: string): string[] {
  return [...new Set(words(query))];
}

/**
 * Bookmarks holding every word of `query` (as a substring, so `rain` finds `rainfall`)
 * in their title, source, section, tags, note or body; in their given order, but title
 * matches first. `bodyHits(term)` gives the ids whose body contains the term.
 */
export function searchBookmarks(bookmarks: readonly Bookmark[], query: string, bodyHits: (term: string) => ReadonlySet<string>): Bookmark[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const inBody = terms.map(bodyHits);
  const inTitle: Bookmark[] = [];
  const elsewhere: Bookmark[] = [];
  for (const bookmark of bookmarks) {
    const { title, meta } = bookmarkMetaText(bookmark);
    if (terms.every((term) => title.includes(term))) {
      inTitle.push(bookmark);
      continue;
    }
    if (terms.every((term, i) => meta.includes(term) || inBody[i].has(bookmark.id))) elsewhere.push(bookmark);
  }
  return [...inTitle, ...elsewhere];
}
