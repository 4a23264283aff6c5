/**
 * Turns what a format parser pulled out of an entry (raw strings) into a FeedItem: every
 * display string sanitised, dates normalised, summary derived, id and image filled in.
 */
import { decodeHtmlAttribute } from '../text/entities.js';
import { sanitizeLine } from '../text/sanitize.js';
import { htmlToLine } from '../text/html-to-text.js';
import { truncateToWidth } from '../text/width.js';
import { parseFeedDate } from './dates.js';
import type { FeedItem } from './types.js';
import { resolveUrl } from './urls.js';

/** An entry as a format parser saw it: raw strings, links already absolute. */
export interface RawItem {
  id: string;
  /** Title markup (escaped HTML or plain text, see titleIsText). */
  title: string;
  titleIsText: boolean;
  link: string;
  published: string;
  updated: string;
  author: string;
  /** Summary source (description / summary), HTML unless summaryIsText. */
  summary: string;
  summaryIsText: boolean;
  /** Full body HTML, '' when none. */
  contentHtml: string;
  /** Plain-text body (Atom type=text content, JSON content_text), '' when none. */
  contentText: string;
  categories: string[];
  image: string;
  /** Base URL for relative image sources inside the HTML. */
  base: string;
}

const SUMMARY_MAX = 600;
const LOOKS_LIKE_HTML = /<[a-zA-Z][^>]*>|<\/[a-zA-Z]+>/;
const TITLE_MARKUP = /<[a-zA-Z/!]|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);/;

/** A raw entry → FeedItem, or null when it carries nothing worth showing. */
export function finishItem(raw: RawItem): FeedItem | null {
  const title = cleanTitle(raw.title, raw.titleIsText);
  const link = raw.link;
  const rawContent = raw.contentHtml || (LOOKS_LIKE_HTML.test(raw.summary) && !raw.summaryIsText ? raw.summary : '');
  const summary = makeSummary(raw);
  const rawId = sanitizeLine(raw.id);
  if (!title && !link && !summary && !rawId && !rawContent) return null;
  const published = parseFeedDate(raw.published);
  const updated = parseFeedDate(raw.updated);
  return {
    id: rawId || link || fallbackId(title, published ?? updated, summary),
    title: title || untitledTitle(summary, link),
    link,
    published,
    updated,
    author: cleanAuthor(raw.author),
    summary,
    contentHtml: rawContent || null,
    categories: cleanCategories(raw.categories),
    image: raw.image || firstImage(rawContent || raw.summary, raw.base) || null,
  };
}

const TITLE_COLUMNS = 80;

/**
 * A title for an entry that has none: the first sentence of its text cut at 80 columns,
 * else a readable one from the link's last path segment ("harbour-cranes-return.html" →
 * "Harbour cranes return"), else ''.
 */
export function untitledTitle(text: string, link: string): string {
  const sentence = /^.*?[.!?؟。](?=\s|$)/u.exec(text.trim())?.[0] ?? text.trim();
  if (sentence) return truncateToWidth(sentence, TITLE_COLUMNS);
  let segment: string;
  try {
    segment = decodeURIComponent(new URL(link).pathname.split('/').filter(Boolean).pop() ?? '');
  } catch {
    return '';
  }
  const words = sanitizeLine(segment.replace(/\.[a-z0-9]{1,5}$/i, '').replace(/[-_+]+/g, ' ')).trim();
  if (!words || /^\d+$/.test(words)) return '';
  return truncateToWidth(words.charAt(0).toUpperCase() + words.slice(1), TITLE_COLUMNS);
}

// No guid and no link: something stable across fetches, readable in a JSON dump.
function fallbackId(title: string, date: string | null, summary: string): string {
  if (!title) return date ? `${date}|${summary.slice(0, 80)}` : summary.slice(0, 80);
  return date ? `${title}|${date}` : title;
}

/** A display title: tags stripped and entities decoded when it carries markup. */
export function cleanTitle(raw: string, isText = false): string {
  if (!raw) return '';
  return !isText && TITLE_MARKUP.test(raw) ? htmlToLine(raw) : sanitizeLine(raw);
}

