import { describe, expect, it } from 'vitest';
import { feedFallback } from '../../../src/core/article/feed-fallback.js';
import type { Headline } from '../../../src/core/edition/headlines.js';

const headline: Headline = {
  id: 'g1', key: 'abc123', feedUrl: 'https://example.org/feed.xml', source: 'Example', sectionIds: ['news'],
  title: 'Bridge reopens', link: 'https://example.org/bridge', published: null, updated: '2026-11-25T09:00:00Z',
  author: 'A. Writer', summary: 'The bridge is open.', contentHtml: '<p>The bridge is open again.</p>',
  categories: ['Transport'], image: 'https://example.org/bridge.jpg',
};

describe('feedFallback', () => {
  it('keeps what the feed item says of its story, for read, bookmarks add and the app alike', () => {
    expect(feedFallback(headline)).toEqual({
      title: 'Bridge reopens', link: 'https://example.org/bridge', contentHtml: '<p>The bridge is open again.</p>',
      summary: 'The bridge is open.', author: 'A. Writer', published: '2026-11-25T09:00:00Z',
      image: 'https://example.org/bridge.jpg', categories: ['Transport'],
    });
  });

  it('dates the story by its publication, and by its update only without one', () => {
    expect(feedFallback({ ...headline, published: '2026-11-24T08:00:00Z' }).published).toBe('2026-11-24T08:00:00Z');
  });
});
