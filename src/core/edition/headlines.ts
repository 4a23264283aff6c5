import type { FeedItem, ParsedFeed } from '../feed/types.js';
import { shortIdAfter } from '../text/short-id.js';
import { ALL_SECTION_ID } from './all-section.js';
import { flattenSections, type Edition, type Section } from './edition.js';
import { urlHost } from '../text/url-host.js';

/** A feed item placed in an edition: where it came from and the sections it belongs to. */
export interface Headline extends FeedItem {
  /** Short stable id (`tidings read <key>`), from the feed URL and the item id. */
  key: string;
  feedUrl: string;
  /** The feed's title (or its host) for the "source" column. */
  source: string;
  /** Ids of the leaf-or-group sections the item was routed into directly. */
  sectionIds: string[];
}

/** Every headline of an edition, grouped by section, newest first. */
export interface EditionIndex {
  all: Headline[];
  /** Section id → headlines of that section and its descendants, newest first (the All entry's id: `all`). */
  bySection: Map<string, Headline[]>;
  breaking: Headline[];
}

/** Makes the stable key of an item of a feed. */
export function headlineKey(feedUrl: string, itemId: string): string {
  return headlineKeys(feedUrl)(itemId);
}

/** headlineKey for many items of one feed (its URL hashed once). */
export function headlineKeys(feedUrl: string): (itemId: string) => string {
  return shortIdAfter(`${feedUrl}\n`);
}

function timeOf(item: FeedItem): number {
  const iso = item.published ?? item.updated;
  return iso ? Date.parse(iso) : Number.NEGATIVE_INFINITY;
}

/** Newest first; items without a date last; stable for ties. */
export function sortNewestFirst<T extends FeedItem>(items: T[]): T[] {
  return items
    .map((item, index) => ({ item, index, t: timeOf(item) }))
    .sort((x, y) => (y.t - x.t) || (x.index - y.index))
    .map((x) => x.item);
}

/** The "source" column of a feed's items: its title in the edition, else its own, else its host. */
export function feedSource(edition: Edition, url: string, feed: Pick<ParsedFeed, 'title'>): string {
  const spec = edition.feeds.find((f) => f.url === url);
  if (spec?.title) return spec.title;
  if (feed.title) return feed.title;
  return urlHost(url, 'feed');
}

/** A link's decoded, lower-cased path, which section `paths` are matched against ('' when it has none). */
export function linkPath(link: string): string {
  try {
    return decodeURIComponent(new URL(link).pathname).toLowerCase();
  } catch {
    return '';
  }
}

/** Ids of the sections (of `leaves`, flattened) an item of a feed is routed into directly. */
export function routedSections(leaves: Section[], feedUrl: string, item: Pick<FeedItem, 'link' | 'categories'>): string[] {
  const path = linkPath(item.link);
  const categories = item.categories.map((c) => c.toLowerCase());
  const ids: string[] = [];
  for (const section of leaves) {
    const byFeed = section.feeds.includes(feedUrl);
    const byPath = path !== '' && section.match.paths.some((p) => path.includes(p));
    const byCategory = section.match.categories.some((c) => categories.includes(c));
    if (byFeed || byPath || byCategory) ids.push(section.id);
  }
  return ids;
}

/**
 * Places every item of the fetched feeds into the edition's sections. An item reached by
 * two feeds (same link or id) appears once. Group sections show their children's items.
 */
export function buildEditionIndex(edition: Edition, feeds: Map<string, ParsedFeed>, now: Date): EditionIndex {
  const sections = flattenSections(edition.sections);
  const seen = new Map<string, Headline>();
  const all: Headline[] = [];
  const breakingFeeds = new Set('feeds' in edition.breaking ? edition.breaking.feeds : []);
  const breakingPool: Headline[] = [];
  const inSections = new Set<Headline>();
  // Breaking-feed items stay out of sections, except those that name the breaking feed (a LIVE page).
  const fedBreaking = new Map<Headline, string[]>();

  for (const [feedUrl, feed] of feeds) {
    const source = feedSource(edition, feedUrl, feed);
    for (const item of feed.items) {
      let dedupeKey = item.link || item.id;
      const sectionIds = routedSections(sections, feedUrl, item);
      const isBreaking = breakingFeeds.has(feedUrl);
      let headline = seen.get(dedupeKey);
      // Distinct ids of one feed are distinct items, links shared or not (a live page).
      if (headline && headline.feedUrl === feedUrl && headline.id !== item.id) {
        dedupeKey = `${feedUrl}\n${item.id}`;
        headline = seen.get(dedupeKey);
      }
      if (headline) {
        for (const id of sectionIds) if (!headline.sectionIds.includes(id)) headline.sectionIds.push(id);
      } else {
        headline = { ...item, key: headlineKey(feedUrl, item.id), feedUrl, source, sectionIds };
        seen.set(dedupeKey, headline);
      }
      // A story may come through the breaking feed and a section feed, in either order.
      if (isBreaking) {
        if (!breakingPool.includes(headline)) breakingPool.push(headline);
        const fed = sections.filter((s) => s.feeds.includes(feedUrl)).map((s) => s.id);
        if (fed.length) fedBreaking.set(headline, fed);
      } else if (!inSections.has(headline)) {
        inSections.add(headline);
        all.push(headline);
      }
    }
  }

  const sorted = sortNewestFirst(all);
  const sectionPool = sortNewestFirst([...all, ...[...fedBreaking.keys()].filter((h) => !inSections.has(h))]);
  const idsOf = (h: Headline): string[] => (inSections.has(h) ? h.sectionIds : fedBreaking.get(h) ?? []);
  const bySection = new Map<string, Headline[]>();
  const collect = (section: Section): Set<string> => {
    const ids = new Set([section.id]);
    for (const child of section.children) for (const id of collect(child)) ids.add(id);
    bySection.set(section.id, sectionPool.filter((h) => idsOf(h).some((id) => ids.has(id))));
    return ids;
  };
  edition.sections.forEach(collect);

  let breaking: Headline[];
  if ('feeds' in edition.breaking) {
    breaking = sortNewestFirst(breakingPool);
  } else {
    const { minutes, limit = 12 } = edition.breaking.newest;
    const since = now.getTime() - minutes * 60_000;
    breaking = sorted.filter((h) => timeOf(h) >= since).slice(0, limit);
  }
  const everything = sortNewestFirst([...sorted, ...breakingPool.filter((h) => !inSections.has(h))]);
  bySection.set(ALL_SECTION_ID, everything);
  return { all: everything, bySection, breaking };
}

/** Finds a headline by its key, its item id or its link. */
export function findHeadline(index: EditionIndex, query: string): Headline | undefined {
  return index.all.find((h) => h.key === query || h.id === query || h.link === query);
}
