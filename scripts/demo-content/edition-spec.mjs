/** The edition file (demo.json, demo-ar.json, demo-es.json) of a demo, from its locale and the sections in use. */
import { SECTIONS } from './render.mjs';

const NEWS = ['politics', 'economy', 'sports', 'arts-culture', 'health', 'miscellaneous', 'technology', 'environment'];
const ARTICLES = ['opinion', 'analysis', 'blog', 'features'];
const VIDEOS = ['newsfeed', 'video-features', 'explainers', 'tv', 'digital-series'];

/**
 * `demo`: name, title, description, notice, feeds (by kind), techFeed (route the whole
 * JSON feed to Technology). `used`: the section ids that have stories.
 */
export function editionSpec(demo, L, used) {
  const path = (id) => ({ match: { paths: [`/${SECTIONS[id].dir}/`] } });
  const articles = (id) => ({ match: { paths: [`/articles/${SECTIONS[id].dir}/`], categories: [L.sections[id]] } });
  const leaf = (id, rules) => ({ id, title: L.sections[id], ...rules });
  const leaves = (ids, rules) => ids.filter((id) => used.has(id)).map((id) => leaf(id, rules(id)));
  const news = (id) => (id === 'technology' && demo.techFeed ? { feeds: [demo.feeds.technology.url], ...path(id) } : path(id));
  const regions = Object.entries(L.regions)
    .filter(([, categories]) => categories.some((c) => demo.categories.has(c)))
    .map(([id, categories]) => ({ id, title: L.regionTitles[id], match: { categories } }));
  const single = (id) => (used.has(id) ? [leaf(id, { match: { paths: [`/${SECTIONS[id].dir}/`], categories: [L.sections[id]] } })] : []);
  return {
    name: demo.name,
    lang: L.lang,
    title: demo.title,
    description: demo.description,
    notice: demo.notice,
    feeds: Object.values(demo.feeds),
    sections: [
      { id: 'news', title: L.groups.News, children: leaves(NEWS, news) },
      { id: 'articles', title: L.groups.Articles, children: leaves(ARTICLES, articles) },
      ...(VIDEOS.some((id) => used.has(id)) ? [{ id: 'videos', title: L.groups.Videos, children: leaves(VIDEOS, path) }] : []),
      ...single('infographs'),
      ...single('in-pictures'),
      { id: 'live', title: L.sections.live, feeds: [demo.feeds.breaking.url], match: { paths: ['/live/'] } },
      ...(regions.length ? [{ id: 'regions', title: L.groups.Regions, children: regions }] : []),
    ],
    breaking: { feeds: [demo.feeds.breaking.url] },
  };
}
