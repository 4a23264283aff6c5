import type { Edition } from '../../core/edition/edition.js';
import type { EditionIndex } from '../../core/edition/headlines.js';
import type { Messages } from '../../core/i18n/messages.js';
import { sanitizeLine } from '../../core/text/sanitize.js';
import type { FeedFetchResult } from '../../services/feed-fetcher.js';
import { urlHost } from '../../core/text/url-host.js';

/**
 * How the last refresh went: every feed answered (online), some failed (partial), none
 * could be reached (offline), or no refresh yet (unknown).
 */
export type NetworkState = 'online' | 'partial' | 'offline' | 'unknown';

/** Feeds of the last refresh that failed, out of how many (for "⚠ 3/5 feeds failed"). */
export interface FeedFailures {
  failed: number;
  total: number;
}

/** A feed's name for messages: its title in the edition, else its host. */
export function feedName(edition: Edition, url: string): string {
  const title = edition.feeds.find((f) => f.url === url)?.title;
  if (title) return sanitizeLine(title);
  return urlHost(url, url);
}

// Failures that say the network itself was not there, rather than a server saying no.
const UNREACHABLE = new Set(['network', 'timeout']);

/**
 * Online only when every feed answered; offline when none did and the network could not be
 * reached; partial otherwise (some feeds failed, or every server answered with an error).
 */
export function networkState(results: FeedFetchResult[]): NetworkState {
  if (results.length === 0) return 'unknown';
  const failed = results.filter((r) => r.status === 'error');
  if (failed.length === 0) return 'online';
  if (failed.length === results.length && failed.every((r) => UNREACHABLE.has(r.error?.reason ?? ''))) return 'offline';
  return 'partial';
}

/** How many feeds of a refresh failed. */
export function feedFailures(results: FeedFetchResult[]): FeedFailures {
  return { failed: results.filter((r) => r.status === 'error').length, total: results.length };
}

/** Keys in `next` that `previous` did not have (none on the very first load). */
export function newHeadlineKeys(previous: EditionIndex | null, next: EditionIndex): string[] {
  if (!previous || previous.all.length === 0) return [];
  const known = new Set(previous.all.map((h) => h.key));
  return next.all.filter((h) => !known.has(h.key)).map((h) => h.key);
}

/** The one-line status after a refresh: new items, then the first failure (`BBC World: HTTP 403`). */
export function refreshMessage(edition: Edition, results: FeedFetchResult[], newCount: number, messages: Messages): { text: string; kind: 'info' | 'error' } {
  const { t } = messages;
  const failed = results.filter((r) => r.status === 'error');
  const parts: string[] = [];
  if (newCount > 0) parts.push(t('news.newHeadlines', { n: newCount }));
  if (failed.length > 0) {
    const first = failed[0];
    const more = failed.length > 1 ? ` ${t('news.moreFailed', { n: failed.length - 1 })}` : '';
    parts.push(`${feedName(edition, first.url)}: ${sanitizeLine(first.error?.message ?? t('news.failed'))}${more}`);
  }
  if (parts.length === 0) parts.push(t(results.length > 0 ? 'news.upToDate' : 'news.noFeeds'));
  return { text: parts.join(' · '), kind: failed.length > 0 ? 'error' : 'info' };
}
