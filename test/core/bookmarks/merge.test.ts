import { describe, expect, it } from 'vitest';
import { mergeBookmark } from '../../../src/core/bookmarks/merge.js';
import type { Bookmark } from '../../../src/core/bookmarks/types.js';

const mark = (over: Partial<Bookmark>): Bookmark => ({
  id: 'aaaaaaaaaaaa', url: 'https://a.example/1', title: 'Mine', source: 'Src', section: 'world', savedAt: '2026-01-01T00:00:00.000Z', tags: ['mine'], note: 'my note', hasArticle: true, ...over,
});

describe('mergeBookmark', () => {
  it('import: keeps id, date and page of an existing URL; merges tags; fills gaps', () => {
    const incoming = mark({ id: 'bbbbbbbbbbbb', title: '', source: 'Other', savedAt: '2020-01-01T00:00:00.000Z', tags: ['theirs', 'MINE'], note: '', hasArticle: false });
    expect(mergeBookmark(mark({}), incoming, false, false, 'cccccccccccc')).toEqual(mark({ source: 'Other', tags: ['mine', 'theirs'] }));
  });

  it('import: a new URL takes the given id, sanitised strings, the URL as a missing title', () => {
    const incoming = mark({ id: '', title: '', note: 'a\u001b[31m red', tags: ['x,y', 'X'] });
    expect(mergeBookmark(undefined, incoming, false, false, 'dddddddddddd')).toEqual(mark({ id: 'dddddddddddd', title: 'https://a.example/1', note: 'a red', tags: ['x', 'y'], hasArticle: false }));
  });

  it('restore: puts the entry back as it was, over an existing row keeping that row\'s id', () => {
    const entry = mark({ id: 'cccccccccccc', title: 'Back', tags: ['old'] });
    expect(mergeBookmark(undefined, entry, true, true, 'cccccccccccc')).toEqual(entry);
    expect(mergeBookmark(mark({}), entry, true, true, 'eeeeeeeeeeee')).toEqual({ ...entry, id: 'aaaaaaaaaaaa' });
  });
});
