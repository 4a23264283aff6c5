import { describe, expect, it } from 'vitest';
import { mergeEntries } from '../../../src/core/bookmarks/merge.js';
import type { Bookmark } from '../../../src/core/bookmarks/types.js';
import { makeArticle } from '../../helpers/bookmarks.js';

const mark = (over: Partial<Bookmark>): Bookmark => ({
  id: 'aaaaaaaaaaaa', url: 'https://a.example/1', title: 'Mine', source: 'Src', section: 'world', savedAt: '2026-01-01T00:00:00.000Z', tags: ['mine'], note: 'my note', hasArticle: true, ...over,
});

describe('mergeEntries', () => {
  it('import: keeps id, date and article of an existing URL; merges tags; fills gaps', () => {
    const incoming = mark({ id: 'bbbbbbbbbbbb', url: 'https://a.example/1#x', title: '', source: 'Other', savedAt: '2020-01-01T00:00:00.000Z', tags: ['theirs', 'MINE'], note: '', hasArticle: false });
    const merged = mergeEntries([mark({})], [{ bookmark: incoming, article: null }], false);
    expect(merged.bookmarks).toEqual([mark({ source: 'Other', tags: ['mine', 'theirs'] })]);
    expect(merged.result).toMatchObject({ added: 0, updated: 1 });
    expect(merged.articles).toEqual([]);
  });

  it('import: new URLs get ids from the URL, articles and words to write, newest first', () => {
    const article = makeArticle({ contentHtml: '<p>Lighthouse keeper</p>' });
    const merged = mergeEntries([mark({})], [
      { bookmark: mark({ id: '', url: 'https://b.example/', savedAt: '2027-01-01T00:00:00.000Z' }), article },
      { bookmark: mark({ id: '', url: 'ftp://c.example/' }), article: null },
    ], false);
    expect(merged.bookmarks.map((b) => b.url)).toEqual(['https://b.example/', 'https://a.example/1']);
    const id = merged.bookmarks[0].id;
    expect(id).toMatch(/^[0-9a-f]{12}$/);
    expect(merged.articles).toEqual([{ bookmark: merged.bookmarks[0], article }]);
    expect(merged.words.get(id)).toContain('lighthouse keeper');
    expect(merged.result).toMatchObject({ added: 1, updated: 0 });
  });

  it('restore: puts the entry back exactly, with its own id', () => {
    const entry = mark({ id: 'cccccccccccc', url: 'https://c.example/' });
    expect(mergeEntries([], [{ bookmark: entry, article: makeArticle() }], true).result.last).toEqual(entry);
  });
});
