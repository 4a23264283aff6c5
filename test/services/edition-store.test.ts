import { describe, expect, it } from 'vitest';
import { flattenSections, type Section } from '../../src/core/edition/edition.js';
import { createEditionStore } from '../../src/services/edition-store.js';
import { tempHome } from '../helpers/run-cli.js';

const store = createEditionStore({ userDir: tempHome() });
const ids = (sections: Section[]) => sections.map((s) => s.id);

describe('the built-in editions', () => {
  it('load with their language and direction', () => {
    const langs = store.list().map((e) => [e.name, e.lang, e.dir]);
    expect(langs).toEqual(expect.arrayContaining([
      ['demo', 'en', 'ltr'], ['world', 'en', 'ltr'], ['almayadeen', 'en', 'ltr'],
      ['demo-ar', 'ar', 'rtl'], ['world-ar', 'ar', 'rtl'], ['demo-es', 'es', 'ltr'], ['world-es', 'es', 'ltr'],
    ]));
    for (const info of store.list()) {
      const edition = store.load(info.name);
      expect([edition.lang, edition.dir]).toEqual([info.lang, info.dir]);
    }
  });

  it.each(['demo', 'almayadeen'])('%s has the seed site\'s menus: Videos with its sub-menus, Infographs, In Pictures, LIVE', (name) => {
    const sections = store.load(name).sections;
    expect(ids(sections)).toEqual(expect.arrayContaining(['news', 'articles', 'videos', 'infographs', 'in-pictures', 'live', 'regions']));
    expect(ids(sections.find((s) => s.id === 'videos')!.children)).toEqual(['newsfeed', 'video-features', 'explainers', 'tv', 'digital-series']);
    for (const s of flattenSections(sections).filter((x) => ['videos', 'infographs', 'in-pictures', 'live'].includes(x.id) || x.path[0] === 'Videos')) {
      expect(s.match.paths.length + s.feeds.length + s.children.length, s.id).toBeGreaterThan(0);
    }
  });

  it('routes Al Mayadeen\'s media pages by the paths its links use', () => {
    const sections = flattenSections(store.load('almayadeen').sections);
    const paths = (id: string) => sections.find((s) => s.id === id)!.match.paths;
    expect(paths('newsfeed')).toContain('/videos/newsfeed/');
    expect(paths('infographs')).toContain('/infographs/');
    expect(paths('in-pictures')).toContain('/in-pictures/');
    expect(paths('live')).toContain('/live/');
  });
});
