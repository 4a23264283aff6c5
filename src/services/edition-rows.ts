/**
 * An edition's headlines and counts read from the items table. Sections are matched in SQL
 * (feed ids, link paths, categories, as core's routedSections does in JS), so each list is one
 * query that walks the items newest first and stops at its limit: a listing never loads the
 * whole history, and the counts over all of it come from one query.
 */
import { ALL_SECTION_ID, allSection, isAllSection } from '../core/edition/all-section.js';
import type { EditionCounts, HeadlineCount } from '../core/edition/counts.js';
import { flattenSections, type Edition, type Section } from '../core/edition/edition.js';
import { feedSource, routedSections, type EditionIndex, type Headline } from '../core/edition/headlines.js';
import type { Db } from './database.js';
import { itemFromRow, type ItemRow } from './item-store.js';

/** What to read: every list (the app), or only the edition's or one section's (a listing). */
export interface EditionReadOptions {
  now: Date;
  /** Headlines per list at most (the newest). */
  limit: number;
  /** Just this list: null for the whole edition, else a section id; breaking is then left empty. 'counts': the counts alone. */
  only?: { section: string | null } | 'counts';
  /** Only items not marked read, in every list (counts are over everything still). */
  unread?: boolean;
}

/** The index, the read keys among its headlines, and (for every list) the counts. */
export interface EditionRows {
  index: EditionIndex;
  read: Set<string>;
  counts?: EditionCounts;
}

interface ListRow extends ItemRow {
  feed_id: number;
  is_read: number;
}

const COLUMNS = 'i.feed_id, i.guid, i.key, i.title, i.link, i.published, i.updated, i.author, i.summary, i.categories, i.image, i.read_at IS NOT NULL AS is_read';

/** A SQL condition with its parameters. */
export interface Where {
  sql: string;
  params: string[];
}

const ids = (list: number[]) => (list.length > 0 ? list.join(', ') : 'NULL');

/** The condition for items routed into `section` itself (not its children). */
function directMatch(section: Section, feedId: Map<string, number>): Where {
  const parts: string[] = [];
  const params: string[] = [];
  const feeds = section.feeds.map((u) => feedId.get(u)).filter((n): n is number => n !== undefined);
  if (feeds.length > 0) parts.push(`i.feed_id IN (${ids(feeds)})`);
  for (const p of section.match.paths) {
    // instr() finds '' in anything: an empty path matches every item that has a path.
    parts.push(p === '' ? "i.link_path != ''" : 'instr(i.link_path, ?) > 0');
    if (p !== '') params.push(p);
  }
  for (const c of section.match.categories) {
    parts.push('instr(i.category_keys, ?) > 0');
    params.push(`\n${c}\n`);
  }
  return { sql: parts.length > 0 ? parts.join(' OR ') : '0', params };
}

/** Items of the section and of every section under it. */
function sectionMatch(section: Section, feedId: Map<string, number>): Where {
  const all = [section, ...flattenSections(section.children)].map((s) => directMatch(s, feedId));
  return { sql: all.map((w) => `(${w.sql})`).join(' OR '), params: all.flatMap((w) => w.params) };
}

/**
 * Items listed under `section`: those its rules route there from the edition's other feeds,
 * and the breaking feeds' items only when it names a breaking feed itself (a LIVE page).
 */
function sectionWhere(section: Section, feedId: Map<string, number>, breakingIds: number[]): Where {
  if (isAllSection(section.id)) return { sql: '1', params: [] };
  const match = sectionMatch(section, feedId);
  if (breakingIds.length === 0) return match;
  const named = [section, ...flattenSections(section.children)].flatMap((s) => s.feeds)
    .map((u) => feedId.get(u)).filter((id): id is number => id !== undefined && breakingIds.includes(id));
  const routed = `(i.feed_id NOT IN (${ids(breakingIds)}) AND (${match.sql}))`;
  return { sql: named.length > 0 ? `(${routed} OR i.feed_id IN (${ids(named)}))` : routed, params: match.params };
}

