/**
 * HTML page → Article with @mozilla/readability over linkedom (a light DOM: no layout,
 * no script execution, no subresource fetching). Measured on the corpus: see
 * bench/article.mjs and the issue note.
 */
import { Readability } from '@mozilla/readability';
// The single-file build: same parser, but 1 module instead of ~200 to resolve and compile
// (about 30 ms to import instead of 100 ms, which `tidings read` pays on every run).
import { parseHTML } from 'linkedom/worker';
import { hostileShape } from '../core/article/html-shape.js';
import { readingStats } from '../core/article/reading-stats.js';
import { stripInertMarkup } from '../core/article/strip-inert.js';
import type { Article } from '../core/article/types.js';
import { ExtractError } from '../core/errors.js';
import { absoluteHttpUrl, readPageMetadata, type LightDocument, type LightElement } from './article-metadata.js';
import { readSourceCredit, readStoryLists } from './article-related.js';

/**
 * A short page is still an article (a breaking item's page may be one sentence), but a
 * few words that make no sentence are a form or a stub: below this many words, a page
 * needs sentence punctuation to count.
 */
const MIN_WORDS_WITHOUT_SENTENCE = 5;
/** Above this share of text inside links, the page is an index, not an article. */
const MAX_LINK_DENSITY = 0.5;
// Never run or load anything: these go before Readability sees the page.
const UNSAFE_ELEMENTS = 'script:not([type="application/ld+json"]), style, iframe, frame, frameset, object, embed, applet, template, link, meta[http-equiv="refresh"]';

/** Deeper than browsers build (Chromium stops nesting at 512). */
const MAX_DEPTH = 512;
/** Far beyond any article page; a 5 MB page of paragraphs has ~16k. */
const MAX_ELEMENTS = 100_000;
// linkedom and Readability are quadratic in nesting depth (100k nested divs took
// minutes), so hostile shapes are refused before any DOM is built.
function refuseHostileShapes(html: string): void {
  const problem = hostileShape(html, { maxDepth: MAX_DEPTH, maxElements: MAX_ELEMENTS });
  if (problem) throw new ExtractError(`not an article (${problem})`);
}

/** The page's base URL: its own <base href> resolved against the page URL, else the URL. */
function baseUrlOf(doc: LightDocument, html: string, url: string): string {
  // Most pages have no <base>: skip a full-document query for it.
  const declared = /<base\b/i.test(html) ? doc.querySelector('base[href]')?.getAttribute('href') : null;
  if (declared) {
    try {
      return new URL(declared, url).href;
    } catch {
      // A broken <base> is ignored, as browsers do.
    }
  }
  return url;
}

// linkedom has no document URL: Readability resolves links against document.baseURI,
// which linkedom takes from the first <base href>.
function injectBase(doc: LightDocument, html: string, baseUrl: string): void {
  if (/<base\b/i.test(html)) for (const old of Array.from(doc.querySelectorAll('base'))) old.remove();
  const base = doc.createElement('base');
  base.setAttribute('href', baseUrl);
  (doc.head ?? doc.documentElement).prepend(base);
}

// Ad slots inside the article body survive Readability as a stray "Advertisement" line.
const AD_CLASS = /(?:^|\s)(?:ad|ads|advert|advertisement|ad-(?:slot|unit|container|wrapper|inline|leaderboard|mpu)|dfp-ad|sponsored-ad)(?:\s|$)/i;
const AD_LABEL = /^(?:advertisement|advertising|anzeige|publicité|publicidad|pubblicità|реклама|إعلان)$/i;

function dropAdSlots(root: LightElement): void {
  for (const el of Array.from(root.querySelectorAll('[class], [id], [aria-label]'))) {
    const label = el.getAttribute('aria-label') ?? '';
    const short = (el.textContent ?? '').trim();
    if (AD_CLASS.test(el.getAttribute('class') ?? '') || AD_CLASS.test(el.getAttribute('id') ?? '') || AD_LABEL.test(label)
      || (AD_LABEL.test(short) && el.querySelector('*') === null && el.tagName !== 'P')) {
      el.remove();
    }
  }
}

