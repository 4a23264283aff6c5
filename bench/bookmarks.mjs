// Bookmarks at scale: 10,000 saved articles (~700 words each) in the one database, then
// list and search timed in-process (first call on a fresh connection, then warm; target
// for a warm search: 30 ms) and as whole `tidings bookmarks …` processes (target for
// `bookmarks search`: 200 ms). Needs the build (npm run bench builds first).
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BIN, measure, median, report, ROOT } from './lib.mjs';

const COUNT = 10_000;
const RUNS = 7;
const dist = (name) => join(ROOT, 'dist', 'services', name);
if (!existsSync(dist('bookmark-store.js')) || !existsSync(dist('database.js'))) {
  console.log('bookmarks: skipped (run npm run build first)');
  process.exit(0);
}
const { createBookmarkStore } = await import(pathToFileURL(dist('bookmark-store.js')).href);
const { openDatabase } = await import(pathToFileURL(dist('database.js')).href);

// A fixed pseudo-random vocabulary, so runs are comparable.
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const syllables = ['ka', 'ri', 'mo', 'ten', 'sha', 'lu', 'vor', 'ne', 'pa', 'dri', 'om', 'el', 'zu', 'fi', 'gan'];
const vocabulary = Array.from({ length: 8000 }, () => Array.from({ length: 2 + Math.floor(rand() * 3) }, () => syllables[Math.floor(rand() * syllables.length)]).join(''));
const word = () => vocabulary[Math.floor(vocabulary.length * rand() ** 2)];
const paragraph = (n) => `<p>${Array.from({ length: n }, word).join(' ')}.</p>`;

const home = mkdtempSync(join(tmpdir(), 'tidings-bench-bookmarks-'));
// Where `tidings --home <home>` keeps it, so the CLI is timed on the same database.
const path = join(home, 'data', 'tidings.db');
const warn = (m) => console.log(`warning: ${m}`);
const open = () => {
  const database = openDatabase({ path, now: () => new Date(), warn });
  return { database, store: createBookmarkStore({ database, now: () => new Date(), warn }) };
};
const start = Date.parse('2026-01-01T00:00:00Z');
const entries = Array.from({ length: COUNT }, (_, i) => {
  const url = `https://news${i % 40}.example/${2026 - (i % 3)}/story-${i}`;
  const contentHtml = Array.from({ length: 10 }, () => paragraph(70)).join('');
  return {
    bookmark: {
      id: '', url, title: `${word()} ${word()} ${word()} ${word()} ${i}`, source: `Source ${i % 40}`, section: ['world', 'tech', 'sport'][i % 3],
      savedAt: new Date(start + i * 60_000).toISOString(), tags: i % 7 === 0 ? ['later'] : [], note: i % 11 === 0 ? `note ${word()}` : '', hasArticle: true,
    },
    article: {
      url, title: `Story ${i}`, byline: null, siteName: `Source ${i % 40}`, publishedTime: null, lang: 'en', dir: 'ltr', excerpt: null,
      contentHtml, leadImage: null, tags: [], wordCount: 700, readingMinutes: 3,
    },
  };
});

let t = performance.now();
{
  const { database, store } = open();
  await store.importEntries(entries);
  database.db.pragma('wal_checkpoint(TRUNCATE)');
  database.close();
}
report(`import ${COUNT} bookmarks (one transaction)`, performance.now() - t, 'ms');
report('tidings.db size', statSync(path).size / 1e6, 'MB');

async function time(fn) {
  const first = [];
  const warm = [];
  let result;
  for (let i = 0; i < RUNS; i++) {
    const { database, store } = open();
    t = performance.now();
    result = await fn(store);
    first.push(performance.now() - t);
    t = performance.now();
    await fn(store);
    warm.push(performance.now() - t);
    database.close();
  }
  return { first: median(first), warm: median(warm), result };
}

const list = await time((s) => s.list());
report(`list (${list.result.length}) first / warm`, `${list.first.toFixed(1)} / ${list.warm.toFixed(1)}`, 'ms');
const tagged = await time((s) => s.list({ tag: 'later' }));
report(`list --tag later (${tagged.result.length}) first / warm`, `${tagged.first.toFixed(1)} / ${tagged.warm.toFixed(1)}`, 'ms');
const queries = [vocabulary[5], `${vocabulary[3]} ${vocabulary[200]}`, `"${vocabulary[0]} ${vocabulary[1]}"`, `${vocabulary[7].slice(0, 3)}*`, 'zzzz-no-match', 'later'];
for (const query of queries) {
  const found = await time((s) => s.search(query));
  report(`search ${query} (${found.result.length} hits) first / warm (target warm ≤ 30)`, `${found.first.toFixed(1)} / ${found.warm.toFixed(1)}`, 'ms');
}
for (const args of [['bookmarks', '--json'], ['bookmarks', 'search', vocabulary[5], '--json'], ['bookmarks', 'search', `${vocabulary[7].slice(0, 3)}*`, '--json']]) {
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const run = await measure(BIN, ['--home', home, ...args]);
    if (run.code !== 0) throw new Error(`tidings ${args.join(' ')} failed: ${run.stderr.slice(0, 300)}`);
    runs.push(run.ms);
  }
  report(`CLI: tidings ${args.join(' ')} (wall, whole process${args[1] === 'search' ? '; target ≤ 200' : ''})`, median(runs), 'ms');
}
{
  const { database, store } = open();
  t = performance.now();
  await store.add({ url: 'https://late.example/one', title: 'One more', source: 'Late', section: '', article: entries[0].article });
  report(`add one to ${COUNT}`, performance.now() - t, 'ms');
  database.close();
}
if (process.env.BENCH_KEEP) console.log(`kept ${home}`);
else rmSync(home, { recursive: true, force: true });
