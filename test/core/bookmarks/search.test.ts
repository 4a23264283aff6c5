import { describe, expect, it } from 'vitest';
import { articleSearchText, liveQuery, MAX_BODY_CHARS, toFtsQuery } from '../../../src/core/bookmarks/search.js';
import { makeArticle } from '../../helpers/bookmarks.js';

describe('articleSearchText', () => {
  it('is the plain text in reading order, markup and scripts dropped', () => {
    const text = articleSearchText(makeArticle({ byline: 'Ada', siteName: null, excerpt: null, contentHtml: '<p>Rain, RAIN and <b>more</b> rain.</p><script>var secret</script>' }));
    expect(text).toBe('Ada\nRain, RAIN and more rain.');
  });

  it('keeps Arabic and CJK text, and cuts a book-length page', () => {
    const text = articleSearchText(makeArticle({ contentHtml: '<p>وصل المد إلى الطاحونة</p><p>東京の天気</p>' }));
    expect(text).toContain('الطاحونة');
    expect(text).toContain('東京の天気');
    expect(articleSearchText(makeArticle({ contentHtml: `<p>${'word '.repeat(100_000)}</p>` })).length).toBe(MAX_BODY_CHARS);
  });
});

describe('toFtsQuery', () => {
  it.each([
    ['storm', '"storm"'],
    ['  Storm   warning ', '"Storm" "warning"'],
    ['"tidal bore" mill', '"tidal bore" "mill"'],
    ['harb*', '"harb"*'],
    ['"tidal bo"*', '"tidal bo"*'],
    ['e-mail', '"e-mail"'],
    ['storm OR NOT rain', '"storm" "OR" "NOT" "rain"'],
    ['title:storm (a', '"title:storm" "(a"'],
    ['say"what', '"saywhat"'],
    ['"unclosed phrase', '"unclosed" "phrase"'],
    ['الطاحونة', '"الطاحونة"'],
  ])('%j → %s', (query, fts) => {
    expect(toFtsQuery(query)).toBe(fts);
  });

  it.each(['', '   ', '?!', '"" * ***', '-- ( ) :', '"?!"'])('%j holds no word: no query', (query) => {
    expect(toFtsQuery(query)).toBeUndefined();
  });
});

describe('liveQuery', () => {
  it.each([
    ['tra', 'tra*'],
    ['old tra', 'old tra*'],
    ['train ', 'train '],
    ['"old story"', '"old story"'],
    ['sto*', 'sto*'],
    ['طاح', 'طاح*'],
  ])('%j → %j', (typed, query) => {
    expect(liveQuery(typed)).toBe(query);
  });
});