/** One-line plain text from HTML (feed descriptions, subtitles). */
export function plainLine(raw: string, isText = false): string {
  return isText ? sanitizeLine(raw) : htmlToLine(raw);
}

function makeSummary(raw: RawItem): string {
  let text: string;
  if (raw.summary.trim()) text = raw.summaryIsText ? sanitizeLine(raw.summary) : previewLine(raw.summary);
  else if (raw.contentHtml) text = previewLine(raw.contentHtml);
  else text = sanitizeLine(raw.contentText);
  return truncate(text, SUMMARY_MAX);
}

// Raw text (before whitespace folding) enough for a full preview of a long body.
function previewLine(html: string): string {
  return htmlToLine(html, SUMMARY_MAX * 2 + 200);
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  if (space > max * 0.6) cut = cut.slice(0, space);
  else if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.replace(/[\s,;:.\-–—]+$/, '')}…`;
}

/** An author line for display (an RSS email address reduced to the name), or null. */
export function cleanAuthor(raw: string): string | null {
  let line = sanitizeLine(raw);
  // RSS <author> is an email: "jo@example.com (Jo Smith)"; also "Jo Smith <jo@example.com>".
  const paren = /^\S+@\S+\s*\((.+)\)$/.exec(line);
  const angle = /^(.+?)\s*<\S+@\S+>$/.exec(line);
  if (paren) line = paren[1];
  else if (angle) line = angle[1].replace(/^"(.*)"$/, '$1');
  return cleanTitle(line) || null;
}

function cleanCategories(raw: string[]): string[] {
  if (raw.length === 0) return [];
  if (raw.length === 1) {
    const line = cleanTitle(raw[0]);
    return line ? [line] : [];
  }
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of raw) {
    const line = cleanTitle(c);
    const key = line.toLowerCase();
    if (!line || seen.has(key)) continue;
    seen.add(key);
    out.push(line);
  }
  return out;
}

const IMG_TAG = /<img\b[^>]*>/gi;
const SRC_ATTR = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const PIXEL = /\b(?:width|height)\s*=\s*["']?[01](?:px)?["'\s/>]/i;

/** The first real `<img src>` in some HTML, absolute; tracking pixels skipped. */
export function firstImage(html: string, base: string): string {
  if (!html || !html.includes('<img') && !html.includes('<IMG')) return '';
  IMG_TAG.lastIndex = 0;
  for (let m = IMG_TAG.exec(html), n = 0; m && n < 5; m = IMG_TAG.exec(html), n++) {
    if (PIXEL.test(m[0])) continue;
    const src = SRC_ATTR.exec(m[0]);
    const value = src ? (src[1] ?? src[2] ?? src[3]) : '';
    const url = resolveUrl(decodeHtmlAttribute(value), base);
    if (url) return url;
  }
  return '';
}

/** Merges entries that are the same item (see mergeById): first position wins, gaps filled from later ones. */
export function mergeDuplicates(items: FeedItem[]): FeedItem[] {
  return mergeById(items, fillGaps);
}

/**
 * The merge rule: an
 * entry's id names it, so entries merge only when their ids are equal. An entry without an
 * id of its own is named by its link, so two of those merge when their links are equal;
 * entries with distinct ids that share a link (a live blog, a breaking feed whose every
 * entry points at one live page) stay apart. The first entry stays; `fill` completes it.
 */
function mergeById<T extends { id: string }>(items: T[], fill: (target: T, from: T) => void): T[] {
  const out: T[] = [];
  const byId = new Map<string, T>();
  for (const item of items) {
    const existing = byId.get(item.id);
    if (existing) fill(existing, item);
    else {
      out.push(item);
      byId.set(item.id, item);
    }
  }
  return out;
}

function fillGaps(target: FeedItem, from: FeedItem): void {
  if (!target.title) target.title = from.title;
  if (!target.link) target.link = from.link;
  target.published ??= from.published;
  target.updated ??= from.updated;
  target.author ??= from.author;
  if (!target.summary) target.summary = from.summary;
  target.contentHtml ??= from.contentHtml;
  if (target.categories.length === 0) target.categories = from.categories;
  target.image ??= from.image;
}
