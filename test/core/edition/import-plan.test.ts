import { describe, expect, it } from 'vitest';
import { resolveEdition } from '../../../src/core/edition/edition.js';
import { applyImportPlan, planImport, planNewEdition } from '../../../src/core/edition/import-plan.js';
import type { Subscription } from '../../../src/core/subscriptions.js';

const feed = (url: string, ...sections: string[][]): Subscription => ({ url, title: '', sections });

describe('planNewEdition', () => {
  it('gives every section an id unique across the tree, and puts loose feeds last in their own section', () => {
    const plan = planNewEdition('mine', 'en', [
      feed('https://loose.example'),
      feed('https://a.example/rss', ['Tech Deep']),
      feed('https://b.example/rss', ['Tech', 'Deep'], ['News']),
      feed('https://a.example/rss/', ['News']),
    ]);
    expect(plan.spec.sections).toEqual([
      { id: 'tech-deep', title: 'Tech Deep', feeds: ['https://a.example/rss'] },
      { id: 'tech', title: 'Tech', children: [{ id: 'tech-deep-2', title: 'Deep', feeds: ['https://b.example/rss'] }] },
      { id: 'news', title: 'News', feeds: ['https://b.example/rss', 'https://a.example/rss/'] },
      { id: 'other-feeds', title: 'Other feeds', feeds: ['https://loose.example/'] },
    ]);
    // `https://a.example/rss/` is another URL; `https://loose.example` is the same as with its slash.
    expect(plan.feedCount).toBe(4);
    expect(plan.sectionCount).toBe(5);
  });
});

describe('planImport', () => {
  const spec = {
    name: 'e', title: 'E', feeds: [{ url: 'https://a.example/rss' }],
    sections: [{ id: 'tech', title: 'Tech', feeds: ['https://a.example/rss'] }, { id: 'deep', title: 'Deep' }],
  };

  it('matches existing sections level by level and adds the rest under their parents', () => {
    const edition = resolveEdition(spec, 'file:///e.json', { removeFeeds: ['https://b.example/rss'], removeSections: ['tech-deep'] });
    const plan = planImport(edition, [feed('https://a.example/rss', ['Tech']), feed('https://b.example/rss', ['tech', 'Deep'])]);
    expect(plan).toEqual({
      addSections: [{ id: 'tech-deep', title: 'Deep', parent: 'tech' }],
      addFeeds: [{ url: 'https://b.example/rss', section: 'tech-deep' }],
      added: 1,
      present: 1,
    });
    const overlay = applyImportPlan({ removeFeeds: ['https://b.example/rss'], removeSections: ['tech-deep'] }, plan);
    const after = resolveEdition(spec, 'file:///e.json', overlay);
    expect(after.sections[0].children.map((s) => [s.id, s.feeds])).toEqual([['tech-deep', ['https://b.example/rss']]]);
    expect(planImport(after, [feed('https://b.example/rss', ['Tech', 'Deep'])])).toMatchObject({ added: 0, present: 1, addFeeds: [] });
  });
});
