import { rmSync } from 'node:fs';
import type { TidingsDatabase } from '../../src/services/database.js';
import { createFeedFetcher, type FeedFetcher, type FeedFetcherOptions } from '../../src/services/feed-fetcher.js';
import { createFeedStore, type FeedStore, type Retention } from '../../src/services/feed-store.js';
import { createHttpClient } from '../../src/services/http-client.js';
import { createItemStore, type ItemStore } from '../../src/services/item-store.js';
import { tempDatabase } from './temp-database.js';

/** A real database in a temp dir with the feed and item stores over it. */
export interface TempDb {
  dir: string;
  database: TidingsDatabase;
  feeds: FeedStore;
  items: ItemStore;
  /** A fetcher over this database (options override the defaults). */
  fetcher(options?: Partial<FeedFetcherOptions>): FeedFetcher;
  /** Closes the database and removes the dir. */
  dispose(): void;
}

/** Opens a fresh database under a new temp dir. */
export function openTempDb(now: () => Date, retention: Retention = { days: 90, items: 2000 }): TempDb {
  const { database, dir } = tempDatabase(now);
  const feeds = createFeedStore(database.db, retention);
  const items = createItemStore(database.db);
  return {
    dir,
    database,
    feeds,
    items,
    fetcher: (options = {}) => createFeedFetcher({ http: createHttpClient({ timeoutMs: 300 }), feeds, write: (w) => database.write(w), now, ...options }),
    dispose() {
      database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
