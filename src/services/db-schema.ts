/**
 * The database's schema as numbered forward migrations. `PRAGMA user_version` holds how
 * many have run; a database opened by this tidings runs the rest in one transaction. A
 * released migration is never edited: change the schema by appending one.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: everything tidings keeps.
  `
  CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) STRICT;

  -- One row per feed URL ever fetched: HTTP validators, what the feed said of itself, and
  -- how the last fetch went. Bodies are not kept: items are rows.
  CREATE TABLE feeds (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    final_url TEXT,
    format TEXT,
    title TEXT NOT NULL DEFAULT '',
    link TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    language TEXT,
    etag TEXT,
    last_modified TEXT,
    content_type TEXT,
    -- Hash of the last body: many servers send no validators, and an unchanged body then
    -- skips the parse and the item writes.
    body_hash TEXT,
    -- last_seen of the items in the newest body (those "in the feed now"), and how many.
    items_at TEXT,
    item_count INTEGER NOT NULL DEFAULT 0,
    fetched_at TEXT,
    checked_at TEXT,
    error_reason TEXT,
    error_message TEXT,
    error_at TEXT
  ) STRICT;

  -- Every item a feed has shown, kept after it leaves the feed (retention prunes them).
  CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    guid TEXT NOT NULL,
    key TEXT NOT NULL,
    title TEXT NOT NULL,
    link TEXT NOT NULL,
    published TEXT,
    updated TEXT,
    author TEXT,
    summary TEXT NOT NULL,
    content_html TEXT,
    categories TEXT NOT NULL,
    image TEXT,
    -- For routing into sections in SQL: the link's decoded path and the categories, both
    -- lower-cased (categories one per line, with a newline before and after each).
    link_path TEXT NOT NULL,
    category_keys TEXT NOT NULL,
    -- published ?? updated as epoch ms; NULL sorts last.
    sort_time INTEGER,
    -- Place in the newest body that held it (0 = first).
    position INTEGER NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    read_at TEXT,
    UNIQUE (feed_id, guid)
  ) STRICT;
  CREATE INDEX items_key ON items (key);
  CREATE INDEX items_feed_time ON items (feed_id, sort_time DESC);
  -- Listings walk the edition newest first and stop at their limit; what sections match on
  -- (and the read mark) is in the index, so rows are read only for items that are listed,
  -- and the unread counts are one scan of the index, never of the rows with their bodies.
  CREATE INDEX items_time ON items (sort_time DESC, feed_id, read_at, link_path, category_keys);
  -- The app's read marks, newest first, without touching the rows (or the unread ones).
  CREATE INDEX items_read ON items (read_at DESC, key) WHERE read_at IS NOT NULL;

  -- Saved articles: what lists show. Their pages live in bookmark_pages, so listing and
  -- searching 10,000 bookmarks reads small rows, and a damaged page costs the page only.
  CREATE TABLE bookmarks (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    url TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    source TEXT NOT NULL,
    section TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    tags TEXT NOT NULL,
    note TEXT NOT NULL
  ) STRICT;
  CREATE INDEX bookmarks_saved ON bookmarks (saved_at DESC, id);
  -- The page of a bookmark saved for offline reading (none for a link-only bookmark): the
  -- Article as JSON, and its plain text for search.
  CREATE TABLE bookmark_pages (
    id TEXT PRIMARY KEY REFERENCES bookmarks (id) ON DELETE CASCADE,
    article TEXT NOT NULL,
    body TEXT NOT NULL
  ) STRICT;
  -- Full-text search over both tables, kept in step by the triggers below, so no writer can
  -- forget it (and rows copied back after damage are indexed too). Contentless: the text is
  -- already in the tables, and results are joined to bookmarks by rowid = seq.
  CREATE VIRTUAL TABLE bookmark_search USING fts5 (
    title, source, tags, note, body,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER bookmarks_search_insert AFTER INSERT ON bookmarks BEGIN
    INSERT INTO bookmark_search (rowid, title, source, tags, note, body)
      VALUES (new.seq, new.title, new.source, new.tags, new.note, coalesce((SELECT body FROM bookmark_pages WHERE id = new.id), ''));
  END;
  CREATE TRIGGER bookmarks_search_update AFTER UPDATE ON bookmarks BEGIN
    DELETE FROM bookmark_search WHERE rowid = old.seq;
    INSERT INTO bookmark_search (rowid, title, source, tags, note, body)
      VALUES (new.seq, new.title, new.source, new.tags, new.note, coalesce((SELECT body FROM bookmark_pages WHERE id = new.id), ''));
  END;
  CREATE TRIGGER bookmarks_search_delete AFTER DELETE ON bookmarks BEGIN
    DELETE FROM bookmark_search WHERE rowid = old.seq;
  END;
  CREATE TRIGGER bookmark_pages_search_insert AFTER INSERT ON bookmark_pages BEGIN
    DELETE FROM bookmark_search WHERE rowid = (SELECT seq FROM bookmarks WHERE id = new.id);
    INSERT INTO bookmark_search (rowid, title, source, tags, note, body)
      SELECT seq, title, source, tags, note, new.body FROM bookmarks WHERE id = new.id;
  END;
  CREATE TRIGGER bookmark_pages_search_update AFTER UPDATE ON bookmark_pages BEGIN
    DELETE FROM bookmark_search WHERE rowid = (SELECT seq FROM bookmarks WHERE id = new.id);
    INSERT INTO bookmark_search (rowid, title, source, tags, note, body)
      SELECT seq, title, source, tags, note, new.body FROM bookmarks WHERE id = new.id;
  END;
  CREATE TRIGGER bookmark_pages_search_delete AFTER DELETE ON bookmark_pages BEGIN
    DELETE FROM bookmark_search WHERE rowid = (SELECT seq FROM bookmarks WHERE id = old.id);
    INSERT INTO bookmark_search (rowid, title, source, tags, note, body)
      SELECT seq, title, source, tags, note, '' FROM bookmarks WHERE id = old.id;
  END;

  -- Extracted pages, so a page read once opens offline; capped, least recently read out first.
  -- The article last: columns after a large value are read through its overflow pages.
  CREATE TABLE articles (
    url TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    saved_at TEXT NOT NULL,
    read_at TEXT NOT NULL,
    article TEXT NOT NULL
  ) STRICT;
  -- Covers the cap's sum(size) and the eviction order, so neither reads the articles
  -- (at 200 MB: 0.2 ms a put instead of 200).
  CREATE INDEX articles_read ON articles (read_at, size);

  -- The user's changes to an edition (added feeds and sections, removed ones), as JSON:
  -- changed in a transaction, so parallel commands never lose each other's changes.
  CREATE TABLE edition_changes (
    edition TEXT PRIMARY KEY,
    overlay TEXT NOT NULL
  ) STRICT;
  `,
  // 2: full-text search over every stored item (`tidings search`, the app's `/` on sections).
  `
  -- Title, summary, the feed's title and the categories (JSON text: its words are what count).
  -- Contentless: the text is in items and feeds already; results join items by rowid = id.
  CREATE VIRTUAL TABLE item_search USING fts5 (
    title, summary, source, categories,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
  );
  -- Kept in step by triggers, so the refresh's one-statement upsert needs no change. An upsert
  -- rewrites every column of a known item: the index is touched only when its words changed.
  CREATE TRIGGER items_search_insert AFTER INSERT ON items BEGIN
    INSERT INTO item_search (rowid, title, summary, source, categories)
      VALUES (new.id, new.title, new.summary, (SELECT title FROM feeds WHERE id = new.feed_id), new.categories);
  END;
  CREATE TRIGGER items_search_update AFTER UPDATE OF title, summary, categories ON items
    WHEN old.title IS NOT new.title OR old.summary IS NOT new.summary OR old.categories IS NOT new.categories BEGIN
    DELETE FROM item_search WHERE rowid = old.id;
    INSERT INTO item_search (rowid, title, summary, source, categories)
      VALUES (new.id, new.title, new.summary, (SELECT title FROM feeds WHERE id = new.feed_id), new.categories);
  END;
  CREATE TRIGGER items_search_delete AFTER DELETE ON items BEGIN
    DELETE FROM item_search WHERE rowid = old.id;
  END;
  -- A feed that changes its title (rare: the feed store sets it before a first body's items
  -- go in) has its items indexed again under the new one.
  CREATE TRIGGER feeds_search_title AFTER UPDATE OF title ON feeds WHEN old.title IS NOT new.title BEGIN
    DELETE FROM item_search WHERE rowid IN (SELECT id FROM items WHERE feed_id = new.id);
    INSERT INTO item_search (rowid, title, summary, source, categories)
      SELECT id, title, summary, new.title, categories FROM items WHERE feed_id = new.id;
  END;
  -- Items stored before this migration.
  INSERT INTO item_search (rowid, title, summary, source, categories)
    SELECT i.id, i.title, i.summary, f.title, i.categories FROM items i JOIN feeds f ON f.id = i.feed_id;
  `,
  // 3: the item search index is brought up to date when it is searched, not while a refresh
  // writes (indexing 2,240 new items took ~120 ms of a cold 112-feed refresh's main thread).
  `
  -- Items not in item_search yet (new ones, and indexed ones whose words changed since).
  CREATE TABLE item_search_pending (
    id INTEGER PRIMARY KEY
  ) STRICT;
  DROP TRIGGER items_search_insert;
  DROP TRIGGER items_search_update;
  DROP TRIGGER items_search_delete;
  DROP TRIGGER feeds_search_title;
  CREATE TRIGGER items_search_insert AFTER INSERT ON items BEGIN
    INSERT OR IGNORE INTO item_search_pending (id) VALUES (new.id);
  END;
  -- Changed words: out of the index, to be indexed again (a pending item has nothing to remove).
  CREATE TRIGGER items_search_update AFTER UPDATE OF title, summary, categories ON items
    WHEN (old.title IS NOT new.title OR old.summary IS NOT new.summary OR old.categories IS NOT new.categories)
      AND NOT EXISTS (SELECT 1 FROM item_search_pending WHERE id = new.id) BEGIN
    DELETE FROM item_search WHERE rowid = old.id;
    INSERT INTO item_search_pending (id) VALUES (new.id);
  END;
  CREATE TRIGGER items_search_delete AFTER DELETE ON items BEGIN
    DELETE FROM item_search WHERE rowid = old.id AND NOT EXISTS (SELECT 1 FROM item_search_pending WHERE id = old.id);
    DELETE FROM item_search_pending WHERE id = old.id;
  END;
  -- A feed that changes its title has its indexed items indexed again under the new one.
  CREATE TRIGGER feeds_search_title AFTER UPDATE OF title ON feeds WHEN old.title IS NOT new.title BEGIN
    DELETE FROM item_search WHERE rowid IN (SELECT id FROM items WHERE feed_id = new.id
      AND id NOT IN (SELECT id FROM item_search_pending));
    INSERT OR IGNORE INTO item_search_pending (id) SELECT id FROM items WHERE feed_id = new.id;
  END;
  `,
  // 4: prefix queries over bookmarks answered from an index of 2- and 3-letter prefixes:
  // "sha*" over 10,000 saved articles took ~75 ms merging every word it could begin, ~12 ms
  // with it; the index grows by about two thirds (35 -> 58 MB there).
  `
  DROP TABLE bookmark_search;
  CREATE VIRTUAL TABLE bookmark_search USING fts5 (
    title, source, tags, note, body,
    content = '', contentless_delete = 1, prefix = '2 3',
    tokenize = 'unicode61 remove_diacritics 2'
  );
  INSERT INTO bookmark_search (rowid, title, source, tags, note, body)
    SELECT b.seq, b.title, b.source, b.tags, b.note, coalesce(p.body, '') FROM bookmarks b LEFT JOIN bookmark_pages p ON p.id = b.id;
  `,
];