/** Reads the edition's lists (newest first, one headline per story) and counts. */
export function readEditionRows(db: Db, edition: Edition, options: EditionReadOptions): EditionRows {
  const urls = edition.feeds.map((f) => f.url);
  const rows = db.prepare('SELECT id, url, title FROM feeds WHERE url IN (SELECT value FROM json_each(?))').all(JSON.stringify(urls)) as { id: number; url: string; title: string }[];
  const feedId = new Map(rows.map((r) => [r.url, r.id]));
  const feedOf = new Map(rows.map((r) => [r.id, r]));
  const breakingUrls = new Set('feeds' in edition.breaking ? edition.breaking.feeds : []);
  const allIds = rows.map((r) => r.id);
  const sectionIds = rows.filter((r) => !breakingUrls.has(r.url)).map((r) => r.id);
  const breakingIds = rows.filter((r) => breakingUrls.has(r.url)).map((r) => r.id);
  const leaves = flattenSections(edition.sections);
  // Ties in time keep the edition's feed order, then the feed's own.
  const order = `i.sort_time DESC, CASE i.feed_id ${urls.map((u, n) => (feedId.has(u) ? `WHEN ${feedId.get(u)} THEN ${n} ` : '')).join('')}END, i.position`;

  // One Headline per story (same link, or same id): a story two feeds carry is listed once.
  const stories = new Map<string, Headline>();
  // Each item's headline once: the same row comes back in the edition's list and in each of
  // its sections' lists (up to 8,000 rows for the app over a long history), and routing and
  // reading it again took ~80 ms of the app's first frame there.
  const byItem = new Map<string, Headline>();
  const read = new Set<string>();
  const headlineOf = (row: ListRow): Headline => {
    const known = byItem.get(row.key);
    if (known) return known;
    const headline = storyOf(row);
    byItem.set(row.key, headline);
    return headline;
  };
  const storyOf = (row: ListRow): Headline => {
    const feed = feedOf.get(row.feed_id)!;
    const item = itemFromRow(row);
    let story = item.link || item.id;
    const routed = routedSections(leaves, feed.url, item);
    let headline = stories.get(story);
    // One feed's entries with distinct ids are distinct items even when they share a link
    // (a live page): only another feed's copy of a link is the same story.
    if (headline && headline.feedUrl === feed.url && headline.id !== item.id) {
      story = `${feed.url}\n${item.id}`;
      headline = stories.get(story);
    }
    if (headline) {
      for (const id of routed) if (!headline.sectionIds.includes(id)) headline.sectionIds.push(id);
      return headline;
    }
    headline = { ...item, key: row.key, feedUrl: feed.url, source: feedSource(edition, feed.url, feed), sectionIds: routed };
    if (row.is_read) read.add(row.key);
    stories.set(story, headline);
    return headline;
  };
  const list = (feeds: number[], where: Where, extra = '', extraParams: (string | number)[] = []): Headline[] => {
    if (feeds.length === 0) return [];
    // The planner would rather read every row of these feeds and sort them: walking the time
    // index stops at the limit (1 ms instead of 750 for 50 of 200,000).
    const found = db.prepare(`SELECT ${COLUMNS} FROM items i INDEXED BY items_time ${extra.includes('f.') ? 'JOIN feeds f ON f.id = i.feed_id' : ''}
      WHERE i.feed_id IN (${ids(feeds)}) AND (${where.sql}) ${options.unread ? 'AND i.read_at IS NULL' : ''} ${extra} ORDER BY ${order} LIMIT ?`).all(...where.params, ...extraParams, options.limit) as ListRow[];
    const out = new Set<Headline>();
    for (const row of found) out.add(headlineOf(row));
    return [...out];
  };

  const every: Where = { sql: '1', params: [] };
  const bySection = new Map<string, Headline[]>();
  const only = options.only;
  if (only === 'counts') return { index: { all: [], bySection, breaking: [] }, read, counts: countRows(db, leaves, feedId, allIds, breakingIds) };
  if (only?.section) {
    const section = isAllSection(only.section) ? allSection() : leaves.find((s) => s.id === only.section);
    if (section) bySection.set(section.id, list(allIds, sectionWhere(section, feedId, breakingIds)));
    return { index: { all: [], bySection, breaking: [] }, read };
  }
  const all = list(allIds, every);
  if (only) return { index: { all, bySection, breaking: [] }, read };
  bySection.set(ALL_SECTION_ID, all);
  for (const section of leaves) bySection.set(section.id, list(allIds, sectionWhere(section, feedId, breakingIds)));
  let breaking: Headline[];
  if ('feeds' in edition.breaking) {
    // Only what the breaking feeds carry now: their history is not news.
    breaking = list(breakingIds, every, 'AND i.last_seen = f.items_at');
  } else {
    const { minutes, limit = 12 } = edition.breaking.newest;
    breaking = list(sectionIds, every, 'AND i.sort_time >= ?', [options.now.getTime() - minutes * 60_000]).slice(0, limit);
  }
  return { index: { all, bySection, breaking }, read, counts: countRows(db, leaves, feedId, allIds, breakingIds) };
}

