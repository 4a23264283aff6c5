import { describe, expect, it } from 'vitest';
import { findSection, flattenSections, resolveEdition, sectionSlug, validateEditionSpec } from '../../../src/core/edition/edition.js';
import type { EditionSpec } from '../../../src/core/edition/types.js';
import { UsageError } from '../../../src/core/errors.js';

const spec: EditionSpec = {
  name: 'test',
  title: 'Test Edition',
  feeds: [{ url: 'feeds/wire.xml', title: 'Wire' }, { url: 'https://example.org/tech.rss' }],
  sections: [
    { id: 'news', title: 'News', children: [
      { id: 'politics', title: 'Politics', match: { paths: ['/news/Politics/'] } },
      { id: 'tech', title: 'Technology', feeds: ['https://example.org/tech.rss'] },
    ] },
    { id: 'regions', title: 'Regions', children: [{ id: 'us-canada', title: 'US & Canada', match: { categories: ['USA'] } }] },
  ],
  breaking: { feeds: ['feeds/breaking.xml'] },
};

describe('resolveEdition', () => {
  const base = 'file:///srv/editions/test.json';

  it('resolves relative feed URLs against the edition file', () => {
    const edition = resolveEdition(spec, base);
    expect(edition.feeds.map((f) => f.url)).toEqual([
      'file:///srv/editions/feeds/wire.xml',
      'https://example.org/tech.rss',
      'file:///srv/editions/feeds/breaking.xml',
    ]);
    expect(edition.breaking).toEqual({ feeds: ['file:///srv/editions/feeds/breaking.xml'] });
  });

  it('gives each section its path and lower-cased rules', () => {
    const edition = resolveEdition(spec, base);
    const politics = findSection(edition.sections, 'politics');
    expect(politics?.path).toEqual(['News', 'Politics']);
    expect(politics?.match.paths).toEqual(['/news/politics/']);
  });

  it('applies an overlay: added sections and feeds, removed feeds', () => {
    const edition = resolveEdition(spec, base, {
      addSections: [{ id: 'science', title: 'Science', parent: 'news' }],
      addFeeds: [{ url: 'https://example.org/science.xml', title: 'Sci', section: 'science' }],
      removeFeeds: ['https://example.org/tech.rss'],
    });
    const science = findSection(edition.sections, 'Science');
    expect(science?.path).toEqual(['News', 'Science']);
    expect(science?.feeds).toEqual(['https://example.org/science.xml']);
    expect(edition.feeds.some((f) => f.url === 'https://example.org/tech.rss')).toBe(false);
    expect(findSection(edition.sections, 'tech')?.feeds).toEqual([]);
  });

  it('drops removed sections with their children', () => {
    const edition = resolveEdition(spec, base, { removeSections: ['regions'] });
    expect(flattenSections(edition.sections).map((s) => s.id)).toEqual(['news', 'politics', 'tech']);
  });
});

describe('findSection and sectionSlug', () => {
  const edition = resolveEdition(spec, 'file:///e/test.json');
  it.each([['politics', 'politics'], ['Politics', 'politics'], ['US & Canada', 'us-canada'], ['technology', 'tech']])(
    'finds %s', (query, id) => expect(findSection(edition.sections, query)?.id).toBe(id));
  it('returns undefined for an unknown section', () => expect(findSection(edition.sections, 'nope')).toBeUndefined());
  it('slugs names', () => expect(sectionSlug('Arts & Culture')).toBe('arts-culture'));
});

describe('validateEditionSpec', () => {
  it('names the first problem', () => {
    expect(() => validateEditionSpec({ name: 'x', feeds: [], sections: [{ id: 'a' }] }, 'x.json')).toThrow(/x.json: every section needs "id" and "title"/);
    expect(() => validateEditionSpec([], 'y.json')).toThrow(UsageError);
    expect(() => validateEditionSpec({ name: 'x', feeds: [], sections: [{ id: 'a', title: 'A' }, { id: 'a', title: 'B' }] }, 'z.json')).toThrow(/duplicate section id "a"/);
  });
  it('accepts a good spec', () => expect(validateEditionSpec(spec, 's.json').name).toBe('test'));
});
