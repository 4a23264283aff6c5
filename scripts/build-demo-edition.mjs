#!/usr/bin/env node
/* global console */
/**
 * Builds the offline demo editions (demo in English, demo-ar in Arabic, demo-es in Spanish)
 * from the texts in scripts/demo-content/: editions/<name>.json, the five feeds under
 * editions/<name>/feeds/ (RSS 2.0, Atom 1.0, JSON Feed 1.1, RSS 1.0/RDF, breaking RSS 2.0)
 * and one cluttered HTML page per item under editions/<name>/articles/. Dates are fixed
 * (the demos' "today" is 2026-11-25), so the output is byte-for-byte reproducible.
 * Run: node scripts/build-demo-edition.mjs
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARTS, ENVIRONMENT, HEALTH, SPORTS } from './demo-content/news-desks.mjs';
import { ANALYSIS, FEATURES, OPINION } from './demo-content/articles.mjs';
import { BREAKING } from './demo-content/breaking.mjs';
import { ECONOMY, POLITICS } from './demo-content/politics-economy.mjs';
import { REGIONS } from './demo-content/regions.mjs';
import { TECHNOLOGY } from './demo-content/technology.mjs';
import { MEDIA } from './demo-content/media.mjs';
import { AR_BREAKING, AR_STORIES } from './demo-content/ar/index.mjs';
import { ES_BREAKING, ES_STORIES } from './demo-content/es/index.mjs';
import { atomArticles, jsonFeed, rdfRegions, rss2Breaking, rss2Wire } from './demo-content/feeds.mjs';
import { editionSpec } from './demo-content/edition-spec.mjs';
import { LOCALES } from './demo-content/locales.mjs';
import { SECTIONS, pagePath, renderPage, wordCount } from './demo-content/render.mjs';

const EDITIONS = join(dirname(fileURLToPath(import.meta.url)), '..', 'editions');
/** The demos' "now": every date is placed relative to 09:00 UTC on 25 November 2026. */
const NOW = Date.UTC(2026, 10, 25, 9, 0);
const MEDIA_SECTIONS = new Set(['newsfeed', 'video-features', 'explainers', 'tv', 'digital-series', 'infographs', 'in-pictures']);

const feedsOf = (dir, titles) => ({
  wire: { url: `${dir}/feeds/wire.xml`, title: titles[0] },
  articles: { url: `${dir}/feeds/articles.atom`, title: titles[1] },
  technology: { url: `${dir}/feeds/technology.json`, title: titles[2] },
  regions: { url: `${dir}/feeds/regions.rdf`, title: titles[3] },
  breaking: { url: `${dir}/feeds/breaking.xml`, title: titles[4] },
});
const localTitles = (L) => Object.values(L.feeds).map(([title]) => title);

/** Each demo: its locale, texts, feed pool and the word range an article must keep to. */
const DEMOS = [
  {
    name: 'demo', locale: LOCALES.en, idPrefix: 'tidings-demo', techFeed: true,
    title: 'Tidings Demo',
    description: 'The built-in offline demo: about seventy invented stories from a fictional small country and a quieter world, in five feed formats, with full article pages.',
    notice: 'Offline demo edition: every story here is fictional sample content, dated 22–25 November 2026.',
    feeds: feedsOf('demo', ['Tidings Wire', 'Tidings Articles', 'Tidings Technology', 'Tidings Regional Desk', 'Tidings Breaking']),
    sources: { wire: 'Tidings Wire', articles: 'Tidings Demo', technology: 'Tidings Demo technology desk', regions: 'Tidings Regional Desk', breaking: 'Tidings live desk' },
    stories: [
      ...POLITICS, ...ECONOMY, ...SPORTS, ...ARTS, ...HEALTH, ...TECHNOLOGY, ...ENVIRONMENT,
      ...OPINION, ...ANALYSIS, ...FEATURES, ...REGIONS, ...MEDIA,
    ],
    breaking: BREAKING,
    words: { story: [150, 500], live: [120, 300], media: [80, 400] },
  },
  {
    name: 'demo-ar', locale: LOCALES.ar, idPrefix: 'tidings-demo-ar',
    title: 'تيدينغز التجريبية',
    description: 'النسخة العربية التجريبية دون اتصال: قصص متخيَّلة من بلد صغير متخيَّل ومن العالم، بخمس صيغ للخلاصات، مع صفحات مقالات كاملة.',
    notice: 'نسخة تجريبية دون اتصال: كل القصص هنا محتوى متخيَّل للتجربة، بتاريخ 22–25 تشرين الثاني/نوفمبر 2026.',
    feeds: feedsOf('demo-ar', localTitles(LOCALES.ar)),
    sources: {},
    stories: AR_STORIES,
    breaking: AR_BREAKING,
    words: { story: [70, 500], live: [45, 300], media: [50, 400] },
  },
  {
    name: 'demo-es', locale: LOCALES.es, idPrefix: 'tidings-demo-es',
    title: 'Tidings Demo en español',
    description: 'La demo en español sin conexión: noticias inventadas de un pequeño país ficticio y del mundo, en cinco formatos de canal, con páginas de artículo completas.',
    notice: 'Edición de demostración sin conexión: todas las noticias son ficticias, con fecha del 22 al 25 de noviembre de 2026.',
    feeds: feedsOf('demo-es', localTitles(LOCALES.es)),
    sources: {},
    stories: ES_STORIES,
    breaking: ES_BREAKING,
    words: { story: [100, 500], live: [55, 300], media: [70, 400] },
  },
];

