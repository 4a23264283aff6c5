/**
 * Feeds and their items as rows: what the fetcher remembers of each feed (validators, the
 * last body's hash, the last error) and every item a feed has shown, kept after it leaves
 * the feed until retention prunes it. Methods never open a transaction: the caller wraps
 * them in one (`TidingsDatabase.write`, or the legacy import's), so a feed's row, its items
 * and the pruning land together.
 */
import { createRequire } from 'node:module';
import type { FetchFailure } from '../core/errors.js';
import type { Statement } from 'better-sqlite3';
import type { Db } from './database.js';
import { ITEM_COLUMNS, type FeedRows } from './feed-rows.js';

/** What the fetcher knows of a feed from its row. */
export interface FeedState {
  id: number;
  url: string;
  finalUrl: string | null;
  etag: string | null;
  lastModified: string | null;
  contentType: string | null;
  bodyHash: string | null;
  title: string;
  /** Items in the newest body. */
  itemCount: number;
  /** When a body was last downloaded (ISO); null when none ever was. */
  fetchedAt: string | null;
  checkedAt: string | null;
  error: { reason: FetchFailure | 'parse'; message: string } | null;
}

/** The HTTP side of a 200: where the body came from and its validators. */
export interface BodyMeta {
  finalUrl: string;
  etag: string | null;
  lastModified: string | null;
  contentType: string | null;
  bodyHash: string;
}

/** How many days and items of history a feed keeps ("whichever keeps more"). */
export interface Retention {
  days: number;
  items: number;
}

/** Feed rows and item writes over an open database. */
export interface FeedStore {
  get(url: string): FeedState | undefined;
  /** A new body: the feed's row, its items upserted, old items pruned. Returns the items first seen now. */
  save(url: string, meta: BodyMeta, feed: FeedRows, at: string): { items: number; newItems: number };
  /** A 200 whose body is the one stored: new validators and times, no item writes. */
  unchanged(url: string, meta: BodyMeta, at: string): void;
  /** A 304: the server confirmed the stored body. */
  touch(url: string, at: string): void;
  /** A failed fetch or parse, kept until the next success. */
  fail(url: string, error: { reason: FetchFailure | 'parse'; message: string }, at: string): void;
}

interface FeedRow {
  id: number;
  url: string;
  final_url: string | null;
  etag: string | null;
  last_modified: string | null;
  content_type: string | null;
  body_hash: string | null;
  title: string;
  item_count: number;
  fetched_at: string | null;
  checked_at: string | null;
  error_reason: string | null;
  error_message: string | null;
}

const DAY_MS = 86_400_000;

// node:crypto loads on the first hash (~6 ms): a start that fetches nothing never needs it.
const requireModule = createRequire(import.meta.url);
let crypto: typeof import('node:crypto') | undefined;

/** The hash kept of a body, to tell an unchanged one without its validators. */
export function bodyHash(bytes: Uint8Array): string {
  crypto ??= requireModule('node:crypto') as typeof import('node:crypto');
  return crypto.createHash('sha1').update(bytes).digest('base64');
}

function toState(row: FeedRow): FeedState {
  return {
    id: row.id,
    url: row.url,
    finalUrl: row.final_url,
    etag: row.etag,
    lastModified: row.last_modified,
    contentType: row.content_type,
    bodyHash: row.body_hash,
    title: row.title,
    itemCount: row.item_count,
    fetchedAt: row.fetched_at,
    checkedAt: row.checked_at,
    error: row.error_reason ? { reason: row.error_reason as FetchFailure | 'parse', message: row.error_message ?? '' } : null,
  };
}

