import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { serializeSearchFile } from '../../src/core/bookmarks/search-file.js';
import { articlePath, bodyHits, bookmarkPaths } from '../../src/services/bookmark-disk.js';

describe('bodyHits', () => {
  const words = new Map([['0123456789ab', 'tide mill abc'], ['abcdef012345', 'rain'], ['ffffffffffff', '']]);
  const bytes = Buffer.from(serializeSearchFile(['0123456789ab', 'abcdef012345', 'ffffffffffff'], words), 'utf8');

  it('finds body hits (any script) only in the words column, once per line', () => {
    const arabic = Buffer.from(serializeSearchFile(['0123456789ab'], new Map([['0123456789ab', 'وصل المد الطاحونة']])), 'utf8');
    expect([...bodyHits(arabic, 'الطاحونة')]).toEqual(['0123456789ab']);
    expect([...bodyHits(bytes, 'abc')]).toEqual(['0123456789ab']);
    expect([...bodyHits(bytes, 'i')].sort()).toEqual(['0123456789ab', 'abcdef012345']);
    expect([...bodyHits(bytes, 'search')]).toEqual([]);
    expect([...bodyHits(bytes, 'ab\nabc')]).toEqual([]);
  });
});

it('never builds an article path from something that is not an id', () => {
  const paths = bookmarkPaths('/data/bookmarks');
  expect(articlePath(paths, '0123456789ab')).toBe('/data/bookmarks/articles/0123456789ab.json');
  expect(() => articlePath(paths, '../../etc/passwd')).toThrow('not a bookmark id');
  expect(paths.legacy).toBe('/data/bookmarks.json');
});
