// `tidings refresh` over the corpus served 8 times from loopback (112 feeds) against
// `newsboat -x reload` on the same URLs in the same run, wall time and peak RSS: cold (an
// empty database, every body parsed and every item stored) and warm (the refresh after
// that: the server answers 304 to both, as it does for most feeds most of the time).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, corpusFeeds, measure, median, report, serveFeeds } from './lib.mjs';

const COPIES = 8;
const RUNS = 9;
const feeds = corpusFeeds();
if (feeds.length === 0) {
  console.log('refresh: skipped (../shared/corpus not found)');
  process.exit(0);
}
const server = await serveFeeds(feeds, COPIES);
const hasNewsboat = (() => { try { execFileSync('newsboat', ['--version'], { stdio: 'ignore' }); return true; } catch { return false; } })();

// A copy of `from` (a home or newsboat directory after one refresh), or an empty one.
function workDir(prefix, from) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (from) cpSync(from, dir, { recursive: true });
  return dir;
}

// `tidings` as a user runs it: the bin itself.
async function tidingsOnce(from) {
  const home = workDir('tidings-bench-', from);
  mkdirSync(join(home, 'config', 'editions'), { recursive: true });
  writeFileSync(join(home, 'config', 'editions', 'bench.json'), JSON.stringify({
    name: 'bench', title: 'Bench', feeds: server.urls.map((url) => ({ url })),
    sections: [{ id: 'all', title: 'All', match: { paths: ['/'] } }],
  }));
  const args = ['--home', home, '--edition', 'bench', 'refresh', '--json'];
  const run = await measure(BIN, args);
  if (run.code !== 0) throw new Error(`tidings refresh failed (${run.code}): ${run.stderr.slice(0, 300)}`);
  const out = JSON.parse(run.stdout);
  return { ...run, failed: out.failed, feeds: out.feeds, dir: home };
}

async function newsboatOnce(from) {
  const dir = workDir('newsboat-bench-', from);
  writeFileSync(join(dir, 'urls'), server.urls.join('\n') + '\n');
  writeFileSync(join(dir, 'config'), 'reload-threads 8\n');
  const run = await measure('newsboat', ['-x', 'reload', '-u', join(dir, 'urls'), '-c', join(dir, 'cache.db'), '-C', join(dir, 'config')], { env: { ...process.env, HOME: dir } });
  return { ...run, dir };
}

// Interleaved, so both see the same machine: cold, then warm from a cold run's directory.
const ours = [];
const theirs = [];
for (let i = 0; i < RUNS; i++) {
  ours.push(await tidingsOnce());
  if (hasNewsboat) theirs.push(await newsboatOnce());
}
const oursWarm = [];
const theirsWarm = [];
for (let i = 0; i < RUNS; i++) {
  oursWarm.push(await tidingsOnce(ours[0].dir));
  if (hasNewsboat) theirsWarm.push(await newsboatOnce(theirs[0].dir));
}
for (const run of [...ours, ...theirs, ...oursWarm, ...theirsWarm]) rmSync(run.dir, { recursive: true, force: true });
await server.close();
report('refresh: feeds served', server.urls.length, `(${(server.totalBytes / 1e6).toFixed(1)} MB)`);
report('refresh: tidings wall (median of 9)', median(ours.map((r) => r.ms)), 'ms');
report('refresh: tidings CPU user+sys (median)', median(ours.map((r) => r.cpuMs)), 'ms');
report('refresh: tidings peak RSS (max)', Math.max(...ours.map((r) => r.peakRssMb)), 'MB');
report('refresh: tidings failed feeds', ours[0].failed);
report('refresh warm: tidings wall (median)', median(oursWarm.map((r) => r.ms)), 'ms');
if (hasNewsboat) {
  const a = median(ours.map((r) => r.ms));
  const b = median(theirs.map((r) => r.ms));
  report('refresh: newsboat -x reload wall (median)', b, 'ms');
  report('refresh: newsboat CPU user+sys (median)', median(theirs.map((r) => r.cpuMs)), 'ms');
  report('refresh: newsboat peak RSS (max)', Math.max(...theirs.map((r) => r.peakRssMb)), 'MB');
  report('refresh: tidings / newsboat wall', a / b, 'x (target <= 0.8, moonshot 0.5)');
  report('refresh warm: newsboat wall (median)', median(theirsWarm.map((r) => r.ms)), 'ms');
  report('refresh warm: tidings / newsboat wall', median(oursWarm.map((r) => r.ms)) / median(theirsWarm.map((r) => r.ms)), 'x');
} else {
  console.log('refresh: newsboat not installed (apt-get install newsboat) — no comparison');
}
