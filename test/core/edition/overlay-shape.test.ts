import { describe, expect, it } from 'vitest';
import { checkOverlay } from '../../../src/core/edition/overlay-shape.js';

describe('checkOverlay', () => {
  it('keeps a well-formed overlay as it is', () => {
    const overlay = {
      addFeeds: [{ url: 'https://a.test/feed', title: 'A', section: 'news' }, { url: 'https://b.test/feed' }],
      removeFeeds: ['https://c.test/feed'],
      addSections: [{ id: 'mine', title: 'Mine', parent: 'news' }],
      removeSections: ['sport'],
    };
    expect(checkOverlay(overlay)).toEqual({ overlay, problems: [] });
  });

  it.each([
    [{ removeFeeds: 'y' }, {}, '"removeFeeds" must be a list of feed URLs; ignored'],
    [{ addFeeds: [null] }, { addFeeds: [] }, '"addFeeds" must be a list of {"url", "title"?, "section"?}: entry 0 ignored'],
    [{ addSections: 5 }, {}, '"addSections" must be a list of {"id", "title", "parent"?}; ignored'],
    [{ removeSections: ['a', 3, ''] }, { removeSections: ['a'] }, '"removeSections" must be a list of section ids: entries 1, 2 ignored'],
    [{ addFeeds: [{ url: 'u', title: 7 }, { url: 'v' }] }, { addFeeds: [{ url: 'v' }] }, '"addFeeds" must be a list of {"url", "title"?, "section"?}: entry 0 ignored'],
  ])('leaves out the bad part of %j with one message', (value, overlay, problem) => {
    expect(checkOverlay(value)).toEqual({ overlay, problems: [problem] });
  });

  it.each([null, 'x', 3, [1]])('treats %j as no changes, with one message', (value) => {
    const { overlay, problems } = checkOverlay(value);
    expect(overlay).toEqual({});
    expect(problems).toHaveLength(1);
  });

  it('reports every bad part, and keeps the good ones beside them', () => {
    const { overlay, problems } = checkOverlay({ removeFeeds: 'y', addFeeds: [null, { url: 'https://ok.test/' }], addSections: 5 });
    expect(overlay).toEqual({ addFeeds: [{ url: 'https://ok.test/' }] });
    expect(problems).toHaveLength(3);
  });
});
