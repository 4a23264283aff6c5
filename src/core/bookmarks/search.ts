import type { Article } from '../article/types.js';
import { htmlToText } from '../text/html-to-text.js';

/**
 * Characters of article text kept for search. A book-length page is searched by its start:
 * the index stays small and a save stays quick.
 */
export const MAX_BODY_CHARS = 200_000;

/** The plain text of an article that search looks through: byline, site, excerpt and body, in order. */
export function articleSearchText(article: Article): string {
  const text = [article.byline ?? '', article.siteName ?? '', article.excerpt ?? '', htmlToText(article.contentHtml)]
    .filter(Boolean)
    .join('\n');
  return text.length > MAX_BODY_CHARS ? text.slice(0, MAX_BODY_CHARS) : text;
}

// A part of the query holds a word when it has a letter or digit; the rest (punctuation,
// operators) is left to the tokenizer inside quotes, where it can never be syntax.
const HAS_WORD = /[\p{L}\p{N}]/u;
const PART = /"([^"]*)"(\*?)|(\S+)/gu;

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * The user's query as a safe FTS5 query: every word or `"phrase"` quoted (so AND, OR, NEAR,
 * `:` or `(` in user text are only text), a trailing `*` kept as a prefix search, all parts
 * required. Undefined when the query holds no word at all (it then matches nothing).
 */
export function toFtsQuery(query: string): string | undefined {
  const parts: string[] = [];
  for (const m of query.normalize('NFKC').matchAll(PART)) {
    const phrase = m[1] !== undefined;
    let text = phrase ? m[1] : m[3].replace(/"/g, '');
    let prefix = phrase ? m[2] === '*' : false;
    if (!phrase && /\*+$/.test(text)) {
      text = text.replace(/\*+$/, '');
      prefix = true;
    }
    text = text.trim();
    if (!HAS_WORD.test(text)) continue;
    parts.push(`${quote(text)}${prefix ? '*' : ''}`);
  }
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/**
 * A query being typed (the TUI's live search): its last word also matches as a prefix, so
 * `tra` already finds `train`. A query ending in a space, a quote or `*` is left as it is.
 */
export function liveQuery(query: string): string {
  return /[\p{L}\p{N}]$/u.test(query) ? `${query}*` : query;
}
