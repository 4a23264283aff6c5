import { describe, expect, it } from 'vitest';
import { articleSearchText, queryTerms, searchBookmarks } from '../../../src/core/bookmarks/search.js';
import { parseSearchFile, serializeSearchFile } from '../../../src/core/bookmarks/search-file.js';
import type { Bookmark } from '../../../src/core/bookmarks/types.js';
import { makeArticle } from '../../helpers/bookmarks.js';

const hitsIn = (bodies: Record<string, string>) => (term: string) => new Set(Object.keys(bodies).filter((id) => bodies[id].includes(term)));
const mark = (id: string, over: Partial<Bookmark> = {}): Bookmark => ({
  id, url: `https://a.example/${id}`, title: 'Untitled', source: '', section: '', savedAt: '2026-01-01T00:00:00.000Z', tags: [], note: '', hasArticle: true, ...over,
});

describe('articleSearchText', () => {
  it('keeps each lower-cased body word once, markup and punctuation dropped', () => {
    const text = articleSearchText(makeArticle({ byline: null, siteName: null, excerpt: null, contentHtml: '<p>Rain, RAIN and <b>more</b> rain.</p><script>var secret</script>' }));
    expect(text).toBe('rain and more');
  });

  it('indexes Arabic and CJK text', () => {
    const text = articleSearchText(makeArticle({ contentHtml: '<p>وصل المد إلى الطاحونة</p><p>東京の天気</p>' }));
    expect(text).toContain('الطاحونة');
    expect(text).toContain('東京の天気');
  });
});

describe('searchBookmarks', () => {
  const list = [
    mark('01', { title: 'Storm warning', tags: ['weather'] }),
    mark('02', { title: 'Markets', note: 'about the storm' }),
    mark('03', { title: 'Elections', source: 'Storm Weekly' }),
    mark('04', { title: 'Sport' }),
    mark('05', { title: 'Harbour', section: 'local' }),
  ];
  const bodies = hitsIn({ '04': 'the match was stopped by a thunderstorm', '05': 'ships' });
  const none = hitsIn({});

  it('matches title, note, source, tags and body; title hits first', () => {
    const found = searchBookmarks(list, 'STORM', bodies).map((b) => b.id);
    expect(found).toEqual(['01', '02', '03', '04']);
  });

  it('needs every word, which may come from different fields', () => {
    expect(searchBookmarks(list, 'weather storm', none).map((b) => b.id)).toEqual(['01']);
    expect(searchBookmarks(list, 'harbour ships', bodies).map((b) => b.id)).toEqual(['05']);
    expect(searchBookmarks(list, 'local', none).map((b) => b.id)).toEqual(['05']);
  });

  it('finds nothing for a query without words', () => {
    expect(queryTerms(' ?! ')).toEqual([]);
    expect(searchBookmarks(list, '?!', none)).toEqual([]);
  });
});

describe('search side file', () => {
  const words = new Map([['0123456789ab', 'tide mill abc'], ['abcdef012345', 'rain'], ['ffffffffffff', '']]);
  const text = serializeSearchFile(['0123456789ab', 'abcdef012345', 'ffffffffffff'], words);

  it('round-trips and ignores anything that is not its format', () => {
    expect(parseSearchFile(text)).toEqual(words);
    expect(parseSearchFile('{"json": true}')).toBeUndefined();
    expect(parseSearchFile(undefined)).toBeUndefined();
  });

});