function write(out, rel, text) {
  const file = join(out, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function check(demo, everything) {
  const slugs = new Set();
  for (const a of everything) {
    if (slugs.has(a.slug)) throw new Error(`${demo.name}: duplicate slug ${a.slug}`);
    slugs.add(a.slug);
    if (!SECTIONS[a.section]) throw new Error(`${demo.name}/${a.slug}: unknown section ${a.section}`);
    const words = wordCount(a);
    const kind = a.section === 'live' ? 'live' : MEDIA_SECTIONS.has(a.section) ? 'media' : 'story';
    const [min, max] = demo.words[kind];
    if (words < min || words > max) throw new Error(`${demo.name}/${a.slug}: ${words} words, want ${min}–${max}`);
    const paragraphs = a.body.filter((b) => typeof b === 'string').length;
    if (paragraphs < 3) throw new Error(`${demo.name}/${a.slug}: ${paragraphs} paragraphs, want 3 or more`);
    if (a.time > NOW || a.time < NOW - 72 * 3_600_000) throw new Error(`${demo.name}/${a.slug}: date outside the last 3 days`);
  }
}

function build(demo) {
  const L = demo.locale;
  const withTime = (a) => ({ source: demo.sources[a.feed], ...a, time: NOW - Math.round(a.h * 60) * 60_000 });
  const stories = demo.stories.map(withTime);
  const breaking = demo.breaking.map(withTime).sort((x, y) => y.time - x.time);
  const everything = [...stories, ...breaking];
  check(demo, everything);
  const bySlug = new Map(everything.map((a) => [a.slug, a]));
  const newest = [...stories].sort((x, y) => y.time - x.time);

  const related = (a) => {
    const read = a.body.find((b) => b.readMore)?.readMore;
    const pool = a.section === 'live'
      ? [bySlug.get(read), ...breaking.filter((b) => b !== a)]
      : newest.filter((b) => b !== a && b.section === a.section);
    const group = newest.filter((b) => b !== a && !pool.includes(b) && SECTIONS[b.section].group === SECTIONS[a.section].group);
    return [...pool, ...group].filter(Boolean).slice(0, 3);
  };
  const mostRead = (a) => {
    const start = [...a.slug].reduce((n, c) => (n * 31 + c.charCodeAt(0)) % 9973, 7) % newest.length;
    const picked = [];
    for (let i = 0; picked.length < 5; i += 1) {
      const b = newest[(start + i * 7) % newest.length];
      if (b !== a && !picked.includes(b)) picked.push(b);
    }
    return picked;
  };

  const out = join(EDITIONS, demo.name);
  rmSync(join(out, 'articles'), { recursive: true, force: true });
  rmSync(join(out, 'feeds'), { recursive: true, force: true });
  const used = new Set(stories.map((a) => a.section));
  const ctx = { locale: L, languages: ['en', 'ar', 'es'].filter((l) => l !== L.lang), used, bySlug, breaking, related, mostRead };
  for (const a of everything) write(out, pagePath(a), renderPage(a, ctx));
  const of = (feed) => stories.filter((a) => a.feed === feed);
  const meta = (kind) => ({ id: demo.idPrefix, title: L.feeds[kind][0], description: L.feeds[kind][1], language: L.feedLanguage, lang: L.lang, author: demo.sources.technology ?? L.feeds.technology[0], breaking: L.breaking === 'BREAKING' ? 'Breaking' : L.breaking });
  write(out, 'feeds/wire.xml', rss2Wire(of('wire'), NOW, meta('wire')));
  write(out, 'feeds/articles.atom', atomArticles(of('articles'), NOW, meta('articles')));
  write(out, 'feeds/technology.json', jsonFeed(of('technology'), meta('technology')));
  write(out, 'feeds/regions.rdf', rdfRegions(of('regions'), NOW, meta('regions')));
  write(out, 'feeds/breaking.xml', rss2Breaking(breaking, NOW, meta('breaking')));
  const categories = new Set(stories.flatMap((a) => a.categories));
  writeFileSync(join(EDITIONS, `${demo.name}.json`), `${JSON.stringify(editionSpec({ ...demo, categories }, L, used), null, 2)}\n`);

  const counts = {};
  for (const a of stories) counts[a.section] = (counts[a.section] ?? 0) + 1;
  for (const a of stories) for (const c of a.categories) counts[`#${c}`] = (counts[`#${c}`] ?? 0) + 1;
  console.log(`${demo.name}: ${stories.length} stories + ${breaking.length} breaking items, ${everything.length} pages`);
  console.log(Object.entries(counts).map(([k, v]) => `${k}: ${v}`).join(', '));
}

for (const demo of DEMOS) build(demo);
