/**
 * What Readability drops or does not look for, read from the untouched page: the lead
 * image and its caption, tags, and a published date from meta tags, JSON-LD or <time>.
 * Runs before Readability, which mutates the DOM.
 */
import type { LeadImage } from '../core/article/types.js';

/** The slice of the DOM (linkedom's) these readers use. */
export interface LightElement {
  tagName: string;
  textContent: string | null;
  innerHTML: string;
  attributes: ArrayLike<{ name: string }>;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  querySelector(selector: string): LightElement | null;
  querySelectorAll(selector: string): ArrayLike<LightElement> & Iterable<LightElement>;
  closest(selector: string): LightElement | null;
  remove(): void;
  prepend(...nodes: LightElement[]): void;
}

/** A parsed page. */
export interface LightDocument extends LightElement {
  documentElement: LightElement;
  head: LightElement | null;
  body: LightElement | null;
  createElement(name: string): LightElement;
}

/** Page metadata read before extraction. */
export interface PageMetadata {
  leadImage: LeadImage | null;
  tags: string[];
  publishedTime: string | null;
}

const MAX_TAGS = 15;

/** Cheap tests on the raw markup. */
interface PageText {
  has(pattern: RegExp): boolean;
}

/** Every <meta> content by lower-cased property / name / itemprop, read in one pass. */
type MetaMap = Map<string, string[]>;

function readMetas(doc: LightDocument): MetaMap {
  const map: MetaMap = new Map();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      const values = map.get(key);
      if (values) values.push(content);
      else map.set(key, [content]);
    }
  }
  return map;
}

function meta(metas: MetaMap, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = metas.get(key)?.[0];
    if (value) return value;
  }
  return null;
}

/**
 * An absolute http(s) URL, or null. A page read from a local file (the demo edition, a
 * saved page) may also point at files beside it; web pages never reach file: URLs.
 */
export function absoluteHttpUrl(value: string | null | undefined, base: string, extra: string[] = []): string | null {
  if (!value?.trim()) return null;
  try {
    const url = new URL(value.trim(), base);
    const local = url.protocol === 'file:' && base.startsWith('file:');
    return url.protocol === 'http:' || url.protocol === 'https:' || local || extra.includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function imageSource(img: LightElement, base: string): string | null {
  const src = img.getAttribute('src');
  const lazy = img.getAttribute('data-src') ?? img.getAttribute('data-original') ?? img.getAttribute('data-lazy-src');
  const srcset = img.getAttribute('srcset')?.split(',')[0]?.trim().split(/\s+/)[0];
  const best = !src || src.startsWith('data:') ? lazy ?? srcset ?? null : src;
  return absoluteHttpUrl(best, base);
}

function firstFigureImage(doc: LightDocument): LightElement | null {
  for (const figure of Array.from(doc.querySelectorAll('figure'))) {
    const img = figure.querySelector('img');
    if (img) return img;
  }
  return null;
}

function leadImageOf(doc: LightDocument, page: PageText, metas: MetaMap, base: string): LeadImage | null {
  const imageSrc = page.has(/image_src/) ? doc.querySelector('link[rel="image_src"]')?.getAttribute('href') : null;
  const metaUrl = absoluteHttpUrl(meta(metas, 'og:image:secure_url', 'og:image', 'twitter:image', 'twitter:image:src'), base)
    ?? absoluteHttpUrl(imageSrc, base);
  const metaAlt = meta(metas, 'og:image:alt', 'twitter:image:alt') ?? '';
  const figureImg = page.has(/<figure\b/i) ? firstFigureImage(doc) : null;
  const figureUrl = figureImg ? imageSource(figureImg, base) : null;
  const figcaption = figureImg?.closest('figure')?.querySelector('figcaption')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  if (metaUrl) {
    const sameAsFigure = figureUrl !== null && sameImage(figureUrl, metaUrl);
    return { url: metaUrl, caption: metaAlt || (sameAsFigure ? figcaption : '') };
  }
  if (figureUrl) return { url: figureUrl, caption: figcaption || (figureImg?.getAttribute('alt')?.trim() ?? '') };
  return null;
}

// og:image is often a resized copy of the figure's image: compare file names.
function sameImage(a: string, b: string): boolean {
  const name = (u: string) => new URL(u).pathname.split('/').pop() ?? u;
  return a === b || name(a) === name(b);
}

function tagsOf(doc: LightDocument, page: PageText, metas: MetaMap): string[] {
  let raw = (metas.get('article:tag') ?? []).flatMap((v) => v.split(','));
  if (raw.length === 0 && page.has(/rel=["']?tag|class=["'][^"']*\b(?:tags|tag-list|article-tags)\b/i)) raw = Array.from(doc.querySelectorAll('a[rel~="tag"], .tags a, .tag-list a, .article-tags a'), (a) => a.textContent ?? '');
  if (raw.length === 0) raw = (meta(metas, 'news_keywords', 'keywords') ?? '').split(',');
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of raw) {
    const tag = value.replace(/\s+/g, ' ').trim();
    if (!tag || tag.length > 60 || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
    if (out.length === MAX_TAGS) break;
  }
  return out;
}

function readJsonLd(doc: LightDocument, page: PageText): unknown[] {
  const out: unknown[] = [];
  if (!page.has(/ld\+json/i)) return out;
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      out.push(JSON.parse(script.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common; it only costs us a date.
    }
  }
  return out;
}

function jsonLdDate(nodes: unknown[]): string | null {
  const stack = [...nodes];
  while (stack.length > 0) {
    const node = stack.shift();
    if (Array.isArray(node)) stack.push(...node);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.datePublished === 'string') return record.datePublished;
      if (record['@graph']) stack.push(record['@graph']);
    }
  }
  return null;
}

const isDate = (value: string | null | undefined): value is string => Boolean(value) && !Number.isNaN(Date.parse(value as string));

function publishedOf(doc: LightDocument, page: PageText, metas: MetaMap): string | null {
  const candidates = [
    () => meta(metas, 'article:published_time', 'datepublished', 'article:published', 'og:published_time', 'pubdate', 'publishdate', 'dc.date.issued', 'sailthru.date'),
    () => jsonLdDate(readJsonLd(doc, page)),
    () => (page.has(/<time\b/i) ? doc.querySelector('article time[datetime], time[pubdate][datetime], main time[datetime]')?.getAttribute('datetime') : null),
  ];
  for (const candidate of candidates) {
    const value = candidate();
    if (isDate(value)) return value.trim();
  }
  return null;
}

/**
 * Reads lead image, tags and a published date from the page as served. `html` is the
 * page's markup: full-document selector queries are slow in linkedom, so each is only
 * run when the markup could match it.
 */
export function readPageMetadata(doc: LightDocument, baseUrl: string, html: string): PageMetadata {
  const page: PageText = { has: (pattern) => pattern.test(html) };
  const metas = readMetas(doc);
  return { leadImage: leadImageOf(doc, page, metas, baseUrl), tags: tagsOf(doc, page, metas), publishedTime: publishedOf(doc, page, metas) };
}
