import type { Edition } from '../../core/edition/edition.js';
import type { EditionIndex } from '../../core/edition/headlines.js';
import { sanitizeLine } from '../../core/text/sanitize.js';
import type { FeedFetchResult } from '../../services/feed-fetcher.js';
import { urlHost } from '../../core/text/url-host.js';

/** Whether the last refresh reached any feed. */
export type NetworkState = 'online' | 'offline' | 'unknown';

/** A feed's name for messages: its title in the edition, else its host. */
export function feedName(edition: Edition, url: string): string {
  const title = edition.feeds.find((f) => f.url === url)?.title;
  if (title) return sanitizeLine(title);
  return urlHost(url, url);
}

/** Online when any feed answered, offline when every feed failed on the network. */
export function networkState(results: FeedFetchResult[]): NetworkState {
  if (results.length === 0) return 'unknown';
  return results.some((r) => r.status === 'fetched' || r.status === 'not-modified') ? 'online' : 'offline';
}

/** Keys in `next` that `previous` did not have (none on the very first load). */
export function newHeadlineKeys(previous: EditionIndex | null, next: EditionIndex): string[] {
  if (!previous || previous.all.length === 0) return [];
  const known = new Set(previous.all.map((h) => h.key));
  return next.all.filter((h) => !known.has(h.key)).map((h) => h.key);
}

/** The one-line status after a refresh: new items, then the first failure (`BBC World: HTTP 403`). */
export function refreshMessage(edition: Edition, results: FeedFetchResult[], newCount: number): { text: string; kind: 'info' | 'error' } {
  const failed = results.filter((r) => r.status === 'error');
  const parts: string[] = [];
  if (newCount > 0) parts.push(`${newCount} new headline${newCount === 1 ? '' : 's'}`);
  if (failed.length > 0) {
    const first = failed[0];
    const more = failed.length > 1 ? ` (+${failed.length - 1} more failed)` : '';
    parts.push(`${feedName(edition, first.url)}: ${sanitizeLine(first.error?.message ?? 'failed')}${more}`);
  }
  if (parts.length === 0) parts.push(results.length > 0 ? 'Up to date' : 'No feeds in this edition');
  return { text: parts.join(' · '), kind: failed.length > 0 ? 'error' : 'info' };
}
