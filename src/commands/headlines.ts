import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findMenuSection, type Section } from '../core/edition/edition.js';
import type { Headline } from '../core/edition/headlines.js';
import { sanitizeLine } from '../core/text/sanitize.js';
import { FeedParseError, FetchError, UsageError } from '../core/errors.js';
import type { FeedItem } from '../core/feed/types.js';
import { parseSince } from '../core/text/since.js';
import { feedJson, headlineJson, headlineListing } from '../output/headlines.js';
import { show, type Shown } from '../output/view.js';
import { loadEditionNews, nothingLoaded, reportFeedErrors, type CacheFlags } from './edition-news.js';
import type { FormatFlags, Outcome } from './output-format.js';
import type { Runtime } from './runtime.js';

/** Options of `tidings headlines`. */
export interface HeadlinesOptions extends FormatFlags, CacheFlags {
  section?: string;
  feed?: string;
  limit?: number;
  since?: string;
  unread?: boolean;
}

/** A URL as given, or a local path turned into a file: URL. */
export function feedUrlFromArgument(value: string, cwd: string): string {
  if (/^https?:\/\//i.test(value) || /^file:/i.test(value)) return value;
  return pathToFileURL(resolve(cwd, value)).href;
}

function filterItems<T extends FeedItem>(items: T[], rt: Runtime, o: HeadlinesOptions): T[] {
  let out = items;
  if (o.since) {
    const since = parseSince(o.since, rt.io.now()).getTime();
    out = out.filter((i) => {
      const t = Date.parse(i.published ?? i.updated ?? '');
      return !Number.isNaN(t) && t >= since;
    });
  }
  return o.limit !== undefined ? out.slice(0, o.limit) : out;
}

async function oneFeed(rt: Runtime, o: HeadlinesOptions): Promise<Shown> {
  const url = feedUrlFromArgument(o.feed as string, rt.io.cwd);
  const response = await rt.http.get(url).catch((error: unknown) => {
    // Name the feed as the user typed it, not as the file: URL it became.
    if (error instanceof FetchError && error.url !== o.feed) throw new FetchError(o.feed as string, error.reason, `${o.feed}: ${error.message.replace(`${error.url}: `, '')}`, error.status);
    throw error;
  });
  // The parser loads here, for a feed named on the command line: an edition's listing reads rows.
  const { parseFeedBody } = await import('../services/feed-body.js');
  let feed;
  try {
    feed = parseFeedBody(response.bytes, response.contentType, response.url);
  } catch (error) {
    throw new FeedParseError(`${o.feed}: ${(error as Error).message}`, { cause: error });
  }
  return show(headlineListing, { heading: feed.title || url, record: feedJson(feed, filterItems(feed.items, rt, o)) });
}

/** `tidings headlines`: newest first for the edition or a section, or one feed ad hoc. */
export async function runHeadlines(rt: Runtime, o: HeadlinesOptions): Promise<Outcome> {
  if (o.since) parseSince(o.since, rt.io.now());
  if (o.feed) return oneFeed(rt, o);
  let section: Section | undefined;
  if (o.section) {
    const name = rt.editionName();
    const edition = rt.editions.load(name, rt.editionChanges.get(name));
    section = findMenuSection(edition.sections, o.section);
    if (!section) throw new UsageError(`no section "${o.section}" in edition ${edition.name} (see: tidings sections)`);
  }
  // Only the list shown, and (without --since, which filters it) no longer than asked.
  const snapshot = await loadEditionNews(rt, o, { only: { section: section?.id ?? null }, limit: o.since ? undefined : o.limit, unread: o.unread });
  reportFeedErrors(rt, snapshot);
  if (nothingLoaded(snapshot)) return 1;
  const sectionId = section?.id ?? null;
  const items: Headline[] = section ? snapshot.index.bySection.get(section.id) ?? [] : snapshot.index.all;
  const heading = section ? `${snapshot.edition.title} › ${section.path.join(' › ')}` : snapshot.edition.title;
  const record = { edition: snapshot.edition.name, section: sectionId, items: filterItems(items, rt, o).map((h) => headlineJson(h, sectionId)) };
  // As search does: an empty list is no error; stdout stays empty (JSON still lists none), a person is told why.
  if (record.items.length === 0 && !o.json) {
    const filters = [o.unread ? '--unread' : '', o.since ? `--since ${sanitizeLine(o.since)}` : ''].filter(Boolean).join(' ');
    rt.io.stderr.write(`tidings: no headlines in ${heading}${filters ? ` (${filters})` : ''}\n`);
    return 0;
  }
  return show(headlineListing, { heading, record });
}
