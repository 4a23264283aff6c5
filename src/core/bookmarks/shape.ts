import type { Article, StoryList } from '../article/types.js';
import { sanitizeBlock, sanitizeLine } from '../text/sanitize.js';
import { canonicalUrl, isoOr, normalizeTags } from './model.js';
import type { Bookmark } from './types.js';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const strOrNull = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);

/** True for the URLs a bookmark may point at. */
export function isBookmarkableUrl(url: string): boolean {
  return /^(https?|file):/i.test(url.trim());
}

/**
 * A bookmark from untrusted JSON (the index, an import): strings sanitised, fields
 * defaulted; undefined when it has no usable URL or id.
 */
export function coerceBookmark(raw: unknown, fallbackSavedAt: string): Bookmark | undefined {
  if (!isObject(raw)) return undefined;
  const url = canonicalUrl(str(raw.url));
  if (!url || !isBookmarkableUrl(url)) return undefined;
  return {
    id: /^[0-9a-f]{6,32}$/.test(str(raw.id)) ? str(raw.id) : '',
    url,
    title: sanitizeLine(str(raw.title)) || url,
    source: sanitizeLine(str(raw.source)),
    section: sanitizeLine(str(raw.section)),
    savedAt: isoOr(raw.savedAt, fallbackSavedAt),
    tags: normalizeTags(Array.isArray(raw.tags) ? raw.tags.filter((t): t is string => typeof t === 'string') : []),
    note: sanitizeBlock(str(raw.note)),
    hasArticle: raw.hasArticle !== false,
  };
}

/**
 * An article from untrusted JSON. Strings are kept as they are (the renderers sanitise
 * them), only their types are checked; undefined when there is no body at all.
 */
export function coerceArticle(raw: unknown): Article | undefined {
  if (!isObject(raw) || typeof raw.contentHtml !== 'string') return undefined;
  const image = isObject(raw.leadImage) && typeof raw.leadImage.url === 'string'
    ? { url: raw.leadImage.url, caption: str(raw.leadImage.caption) }
    : null;
  return {
    url: str(raw.url),
    title: str(raw.title),
    byline: strOrNull(raw.byline),
    siteName: strOrNull(raw.siteName),
    publishedTime: strOrNull(raw.publishedTime),
    lang: strOrNull(raw.lang),
    dir: raw.dir === 'rtl' || raw.dir === 'ltr' ? raw.dir : null,
    excerpt: strOrNull(raw.excerpt),
    contentHtml: raw.contentHtml,
    leadImage: image,
    tags: Array.isArray(raw.tags) ? raw.tags.filter((t): t is string => typeof t === 'string') : [],
    wordCount: num(raw.wordCount),
    readingMinutes: num(raw.readingMinutes),
    // Only when the page had them, so an article without them reads back as it was written.
    ...(typeof raw.source === 'string' ? { source: strOrNull(raw.source) } : {}),
    ...(Array.isArray(raw.related) ? { related: storyLists(raw.related) } : {}),
  };
}

const LIST_KINDS = new Set<StoryList['kind']>(['related', 'most-read', 'read-next']);
const STORY_URL = /^(?:https?|file):\/\//i;

/** The page's own story lists of a saved page (the reader's "More on this" is never saved). */
function storyLists(raw: unknown[]): StoryList[] {
  return raw.filter(isObject).filter((l) => LIST_KINDS.has(l.kind as StoryList['kind'])).map((l) => ({
    kind: l.kind as StoryList['kind'],
    title: str(l.title),
    stories: (Array.isArray(l.stories) ? l.stories : []).filter(isObject)
      .map((s) => ({ title: str(s.title), url: str(s.url) }))
      .filter((s) => s.title !== '' && STORY_URL.test(s.url)),
  })).filter((l) => l.stories.length > 0);
}
