import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonBookmarks } from '../../../src/core/bookmarks/exchange-json.js';
import { isV1Store, migrateV1Store, readIndexJson } from '../../../src/core/bookmarks/migrate.js';
import { isTerminalSafe } from '../../../src/core/text/sanitize.js';

const now = new Date('2026-11-25T10:00:00Z');
const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/bookmarks/v1/bookmarks.json'), 'utf8')) as unknown;

describe('schema 1 → 2', () => {
  it('maps the old field names and keeps the inline bodies as articles', () => {
    expect(isV1Store(fixture)).toBe(true);
    const { entries, skipped } = migrateV1Store(fixture, now);
    expect(skipped).toBe(2);
    expect(entries.map((e) => e.bookmark.url)).toEqual([
      'https://akhbar.example/ar/2023/11/15/%D9%86%D9%87%D8%B1',
      'https://news.example/2023/rivers',
      'https://blog.example/link-only',
    ]);
    const rivers = entries[1];
    expect(rivers.bookmark).toMatchObject({
      title: 'Rivers run backwards for a day', source: 'Example News', section: 'science',
      savedAt: '2023-11-14T22:13:20.000Z', tags: ['rivers', 'later'], note: 'read on the train', hasArticle: true,
    });
    expect(rivers.article).toMatchObject({
      url: 'https://news.example/2023/rivers', byline: 'Ada Reporter', siteName: 'Example News', lang: 'en', dir: 'ltr',
      excerpt: 'A tidal bore surprised the valley.', leadImage: { url: 'https://news.example/img/bore.jpg', caption: '' },
    });
    expect(rivers.article?.contentHtml).toContain('millwheel');
    expect(rivers.article?.wordCount).toBeGreaterThan(10);
    expect(entries[0].article).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect(entries[2]).toMatchObject({ article: null, bookmark: { hasArticle: false, title: 'A link without a page' } });
    expect(entries.every((e) => isTerminalSafe(e.bookmark.title))).toBe(true);
  });

  it('is also what importing a schema-1 file as JSON does', () => {
    const { entries } = parseJsonBookmarks(JSON.stringify(fixture), now);
    expect(entries).toHaveLength(3);
  });
});

describe('readIndexJson', () => {
  it('refuses a newer schema and calls a wrong shape corrupt', () => {
    expect(readIndexJson({ schemaVersion: 99, bookmarks: [] }, now)).toMatchObject({ ok: false, problem: { kind: 'newer' } });
    expect(readIndexJson({ bookmarks: {} }, now)).toMatchObject({ ok: false, problem: { kind: 'corrupt' } });
    expect(readIndexJson([], now)).toMatchObject({ ok: false, problem: { kind: 'corrupt' } });
  });

  it('skips bad entries and de-duplicates URLs, newest kept', () => {
    const result = readIndexJson({ schemaVersion: 2, bookmarks: [
      { id: 'aaaaaaaaaaaa', url: 'https://a.example/', title: 'old', savedAt: '2026-01-01T00:00:00Z' },
      { id: 'bbbbbbbbbbbb', url: 'https://a.example/', title: 'new', savedAt: '2026-02-01T00:00:00Z' },
      { title: 'no url' },
      null,
    ] }, now);
    expect(result.ok && result.skipped).toBe(2);
    expect(result.ok && result.index.bookmarks.map((b) => b.title)).toEqual(['new']);
  });
});
