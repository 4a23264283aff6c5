import { sanitizeLine } from '../text/sanitize.js';
import { shortId } from '../text/short-id.js';
import type { Bookmark } from './types.js';

/** The URL a bookmark is keyed by: trimmed, without its #fragment. */
export function canonicalUrl(url: string): string {
  const trimmed = url.trim();
  try {
    const parsed = new URL(trimmed);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return trimmed.replace(/#.*$/, '');
  }
}

/**
 * The id for a URL: stable, 12 hex chars. When another URL already holds that id (a
 * hash collision, about one in 10^7 at 10,000 bookmarks) a salted id is taken instead.
 */
export function bookmarkId(url: string, taken: (id: string) => boolean = () => false): string {
  const key = canonicalUrl(url);
  let id = shortId(key);
  for (let salt = 1; taken(id); salt++) id = shortId(`${key}\n${salt}`);
  return id;
}

/** Tags as stored: sanitised, commas split, empty ones dropped, de-duplicated ignoring case. */
export function normalizeTags(tags: readonly string[] | undefined): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags ?? []) {
    for (const part of raw.split(',')) {
      const tag = sanitizeLine(part);
      if (!tag || seen.has(tag.toLowerCase())) continue;
      seen.add(tag.toLowerCase());
      out.push(tag);
    }
  }
  return out;
}

/** Union of two tag lists, keeping the first list's order and spelling. */
export function mergeTags(a: readonly string[], b: readonly string[] | undefined): string[] {
  return normalizeTags([...a, ...(b ?? [])]);
}

/** Newest saved first; ties by id so the order is stable. */
export function sortNewestFirst(bookmarks: Bookmark[]): Bookmark[] {
  return [...bookmarks].sort((x, y) => (x.savedAt < y.savedAt ? 1 : x.savedAt > y.savedAt ? -1 : x.id.localeCompare(y.id)));
}

/** True when the bookmark carries `tag` (case-insensitive). */
export function hasTag(bookmark: Bookmark, tag: string): boolean {
  const wanted = tag.trim().toLowerCase();
  return bookmark.tags.some((t) => t.toLowerCase() === wanted);
}

/**
 * Finds a bookmark by exact id, by URL (fragment ignored) or by a unique id prefix of at
 * least 4 characters.
 */
export function findBookmark(bookmarks: readonly Bookmark[], idOrUrl: string): Bookmark | undefined {
  const query = idOrUrl.trim();
  if (!query) return undefined;
  const exact = bookmarks.find((b) => b.id === query);
  if (exact) return exact;
  const url = canonicalUrl(query);
  const byUrl = bookmarks.find((b) => b.url === query || b.url === url);
  if (byUrl) return byUrl;
  if (query.length < 4 || !/^[0-9a-f]+$/i.test(query)) return undefined;
  const prefixed = bookmarks.filter((b) => b.id.startsWith(query.toLowerCase()));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

/** ISO time, or `fallback` when `value` is not a parseable date. */
export function isoOr(value: unknown, fallback: string): string {
  if (typeof value === 'number' && Number.isFinite(value)) return new Date(value).toISOString();
  if (typeof value !== 'string' || value.trim() === '') return fallback;
  const t = Date.parse(value);
  return Number.isNaN(t) ? fallback : new Date(t).toISOString();
}