/** The store over `db`; statements are prepared once, on first use. */
export function createFeedStore(db: Db, retention: Retention): FeedStore {
  const prepared = new Map<string, Statement>();
  const sql = (text: string) => {
    let stmt = prepared.get(text);
    if (!stmt) prepared.set(text, (stmt = db.prepare(text)));
    return stmt;
  };

  const ensure = (url: string): number =>
    (sql('INSERT INTO feeds (url) VALUES (?) ON CONFLICT (url) DO UPDATE SET url = excluded.url RETURNING id').pluck().get(url) as number);

  const setBody = (id: number, meta: BodyMeta, at: string) =>
    sql(`UPDATE feeds SET final_url = ?, etag = ?, last_modified = ?, content_type = ?, body_hash = ?, fetched_at = ?, checked_at = ?,
      error_reason = NULL, error_message = NULL, error_at = NULL WHERE id = ?`)
      .run(meta.finalUrl, meta.etag, meta.lastModified, meta.contentType, meta.bodyHash, at, at, id);

  // One row at a time through one prepared statement: binding values costs SQLite half what
  // reading them back out of a JSON text with `json_each` and `->>` did.
  const upsert = () => sql(`INSERT INTO items (feed_id, ${ITEM_COLUMNS.join(', ')}, first_seen, last_seen)
    VALUES (?, ${ITEM_COLUMNS.map(() => '?').join(', ')}, ?, ?)
    ON CONFLICT (feed_id, guid) DO UPDATE SET ${ITEM_COLUMNS.filter((c) => c !== 'guid' && c !== 'key').map((c) => `${c} = excluded.${c}`).join(', ')}, last_seen = excluded.last_seen`);
  const known = () => sql('SELECT EXISTS (SELECT 1 FROM items WHERE feed_id = ? AND guid = ?)').pluck();

  // Items of the body the feed never showed before, counted before they are written.
  function unseen(id: number, rows: FeedRows['items']): number {
    const lookup = known();
    const fresh = new Set<string | number | null>();
    for (const row of rows) if (!fresh.has(row[0]) && !lookup.get(id, row[0])) fresh.add(row[0]);
    return fresh.size;
  }

  function prune(id: number, at: string): void {
    // Nothing can go while the feed holds no more than it keeps anyway (the usual case).
    const count = sql('SELECT count(*) FROM items WHERE feed_id = ?').pluck().get(id) as number;
    if (count <= retention.items) return;
    const cutoff = new Date(Date.parse(at) - retention.days * DAY_MS).toISOString();
    sql(`DELETE FROM items WHERE feed_id = @id AND last_seen < @cutoff AND id NOT IN (
      SELECT id FROM items WHERE feed_id = @id ORDER BY sort_time DESC, last_seen DESC LIMIT @keep)`).run({ id, cutoff, keep: retention.items });
  }

  return {
    get(url) {
      const row = sql('SELECT * FROM feeds WHERE url = ?').get(url) as FeedRow | undefined;
      return row && toState(row);
    },
    save: (url, meta, feed, at) => db.transaction(() => {
      const id = ensure(url);
      setBody(id, meta, at);
      // The feed's title before its items: the search index takes each item's source from it.
      sql('UPDATE feeds SET format = ?, title = ?, link = ?, description = ?, language = ?, items_at = ?, item_count = ? WHERE id = ?')
        .run(feed.format, feed.title, feed.link, feed.description, feed.language, at, feed.count, id);
      // A feed's first body is all new: no need to look its items up (a cold refresh's case).
      const had = sql('SELECT EXISTS (SELECT 1 FROM items WHERE feed_id = ?)').pluck().get(id) as number;
      const newItems = had ? unseen(id, feed.items) : feed.count;
      const insert = upsert();
      for (const row of feed.items) insert.run(id, ...row, at, at);
      prune(id, at);
      return { items: feed.count, newItems };
    })(),
    unchanged(url, meta, at) {
      setBody(ensure(url), meta, at);
    },
    touch(url, at) {
      sql('UPDATE feeds SET checked_at = ?, error_reason = NULL, error_message = NULL, error_at = NULL WHERE url = ?').run(at, url);
    },
    fail(url, error, at) {
      sql('UPDATE feeds SET error_reason = ?, error_message = ?, error_at = ? WHERE id = ?').run(error.reason, error.message, at, ensure(url));
    },
  };
}
