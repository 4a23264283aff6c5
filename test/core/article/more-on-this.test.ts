import { describe, expect, it } from 'vitest';
import { rankSimilar, significantWords, similarityTerms, withMoreOnThis, type SimilarCandidate } from '../../../src/core/article/more-on-this.js';
import type { Article } from '../../../src/core/article/types.js';

const candidate = (title: string, time: number, categories: number[] = []): SimilarCandidate => ({ title, link: `https://x.test/${time}`, time, categories: new Set(categories) });

describe('"More on this" terms and ranking', () => {
  it('takes the significant words of the headline part of a title: no stop words, short words or numbers', () => {
    expect(significantWords('The storm hits 2 coasts in 2026 | Coast News')).toEqual(['storm', 'hits', 'coasts']);
    expect(significantWords("Biden's visit: Biden meets Élysée staff")).toEqual(['biden', 'visit', 'meets', 'élysée', 'staff']);
    expect(significantWords('Las lluvias vuelven a la costa según el servicio')).toEqual(['lluvias', 'vuelven', 'costa', 'servicio']);
    expect(significantWords('الأمطار تعود إلى الساحل في المدينة')).toEqual(['الأمطار', 'تعود', 'الساحل', 'المدينة']);
    expect(significantWords('one two three four five six seven eight nine ten eleven twelve'.replace(/\w+/g, (w) => `${w}x`))).toHaveLength(10);
  });

  it('quotes every term, so nothing in a title or category is query syntax', () => {
    const terms = similarityTerms('NEAR(storm) AND "ferry" OR title:x', ['Middle East', 'middle-east', '']);
    expect(terms.map((t) => t.fts)).toEqual(['title : "near"', 'title : "storm"', 'title : "ferry"', 'title : "title"', 'categories : "middle east"']);
    expect(terms.map((t) => t.kind)).toEqual(['title', 'title', 'title', 'title', 'category']);
  });

  it('weighs a rare shared word over a common one, adds a shared category, needs a shared title word, breaks ties by time', () => {
    const terms = similarityTerms('Seals return to the estuary', ['Nature']);
    expect(terms.map((t) => t.text)).toEqual(['seals', 'return', 'estuary', 'nature']);
    // Items having each term: seals is rare, estuary common.
    const counts = [3, 2000, 900, 500];
    const ranked = rankSimilar(terms, counts, 2000, [
      candidate('Estuary tides', 9),
      candidate('Seals of the north', 1),
      candidate('Nature notes', 10, [3]),
      candidate('Estuary birds', 8, [3]),
      candidate('Estuary walks', 7),
    ]);
    expect(ranked.map((c) => c.title)).toEqual(['Seals of the north', 'Estuary birds', 'Estuary tides', 'Estuary walks']);
  });

  it('adds the list only when the page has none of its own and something was found', () => {
    const article = { url: 'https://x.test/a', title: 'A', tags: [] } as unknown as Article;
    const stories = [{ title: 'B', url: 'https://x.test/b' }];
    expect(withMoreOnThis(article, stories).related).toEqual([{ kind: 'more-on-this', title: '', stories }]);
    expect(withMoreOnThis(article, [])).toBe(article);
    const own = { ...article, related: [{ kind: 'related' as const, title: 'Related', stories }] };
    expect(withMoreOnThis(own, [{ title: 'C', url: 'https://x.test/c' }])).toBe(own);
  });
});