// Event handlers are inert here, but the HTML is stored and may be exported later.
function dropEventHandlers(root: LightElement): void {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) if (/^on/i.test(attr.name)) el.removeAttribute(attr.name);
  }
}

function absolutise(root: LightElement, baseUrl: string): void {
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    const resolved = absoluteHttpUrl(a.getAttribute('href'), baseUrl, ['mailto:']);
    if (resolved) a.setAttribute('href', resolved);
    else a.removeAttribute('href');
  }
  for (const img of Array.from(root.querySelectorAll('img, source'))) {
    const src = img.getAttribute('src');
    const lazy = img.getAttribute('data-src') ?? img.getAttribute('data-original');
    const srcset = img.getAttribute('srcset')?.split(',')[0]?.trim().split(/\s+/)[0];
    const best = absoluteHttpUrl(!src || src.startsWith('data:') ? lazy ?? srcset : src, baseUrl);
    if (best) img.setAttribute('src', best);
    else img.removeAttribute('src');
    img.removeAttribute('srcset');
  }
}

function linkDensity(root: LightElement, textLength: number): number {
  let linked = 0;
  for (const a of Array.from(root.querySelectorAll('a'))) linked += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  return textLength > 0 ? linked / textLength : 1;
}

/** Some text, and either a few words or a sentence. */
function isReadableText(text: string): boolean {
  if (text === '') return false;
  return text.split(' ').length >= MIN_WORDS_WITHOUT_SENTENCE || /[.!?؟。]/u.test(text);
}

function normaliseDir(dir: string | null | undefined): 'ltr' | 'rtl' | null {
  const value = dir?.trim().toLowerCase();
  return value === 'rtl' || value === 'ltr' ? value : null;
}

const orNull = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/**
 * Extracts the readable article of a page. `url` is the page's address (after
 * redirects, or a file: URL); relative links and images are made absolute against it.
 * Throws ExtractError when the page has no article in it.
 */
export function extractArticle(page: string, url: string): Article {
  if (page.trim() === '') throw new ExtractError('not an article (the page is empty)');
  const html = stripInertMarkup(page);
  refuseHostileShapes(html);
  const doc = (parseHTML(html) as unknown as { document: LightDocument }).document;
  const baseUrl = baseUrlOf(doc, html, url);
  injectBase(doc, html, baseUrl);
  const metadata = readPageMetadata(doc, baseUrl, html);
  const related = readStoryLists(doc, html, baseUrl, url);
  const source = readSourceCredit(html);
  for (const el of Array.from(doc.querySelectorAll(UNSAFE_ELEMENTS))) el.remove();
  dropAdSlots(doc.documentElement);

  const reader = new Readability(doc as never, { serializer: (node) => node as unknown as LightElement });
  let result: ReturnType<typeof reader.parse>;
  try {
    result = reader.parse();
  } catch (error) {
    throw new ExtractError(`not an article (${(error as Error).message})`, { cause: error });
  }
  const content = result?.content;
  const text = (result?.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!result || !content || !isReadableText(text) || linkDensity(content, text.length) > MAX_LINK_DENSITY) {
    throw new ExtractError('not an article (no readable content found)');
  }
  absolutise(content, baseUrl);
  dropEventHandlers(content);
  const stats = readingStats(text);
  return {
    url,
    title: orNull(result.title) ?? orNull(doc.querySelector('title')?.textContent) ?? '',
    byline: orNull(result.byline),
    siteName: orNull(result.siteName),
    publishedTime: orNull(result.publishedTime) ?? metadata.publishedTime,
    lang: orNull(result.lang) ?? orNull(doc.documentElement.getAttribute('lang')),
    dir: normaliseDir(result.dir) ?? normaliseDir(doc.documentElement.getAttribute('dir')),
    excerpt: orNull(result.excerpt),
    contentHtml: content.innerHTML,
    leadImage: metadata.leadImage,
    tags: metadata.tags,
    wordCount: stats.wordCount,
    readingMinutes: stats.readingMinutes,
    source,
    related,
  };
}
