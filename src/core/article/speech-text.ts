/**
 * What Listen speaks of an article: its title, the byline line, then the body as plain
 * sentences. Pure: the speech engine gets this text on its standard input.
 */
import { cleanText, parseBlocks, plainText } from './blocks.js';
import { bylineText } from './render.js';
import type { Article } from './types.js';

/** The article as text to speak: title, byline line and body, paragraphs on their own lines. */
export function speechText(article: Article): string {
  const title = cleanText(article.title ?? '').trim();
  // "·" separators read badly aloud: a comma pause instead.
  const byline = bylineText(article).replace(/ · /g, ', ');
  const { blocks } = parseBlocks(article.contentHtml ?? '', { baseUrl: article.url, numberLinks: false });
  const body = plainText(blocks).replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
  return [title && `${title}.`, byline && `${byline}.`, body].filter(Boolean).join('\n\n').replace(/([.!?؟])\./g, '$1');
}

/** The language to speak in: the article's own (primary subtag), else `fallback`. */
export function speechLanguage(article: Article, fallback = 'en'): string {
  const primary = (article.lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return /^[a-z]{2,3}$/.test(primary) ? primary : fallback;
}
