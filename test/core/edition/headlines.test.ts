import { describe, expect, it } from 'vitest';
import { resolveEdition } from '../../../src/core/edition/edition.js';
import { buildEditionIndex, findHeadline, headlineKey, sortNewestFirst } from '../../../src/core/edition/headlines.js';
import type { FeedItem, ParsedFeed } from '../../../src/core/feed/types.js';

function item(id: string, over: Partial<FeedItem> = {}): FeedItem {
  return { id, title: id, link: `https://news.example/${id}`, published: null, updated: null, author: null, summary: '', contentHtml: null, categories: [], image: null, ...over };
}
function feed(items: FeedItem[], title = 'Wire'): ParsedFeed {
  return { format: 'rss', title, link: '', description: '', language: null, items };
}

const edition = resolveEdition({
  name: 't', title: 'T',
  feeds: [{ url: 'https://x.test/wire.xml', title: 'The Wire' }, { url: 'https://x.test/tech.xml' }],
  sections: [
    { id: 'news', title: 'News', children: [
      { id: 'politics', title: 'Politics', match: { paths: ['/news/politics/'] } },
      { id: 'economy', title: 'Economy', match: { categories: ['Economy'] } },
      { id: 'tech', title: 'Technology', feeds: ['https://x.test/tech.xml'] },
    ] },
  ],
  breaking: { newest: { minutes: 60, limit: 2 } },
}, 'file:///e/t.json');

const now = new Date('2026-11-25T10:00:00Z');
const wire = feed([
  item('a', { link: 'https://x.test/news/politics/a', published: '2026-11-25T09:30:00.000Z' }),
  item('b', { link: 'https://x.test/news/world/b', categories: ['economy'], published: '2026-11-25T09:50:00.000Z' }),
  item('c', { link: 'https://x.test/misc/c' }),
  item('d', { link: 'https://x.test/news/politics/d', published: '2026-11-24T10:00:00.000Z' }),
]);
const tech = feed([item('t1', { link: 'https://x.test/tech/t1', published: '2026-11-25T08:00:00.000Z' }), item('dup', { link: 'https://x.test/news/politics/a' })], 'Tech Feed');

describe('buildEditionIndex', () => {
  const index = buildEditionIndex(edition, new Map([['https://x.test/wire.xml', wire], ['https://x.test/tech.xml', tech]]), now);

  it('routes by link path, by category and by feed', () => {
    expect(index.bySection.get('politics')?.map((h) => h.id)).toEqual(['a', 'd']);
    expect(index.bySection.get('economy')?.map((h) => h.id)).toEqual(['b']);
    expect(index.bySection.get('tech')?.map((h) => h.id)).toEqual(['a', 't1']);
  });

  it('merges one story reached through two feeds, keeping both sections', () => {
    const a = index.all.filter((h) => h.link === 'https://x.test/news/politics/a');
    expect(a).toHaveLength(1);
    expect(a[0].sectionIds).toEqual(['politics', 'tech']);
  });

  it('shows children in group sections, newest first, undated last', () => {
    expect(index.bySection.get('news')?.map((h) => h.id)).toEqual(['b', 'a', 't1', 'd']);
    expect(index.all.map((h) => h.id)).toEqual(['b', 'a', 't1', 'd', 'c']);
  });

  it('takes breaking items from the last N minutes, up to the limit', () => {
    expect(index.breaking.map((h) => h.id)).toEqual(['b', 'a']);
  });

  it('names the source from the edition, else the feed title', () => {
    expect(findHeadline(index, 'a')?.source).toBe('The Wire');
    expect(findHeadline(index, 't1')?.source).toBe('Tech Feed');
  });

  it('finds a headline by its short key', () => {
    const key = headlineKey('https://x.test/wire.xml', 'c');
    expect(key).toMatch(/^[0-9a-f]{12}$/);
    expect(findHeadline(index, key)?.id).toBe('c');
  });
});

describe('breaking from a feed', () => {
  it('keeps breaking-feed items out of the sections', () => {
    const e = resolveEdition({ name: 'b', title: 'B', feeds: [], sections: [{ id: 'all', title: 'All', match: { paths: ['/'] } }], breaking: { feeds: ['https://x.test/breaking.xml'] } }, 'file:///e/b.json');
    const index = buildEditionIndex(e, new Map([['https://x.test/breaking.xml', feed([item('urgent', { published: '2026-11-25T09:59:00.000Z' })])]]), now);
    expect(index.breaking.map((h) => h.id)).toEqual(['urgent']);
    expect(index.bySection.get('all')).toEqual([]);
    expect(findHeadline(index, 'urgent')).toBeDefined();
  });

  it('puts them in a section that names the breaking feed (a LIVE page), and only there', () => {
    const e = resolveEdition({ name: 'b', title: 'B', feeds: [], sections: [
      { id: 'all', title: 'All', match: { paths: ['/'] } },
      { id: 'live', title: 'LIVE', feeds: ['https://x.test/breaking.xml'] },
    ], breaking: { feeds: ['https://x.test/breaking.xml'] } }, 'file:///e/b.json');
    const index = buildEditionIndex(e, new Map([['https://x.test/breaking.xml', feed([item('urgent', { published: '2026-11-25T09:59:00.000Z' })])]]), now);
    expect(index.bySection.get('live')?.map((h) => h.id)).toEqual(['urgent']);
    expect(index.bySection.get('all')).toEqual([]);
    expect(index.all.map((h) => h.id)).toEqual(['urgent']);
  });
});

describe('a story in both the breaking feed and a section feed', () => {
  const e = resolveEdition({ name: 'b', title: 'B', feeds: [{ url: 'https://x.test/wire.xml' }], sections: [{ id: 'politics', title: 'Politics', match: { paths: ['/news/politics/'] } }], breaking: { feeds: ['https://x.test/breaking.xml'] } }, 'file:///e/b.json');
  const story = item('s', { link: 'https://x.test/news/politics/s', published: '2026-11-25T09:59:00.000Z' });
  it.each([['breaking first', true], ['section first', false]])('is in both lists (%s)', (_name, breakingFirst) => {
    const pairs: [string, ParsedFeed][] = [['https://x.test/breaking.xml', feed([story])], ['https://x.test/wire.xml', feed([story])]];
    const index = buildEditionIndex(e, new Map(breakingFirst ? pairs : pairs.reverse()), now);
    expect(index.breaking.map((h) => h.id)).toEqual(['s']);
    expect(index.bySection.get('politics')?.map((h) => h.id)).toEqual(['s']);
    expect(index.all).toHaveLength(1);
  });
});

describe('sortNewestFirst', () => {
  it('is stable for equal and missing dates', () => {
    const items = [item('x'), item('y', { published: '2026-01-01T00:00:00Z' }), item('z'), item('w', { updated: '2026-02-01T00:00:00Z' })];
    expect(sortNewestFirst(items).map((i) => i.id)).toEqual(['w', 'y', 'x', 'z']);
  });
});
