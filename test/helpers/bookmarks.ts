import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../src/core/article/types.js';
import { createBookmarkStore, type BookmarkStore } from '../../src/services/bookmark-store.js';
import { openDatabase, type TidingsDatabase } from '../../src/services/database.js';

/** A small but complete article; `overrides` replace fields. */
export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    url: 'https://news.example/2026/rivers',
    title: 'Rivers run backwards for a day',
    byline: 'Ada Reporter',
    siteName: 'Example News',
    publishedTime: '2026-11-24T08:00:00Z',
    lang: 'en',
    dir: 'ltr',
    excerpt: 'A tidal bore surprised the valley.',
    contentHtml: '<p>The <a href="https://news.example/bore">tidal bore</a> reached the old mill at noon.</p><p>Fishermen cheered.</p>',
    leadImage: null,
    tags: [],
    wordCount: 12,
    readingMinutes: 1,
    ...overrides,
  };
}

/** A temp data dir for tests: `<tmp>/data`, holding `tidings.db` once opened. */
export function tempDataDir(): string {
  return join(mkdtempSync(join(tmpdir(), 'tidings-bm-')), 'data');
}

/**
 * A bookmark store over a real database in a fresh temp dir, with a settable clock and
 * captured warnings; `open()` makes another store on its own connection (another process, in effect).
 */
export function tempStore(start = '2026-11-25T10:00:00Z', data = tempDataDir()): { store: BookmarkStore; data: string; path: string; database: TidingsDatabase; warnings: string[]; tick: (ms?: number) => void; open: () => BookmarkStore } {
  const path = join(data, 'tidings.db');
  const warnings: string[] = [];
  let now = Date.parse(start);
  const clock = () => new Date(now);
  const warn = (m: string) => warnings.push(m);
  const connect = () => openDatabase({ path, now: clock, warn });
  const database = connect();
  return {
    store: createBookmarkStore({ database, now: clock, warn }), data, path, database, warnings,
    tick: (ms = 60_000) => { now += ms; },
    open: () => createBookmarkStore({ database: connect(), now: clock, warn }),
  };
}
