// `tidings refresh` of one big feed (a 50,000-item, ~17 MB RSS archive) served from
// loopback into a cold database: wall time and peak RSS of the whole process (target:
// under 2 s and 250 MB). The feed is generated, not read from the corpus.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bigAtomFeed, bigRssFeed } from './big-feed.mjs';
import { BIN, measure, median, report, serveFeeds } from './lib.mjs';

const ITEMS = Number(process.env.BIGFEED_ITEMS ?? 50_000);
const RUNS = Number(process.env.BIGFEED_RUNS ?? 5);

async function refreshOnce(url) {
  const home = mkdtempSync(join(tmpdir(), 'tidings-bigfeed-'));
  mkdirSync(join(home, 'config', 'editions'), { recursive: true });
  writeFileSync(join(home, 'config', 'editions', 'big.json'), JSON.stringify({
    name: 'big', title: 'Big', feeds: [{ url }], sections: [{ id: 'all', title: 'All', match: { paths: ['/'] } }],
  }));
  const run = await measure(BIN, ['--home', home, '--edition', 'big', 'refresh', '--json']);
  rmSync(home, { recursive: true, force: true });
  if (run.code !== 0) throw new Error(`tidings refresh failed (${run.code}): ${run.stderr.slice(0, 300)}`);
  const out = JSON.parse(run.stdout);
  if (out.failed) throw new Error(`refresh failed: ${out.results[0].error?.message}`);
  return { ...run, items: out.results[0].items };
}

for (const [format, make] of [['rss', bigRssFeed], ['atom', bigAtomFeed]]) {
  const bytes = Buffer.from(make(ITEMS));
  const server = await serveFeeds([{ name: `big.${format}.xml`, bytes }], 1);
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await refreshOnce(server.urls[0]));
  await server.close();
  const label = `bigfeed: ${format} ${ITEMS} items`;
  report(`${label} (${(bytes.length / 1e6).toFixed(1)} MB), stored`, runs[0].items, 'items');
  report(`${label} wall (median of ${RUNS})`, median(runs.map((r) => r.ms)), 'ms');
  report(`${label} CPU user+sys (median)`, median(runs.map((r) => r.cpuMs)), 'ms');
  report(`${label} peak RSS (median)`, median(runs.map((r) => r.peakRssMb)), 'MB');
  report(`${label} peak RSS (max)`, Math.max(...runs.map((r) => r.peakRssMb)), 'MB');
}
