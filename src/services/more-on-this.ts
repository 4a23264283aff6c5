/**
 * "More on this" from the stored items: those whose titles share the article's significant
 * words, rare words and shared categories weighing most, the newest first among equals.
 * One query over the item search index, bounded work however large the history.
 */
import { rankSimilar, similarityTerms, type SimilarCandidate } from '../core/article/more-on-this.js';
import type { StoryList } from '../core/article/types.js';
import { canonicalUrl } from '../core/bookmarks/model.js';
import type { Statement } from 'better-sqlite3';
import type { TidingsDatabase } from './database.js';
import { indexPendingItems } from './item-search.js';

/** The article to find more on, as far as similarity goes. */
export interface MoreOnThisSubject {
  title: string;
  /** Its categories: the page's tags, and the feed item's categories when it came from one. */
  categories: readonly string[];
  /** Links that are the article itself (the page's URL, the link it was opened by). */
  links: readonly string[];
}

/** Where to look and how many to return. */
export interface MoreOnThisOptions {
  /** Only items of these feeds (the edition's). */
  feedUrls: readonly string[];
  /** At most this many stories; 5. */
  limit?: number;
}

// Per term, the newest items having it are candidates: the work is bounded however common a
// word is in a long history, and what is suggested is recent (it is news). A word in fewer
// items than this has all of them looked at.
const PER_TERM = 40;
// Items having a term are counted up to this (its weight: the rarer, the more it says).
const COUNT_CAP = 2000;

// Statements by number of terms, per connection: preparing one costs about a millisecond.
const statements = new WeakMap<object, Map<number, Statement>>();

/** The one statement for `count` terms: each term's newest items (with how many have it), joined to their rows. */
function statement(database: TidingsDatabase, count: number): Statement {
  let byCount = statements.get(database.db);
  if (!byCount) statements.set(database.db, byCount = new Map());
  let prepared = byCount.get(count);
  if (prepared) return prepared;
  const perTerm = Array.from({ length: count }, (_, n) => `SELECT ${n} AS term, rowid AS id,
      (SELECT count(*) FROM (SELECT 1 FROM item_search WHERE item_search MATCH @t${n} LIMIT ${COUNT_CAP})) AS count
    FROM (SELECT rowid FROM item_search WHERE item_search MATCH @t${n} ORDER BY rowid DESC LIMIT ${PER_TERM})`).join(' UNION ALL ');
  prepared = database.db.prepare(`SELECT h.term, h.count, i.id, i.title, i.link, i.sort_time FROM (${perTerm}) AS h
    JOIN items i ON i.id = h.id
    WHERE i.feed_id IN (SELECT id FROM feeds WHERE url IN (SELECT value FROM json_each(@feeds))) AND i.link != ''`);
  byCount.set(count, prepared);
  return prepared;
}

/** Up to `limit` stored stories like `subject`, best first; none when it has nothing to match on. */
export function findMoreOnThis(database: TidingsDatabase, subject: MoreOnThisSubject, options: MoreOnThisOptions): StoryList['stories'] {
  const terms = similarityTerms(subject.title, subject.categories);
  const limit = options.limit ?? 5;
  if (!terms.some((t) => t.kind === 'title') || limit <= 0 || options.feedUrls.length === 0) return [];
  indexPendingItems(database);
  const rows = statement(database, terms.length)
    .all({ feeds: JSON.stringify(options.feedUrls), ...Object.fromEntries(terms.map((t, n) => [`t${n}`, t.fts])) }) as
    { term: number; count: number; id: number; title: string; link: string; sort_time: number | null }[];

  const counts = terms.map(() => COUNT_CAP);
  const byId = new Map<number, SimilarCandidate>();
  for (const row of rows) {
    counts[row.term] = row.count;
    let candidate = byId.get(row.id);
    if (!candidate) byId.set(row.id, candidate = { title: row.title, link: row.link, time: row.sort_time, categories: new Set() });
    if (terms[row.term].kind === 'category') candidate.categories.add(row.term);
  }
  // The article itself (its links without a #fragment) and stories met already are skipped:
  // the same story through two feeds (one link, or one title) is suggested once.
  const seen = new Set(subject.links.filter(Boolean).map(canonicalUrl));
  seen.add(subject.title.trim());
  const out: StoryList['stories'] = [];
  for (const candidate of rankSimilar(terms, counts, COUNT_CAP, [...byId.values()])) {
    const link = canonicalUrl(candidate.link);
    const title = candidate.title.trim();
    if (seen.has(link) || seen.has(title)) continue;
    seen.add(link).add(title);
    out.push({ title: candidate.title, url: candidate.link });
    if (out.length === limit) break;
  }
  return out;
}
