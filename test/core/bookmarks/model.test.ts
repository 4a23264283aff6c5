import { describe, expect, it } from 'vitest';
import { bookmarkId, canonicalUrl, findBookmark, hasTag, mergeTags, normalizeTags, sortNewestFirst } from '../../../src/core/bookmarks/model.js';
import type { Bookmark } from '../../../src/core/bookmarks/types.js';

const mark = (over: Partial<Bookmark>): Bookmark => ({
  id: 'aaaaaaaaaaaa', url: 'https://a.example/', title: 'A', source: '', section: '', savedAt: '2026-01-01T00:00:00.000Z', tags: [], note: '', hasArticle: true, ...over,
});

describe('bookmark ids and URLs', () => {
  it('keys a URL without its fragment and gives it a stable 12-hex id', () => {
    expect(canonicalUrl(' https://a.example/x?y=1#top ')).toBe('https://a.example/x?y=1');
    expect(bookmarkId('https://a.example/x#one')).toBe(bookmarkId('https://a.example/x'));
    expect(bookmarkId('https://a.example/x')).toMatch(/^[0-9a-f]{12}$/);
    expect(bookmarkId('https://a.example/x')).not.toBe(bookmarkId('https://a.example/y'));
  });

  it('takes a salted id when the plain one is held by another URL', () => {
    const plain = bookmarkId('https://a.example/x');
    const salted = bookmarkId('https://a.example/x', (id) => id === plain);
    expect(salted).not.toBe(plain);
    expect(salted).toMatch(/^[0-9a-f]{12}$/);
  });

  it('finds by id, URL, or a unique prefix of 4+ characters', () => {
    const list = [mark({ id: 'abcd12340000', url: 'https://a.example/1' }), mark({ id: 'abcd99990000', url: 'https://a.example/2' })];
    expect(findBookmark(list, 'abcd99990000')?.url).toBe('https://a.example/2');
    expect(findBookmark(list, 'https://a.example/1#frag')?.id).toBe('abcd12340000');
    expect(findBookmark(list, 'abcd1')?.id).toBe('abcd12340000');
    expect(findBookmark(list, 'abcd')).toBeUndefined();
    expect(findBookmark(list, 'abc')).toBeUndefined();
  });
});

describe('tags', () => {
  it('normalises: sanitised, commas split, case-insensitive de-duplication, order kept', () => {
    expect(normalizeTags(['Later', ' later ', 'a,b', '', '\u001b[31mred\u001b[0m'])).toEqual(['Later', 'a', 'b', 'red']);
    expect(mergeTags(['x', 'Y'], ['y', 'z'])).toEqual(['x', 'Y', 'z']);
    expect(hasTag(mark({ tags: ['Later'] }), 'later')).toBe(true);
  });
});

it('sorts newest saved first, ties by id', () => {
  const sorted = sortNewestFirst([
    mark({ id: 'b00000000000', savedAt: '2026-01-01T00:00:00.000Z' }),
    mark({ id: 'c00000000000', savedAt: '2026-02-01T00:00:00.000Z' }),
    mark({ id: 'a00000000000', savedAt: '2026-01-01T00:00:00.000Z' }),
  ]);
  expect(sorted.map((b) => b.id)).toEqual(['c00000000000', 'a00000000000', 'b00000000000']);
});
