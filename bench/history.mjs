// A database with a long history: 100 feeds x 2,000 items each (200,000 rows), built through
// the real stores (dist/), then `headlines --offline` (whole process, 50 and unlimited),
// `sections --offline`, `search` (whole process), and the app's first frame and peak RSS in a real pty (`script`).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BIN, measure, median, report, ROOT } from './lib.mjs';

const FEEDS = Number(process.env.HISTORY_FEEDS ?? 100);
const ITEMS = Number(process.env.HISTORY_ITEMS ?? 2000);
const RUNS = 5;
const dist = (p) => import(pathToFileURL(join(ROOT, 'dist', p)).href);
const [{ openDatabase }, { createFeedStore }, { feedRows }, { createItemStore }] = await Promise.all([
  dist('services/database.js'), dist('services/feed-store.js'), dist('services/feed-rows.js'), dist('services/item-store.js'),
]);

// HISTORY_HOME keeps the database between runs (built once when missing).
const keep = process.env.HISTORY_HOME;
const home = keep ?? mkdtempSync(join(tmpdir(), 'tidings-history-'));
const built = keep !== undefined && existsSync(join(home, 'data', 'tidings.db'));
const urls = Array.from({ length: FEEDS }, (_, f) => `http://127.0.0.1:9/feed-${f}.xml`);
mkdirSync(join(home, 'config', 'editions'), { recursive: true });
writeFileSync(join(home, 'config', 'editions', 'history.json'), JSON.stringify({
  name: 'history', title: 'History', feeds: urls.map((url, f) => ({ url, title: `Feed ${f}` })),
  sections: [
    { id: 'news', title: 'News', children: [0, 1, 2].map((s) => ({ id: `s${s}`, title: `Section ${s}`, match: { paths: [`/s${s}/`] } })) },
    { id: 'sport', title: 'Sport', match: { categories: ['sport'] } },
    { id: 'first', title: 'First feeds', feeds: urls.slice(0, 5) },
  ],
}));

if (!built) await build();

async function build() {
// Items an hour apart per feed, feeds interleaved; ~1 KB of HTML and a 200-character summary.
const started = Date.now();
const now = Date.parse('2026-12-04T12:00:00Z');
const body = `<p>${'Body text of a story that goes on for a while. '.repeat(20)}</p>`;
const database = openDatabase({ path: join(home, 'data', 'tidings.db'), now: () => new Date(now), warn: () => undefined });
const feeds = createFeedStore(database.db, { days: 3650, items: ITEMS });
for (const [f, url] of urls.entries()) {
  const items = Array.from({ length: ITEMS }, (_, i) => ({
    id: `f${f}-i${i}`, title: `Story ${i} of feed ${f}: a headline of a usual length for a news site`,
    link: `https://news.example/s${(f + i) % 4}/${f}/${i}`, published: new Date(now - (i * 60 + f) * 60_000).toISOString(), updated: null,
    author: 'A. Writer', summary: 'A summary of the story. '.repeat(8), contentHtml: body, categories: i % 7 === 0 ? ['Sport'] : ['News'], image: null,
  }));
  const feed = { format: 'rss', title: `Feed ${f}`, link: '', description: '', language: 'en', items };
  const at = new Date(now).toISOString();
  database.write(() => feeds.save(url, { finalUrl: url, etag: '"e"', lastModified: null, contentType: 'application/rss+xml', bodyHash: `h${f}` }, feedRows(url, feed), at));
}
// A third of the history read.
const items = createItemStore(database.db);
const keys = database.db.prepare('SELECT key FROM items WHERE id % 3 = 0').pluck().all();
database.write(() => items.mark(keys, true, new Date(now).toISOString()));
database.close();
report('history: rows built', FEEDS * ITEMS, `(${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

async function timed(args) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await measure(BIN, ['--home', home, '--edition', 'history', '--offline', ...args]);
    if (run.code !== 0) throw new Error(`tidings ${args.join(' ')} failed (${run.code}): ${run.stderr.slice(0, 300)}`);
    runs.push(run);
  }
  return { ms: median(runs.map((r) => r.ms)), rss: Math.max(...runs.map((r) => r.peakRssMb)), lines: runs[0].stdout.split('\n').length - 1 };
}

for (const [name, args] of [['headlines --limit 50', ['headlines', '--limit', '50']], ['headlines (unlimited)', ['headlines']], ['headlines --section s1 --limit 50', ['headlines', '--section', 's1', '--limit', '50']], ['sections', ['sections']],
  // Search over the whole history: few hits, a phrase, and every row matching (the worst case).
  ['search 1234 (100 hits)', ['search', '1234']], ['search "feed 42" (phrase, 2,000 hits)', ['search', '"feed 42"']],
  ['search story (200,000 hits)', ['search', 'story']], ['search sto* (prefix, 200,000 hits)', ['search', 'sto*']]]) {
  const r = await timed(args);
  report(`history: ${name} wall (median of ${RUNS})`, r.ms, `ms, ${r.rss.toFixed(0)} MB peak, ${r.lines} lines`);
}

// The same searches in-process: the query alone, without Node's start (the floor of the above).
{
  const [{ searchItems }] = await Promise.all([dist('services/item-search.js')]);
  const database = openDatabase({ path: join(home, 'data', 'tidings.db'), now: () => new Date(), warn: () => undefined });
  for (const query of ['1234', '"feed 42"', 'story']) {
    const ms = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      searchItems(database, query, { feedUrls: urls, limit: 50 });
      ms.push(performance.now() - t0);
    }
    report(`history: search ${query} query in-process (median)`, median(ms), 'ms');
  }
  database.close();
}

// The app in a real pty: time to the first headline on screen, then `q`; peak RSS from GNU time.
const hasScript = (() => { try { execFileSync('script', ['--version'], { stdio: 'ignore' }); return true; } catch { return false; } })();
if (hasScript) {
  const env = { ...process.env, TERM: 'xterm-256color' };
  delete env.CI;
  const cmd = `stty cols 120 rows 40; /usr/bin/time -f __PEAK_KB=%M ${JSON.stringify(BIN)} --home ${home} --edition history --offline`;
  const t0 = process.hrtime.bigint();
  const child = spawn('script', ['-qfec', cmd, '/dev/null'], { env, stdio: ['pipe', 'pipe', 'ignore'] });
  let text = '';
  let firstFrame;
  const done = new Promise((resolve) => child.on('close', resolve));
  child.stdout.on('data', (chunk) => {
    text += chunk.toString('utf8');
    if (!firstFrame && /Story 0 of feed 0/.test(text)) {
      firstFrame = Number(process.hrtime.bigint() - t0) / 1e6;
      setTimeout(() => child.stdin.write('q'), 1500); // let the app finish loading, then quit
    }
  });
  const timer = setTimeout(() => child.kill(), 20_000);
  await done;
  clearTimeout(timer);
  const peak = /__PEAK_KB=(\d+)/.exec(text);
  report('history: app first frame with headlines', firstFrame ?? NaN, 'ms');
  report('history: app peak RSS', peak ? Number(peak[1]) / 1024 : NaN, 'MB');
} else {
  console.log('history: `script` not found — the app was not measured');
}
if (!keep) rmSync(home, { recursive: true, force: true });
