#!/usr/bin/env node
/* global console */
/**
 * Builds the offline demo edition from the texts in scripts/demo-content/:
 * editions/demo.json, the five feeds under editions/demo/feeds/ (RSS 2.0, Atom 1.0,
 * JSON Feed 1.1, RSS 1.0/RDF, breaking RSS 2.0) and one cluttered HTML page per item
 * under editions/demo/articles/. Dates are fixed (the demo's "today" is 2026-11-25), so
 * the output is byte-for-byte reproducible. Run: node scripts/build-demo-edition.mjs
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
import { atomArticles, jsonFeed, rdfRegions, rss2Breaking, rss2Wire } from './demo-content/feeds.mjs';
import { SECTIONS, pagePath, renderPage, wordCount } from './demo-content/render.mjs';

const EDITIONS = join(dirname(fileURLToPath(import.meta.url)), '..', 'editions');
const OUT = join(EDITIONS, 'demo');
/** The demo's "now": every date is placed relative to 09:00 UTC on 25 November 2026. */
const NOW = Date.UTC(2026, 10, 25, 9, 0);
const SOURCES = {
  wire: 'Tidings Wire',
  articles: 'Tidings Demo',
  technology: 'Tidings Demo technology desk',
  regions: 'Tidings Regional Desk',
  breaking: 'Tidings live desk',
};

const FEEDS = {
  wire: { url: 'demo/feeds/wire.xml', title: 'Tidings Wire' },
  articles: { url: 'demo/feeds/articles.atom', title: 'Tidings Articles' },
  technology: { url: 'demo/feeds/technology.json', title: 'Tidings Technology' },
  regions: { url: 'demo/feeds/regions.rdf', title: 'Tidings Regional Desk' },
  breaking: { url: 'demo/feeds/breaking.xml', title: 'Tidings Breaking' },
};

const stories = [
  ...POLITICS, ...ECONOMY, ...SPORTS, ...ARTS, ...HEALTH, ...TECHNOLOGY, ...ENVIRONMENT,
  ...OPINION, ...ANALYSIS, ...FEATURES, ...REGIONS,
].map(withTime);
const breaking = BREAKING.map(withTime).sort((x, y) => y.time - x.time);
const everything = [...stories, ...breaking];

function withTime(a) {
  return { source: SOURCES[a.feed], ...a, time: NOW - Math.round(a.h * 60) * 60_000 };
}

function check() {
  const slugs = new Set();
  for (const a of everything) {
    if (slugs.has(a.slug)) throw new Error(`duplicate slug ${a.slug}`);
    slugs.add(a.slug);
    const words = wordCount(a);
    const [min, max] = a.section === 'live' ? [120, 300] : [150, 500];
    if (words < min || words > max) throw new Error(`${a.slug}: ${words} words, want ${min}–${max}`);
    if (a.time > NOW || a.time < NOW - 72 * 3_600_000) throw new Error(`${a.slug}: date outside the last 3 days`);
  }
}

const bySlug = new Map(everything.map((a) => [a.slug, a]));
const newest = [...stories].sort((x, y) => y.time - x.time);

function related(a) {
  const read = a.body.find((b) => b.readMore)?.readMore;
  const pool = a.section === 'live'
    ? [bySlug.get(read), ...breaking.filter((b) => b !== a)]
    : newest.filter((b) => b !== a && b.section === a.section);
  const group = newest.filter((b) => b !== a && !pool.includes(b) && SECTIONS[b.section].group === SECTIONS[a.section].group);
  return [...pool, ...group].filter(Boolean).slice(0, 3);
}

function mostRead(a) {
  const start = [...a.slug].reduce((n, c) => (n * 31 + c.charCodeAt(0)) % 9973, 7) % newest.length;
  const picked = [];
  for (let i = 0; picked.length < 5; i += 1) {
    const b = newest[(start + i * 7) % newest.length];
    if (b !== a && !picked.includes(b)) picked.push(b);
  }
  return picked;
}

function write(rel, text) {
  const file = join(OUT, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function leaf(id, title, rules) {
  return { id, title, ...rules };
}

function editionSpec() {
  const path = (id) => ({ match: { paths: [`/${SECTIONS[id].dir}/`] } });
  const articles = (id) => ({ match: { paths: [`/articles/${SECTIONS[id].dir}/`], categories: [SECTIONS[id].title] } });
  const region = (...categories) => ({ match: { categories } });
  return {
    name: 'demo',
    title: 'Tidings Demo',
    description: 'The built-in offline demo: about fifty invented stories from a fictional small country and a quieter world, in five feed formats, with full article pages.',
    notice: 'Offline demo edition: every story here is fictional sample content, dated 22–25 November 2026.',
    feeds: Object.values(FEEDS),
    sections: [
      { id: 'news', title: 'News', children: [
        leaf('politics', 'Politics', path('politics')),
        leaf('economy', 'Economy', path('economy')),
        leaf('sports', 'Sports', path('sports')),
        leaf('arts-culture', 'Arts & Culture', path('arts-culture')),
        leaf('health', 'Health', path('health')),
        leaf('technology', 'Technology', { feeds: [FEEDS.technology.url], ...path('technology') }),
        leaf('environment', 'Environment', path('environment')),
      ] },
      { id: 'articles', title: 'Articles', children: [
        leaf('opinion', 'Opinion', articles('opinion')),
        leaf('analysis', 'Analysis', articles('analysis')),
        leaf('features', 'Features', articles('features')),
      ] },
      { id: 'regions', title: 'Regions', children: [
        leaf('africa', 'Africa', region('Africa')),
        leaf('asia', 'Asia', region('Asia')),
        leaf('europe', 'Europe', region('Europe')),
        leaf('latin-america', 'Latin America', region('Latin America')),
        leaf('mena', 'MENA', region('MENA', 'Middle East')),
        leaf('us-canada', 'US & Canada', region('US & Canada')),
      ] },
    ],
    breaking: { feeds: [FEEDS.breaking.url] },
  };
}

function build() {
  check();
  rmSync(join(OUT, 'articles'), { recursive: true, force: true });
  rmSync(join(OUT, 'feeds'), { recursive: true, force: true });
  const ctx = { bySlug, breaking, related, mostRead };
  for (const a of everything) write(pagePath(a), renderPage(a, ctx));
  const of = (feed) => stories.filter((a) => a.feed === feed);
  write('feeds/wire.xml', rss2Wire(of('wire'), NOW));
  write('feeds/articles.atom', atomArticles(of('articles'), NOW));
  write('feeds/technology.json', jsonFeed(of('technology')));
  write('feeds/regions.rdf', rdfRegions(of('regions'), NOW));
  write('feeds/breaking.xml', rss2Breaking(breaking, NOW));
  writeFileSync(join(EDITIONS, 'demo.json'), `${JSON.stringify(editionSpec(), null, 2)}\n`);

  const counts = {};
  for (const a of stories) counts[a.section] = (counts[a.section] ?? 0) + 1;
  for (const a of stories) for (const c of a.categories) counts[`#${c}`] = (counts[`#${c}`] ?? 0) + 1;
  console.log(`${stories.length} stories + ${breaking.length} breaking items, ${everything.length} pages`);
  console.log(Object.entries(counts).map(([k, v]) => `${k}: ${v}`).join(', '));
}

build();