/**
 * Totals and unread counts of the edition and of every section, in one query over the whole
 * history: a scan of the time index, which holds every column it needs (40 ms for 200,000
 * items, where reading the rows took 2 s). It counts items, not stories: a story two feeds
 * carry counts twice here, though it is listed once (grouping by story cost a sort of them all).
 */
function countRows(db: Db, leaves: Section[], feedId: Map<string, number>, allIds: number[], breakingIds: number[]): EditionCounts {
  const matches = [{ sql: '1', params: [] }, ...leaves.map((s) => sectionWhere(s, feedId, breakingIds))];
  // Each condition is tested once a row: its sum adds 1 for a match and UNREAD_UNIT more for
  // an unread one, so one sum holds both counts (testing it twice, for the total and again
  // for the unread: 220 ms instead of 150 over 200,000 items and seven sections).
  const sums = matches.map((m) => `sum((${m.sql}) * (1 + (i.read_at IS NULL) * ${UNREAD_UNIT}))`).join(', ');
  const row = db.prepare(`SELECT ${sums} FROM items i INDEXED BY items_time WHERE i.feed_id IN (${ids(allIds)})`)
    .raw().get(...matches.flatMap((m) => m.params)) as (number | null)[];
  const count = (n: number): HeadlineCount => {
    const sum = row[n] ?? 0;
    return { total: sum % UNREAD_UNIT, unread: Math.floor(sum / UNREAD_UNIT) };
  };
  const bySection = new Map<string, HeadlineCount>([[ALL_SECTION_ID, count(0)]]);
  leaves.forEach((s, n) => bySection.set(s.id, count(n + 1)));
  return { ...count(0), bySection };
}

// More than a history holds (67 million items), and small enough that a sum (every item
// unread) stays an exact integer in JavaScript.
const UNREAD_UNIT = 2 ** 26;

/**
 * The condition (on items as `i`) for the items listed under the edition, or under one of its
 * sections: what `mark-read --all` and `--section` mark.
 */
export function editionItemsWhere(db: Db, edition: Edition, section: Section | null): Where {
  const rows = db.prepare('SELECT id, url FROM feeds WHERE url IN (SELECT value FROM json_each(?))').all(JSON.stringify(edition.feeds.map((f) => f.url))) as { id: number; url: string }[];
  const feedId = new Map(rows.map((r) => [r.url, r.id]));
  const breaking = new Set('feeds' in edition.breaking ? edition.breaking.feeds : []);
  const all = `i.feed_id IN (${ids(rows.map((r) => r.id))})`;
  if (!section) return { sql: all, params: [] };
  const match = sectionWhere(section, feedId, rows.filter((r) => breaking.has(r.url)).map((r) => r.id));
  return { sql: `${all} AND (${match.sql})`, params: match.params };
}
