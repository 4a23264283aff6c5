import { describe, expect, it } from 'vitest';
import { currentRoute, NAV_START, navReducer, targetFromHeadline } from '../../../src/ui/state/navigation.js';
import { fakeServices } from '../../helpers/fake-services.js';

describe('navigation', () => {
  const target = { url: 'https://a.test/1', title: 'One', source: 'A', section: 'news' };

  it('stacks screens and never pops the last one', () => {
    let s = navReducer(NAV_START, { type: 'open-reader', target });
    expect(currentRoute(s)).toEqual({ screen: 'reader', target });
    s = navReducer(s, { type: 'back' });
    expect(s).toEqual(NAV_START);
    expect(navReducer(s, { type: 'back' })).toBe(s);
  });

  it('replaces the article for "next", and keeps one bookmarks screen', () => {
    let s = navReducer(NAV_START, { type: 'open-reader', target });
    s = navReducer(s, { type: 'replace-reader', target: { ...target, url: 'https://a.test/2' } });
    expect(s.stack).toHaveLength(2);
    s = navReducer(navReducer(s, { type: 'open-bookmarks' }), { type: 'open-reader', target });
    s = navReducer(s, { type: 'open-bookmarks' });
    expect(s.stack.map((r) => r.screen)).toEqual(['home', 'reader', 'reader', 'bookmarks']);
    expect(navReducer(s, { type: 'open-bookmarks' })).toBe(s);
  });

  it('toggles help over any screen', () => {
    expect(navReducer(NAV_START, { type: 'toggle-help' }).help).toBe(true);
  });

  it('builds a reader target with the feed fallback and the headlines after it', async () => {
    const { services } = fakeServices();
    const snapshot = await services.news.load({ offline: true });
    const list = snapshot.index.bySection.get('news') ?? [];
    const t = targetFromHeadline(list[0], 'news', list);
    expect(t).toMatchObject({ url: list[0].link, key: list[0].key, section: 'news' });
    expect(t.fallback?.summary).toBe(list[0].summary);
    expect(t.next?.map((h) => h.key)).toEqual(list.slice(1).map((h) => h.key));
  });
});
