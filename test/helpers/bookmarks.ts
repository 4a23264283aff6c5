import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../src/core/article/types.js';
import { createBookmarkStore, type BookmarkStore } from '../../src/services/bookmark-store.js';

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

/** A bookmark store in a fresh temp dir, with a settable clock and captured warnings. */
export function tempStore(start = '2026-11-25T10:00:00Z'): { store: BookmarkStore; dir: string; warnings: string[]; tick: (ms?: number) => void; open: () => BookmarkStore } {
  const dir = join(mkdtempSync(join(tmpdir(), 'tidings-bm-')), 'bookmarks');
  const warnings: string[] = [];
  let now = Date.parse(start);
  const open = () => createBookmarkStore({ dir, now: () => new Date(now), warn: (m) => warnings.push(m) });
  return { store: open(), dir, warnings, tick: (ms = 60_000) => { now += ms; }, open };
}
