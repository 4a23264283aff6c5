// Article extraction + rendering over the corpus pages: in process (median and worst ms
// per page, after warm-up) and as a whole `tidings read FILE --plain` process (median of
// 5 runs and peak RSS per page). Targets from issue 4: median ≤ 30 ms a page in process,
// whole process < 300 ms, peak RSS < 200 MB on every page.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderArticle } from '../dist/core/article/render.js';
import { extractArticle } from '../dist/services/article-extractor.js';
import { BIN, CORPUS, measure, median, report } from './lib.mjs';

const dir = join(CORPUS, 'articles');
if (!existsSync(dir)) {
  console.log('article: skipped (../shared/corpus not found)');
  process.exit(0);
}
const pages = readdirSync(dir).sort().map((name) => {
  const path = join(dir, name, 'source.html');
  return { name, path, html: readFileSync(path, 'utf8'), url: pathToFileURL(path).href };
});

const once = (page) => {
  const started = process.hrtime.bigint();
  const article = extractArticle(page.html, page.url);
  renderArticle(article, { width: 80, bidi: 'reorder' });
  return Number(process.hrtime.bigint() - started) / 1e6;
};

for (let i = 0; i < 3; i++) for (const page of pages) once(page); // warm up the JIT
const rounds = 15;
const medians = [];
let worstOverall = 0;
for (const page of pages) {
  const times = Array.from({ length: rounds }, () => once(page));
  const m = median(times);
  const worst = Math.max(...times);
  medians.push(m);
  worstOverall = Math.max(worstOverall, worst);
  report(`article: ${page.name} extract+render median / worst`, `${m.toFixed(1)} / ${worst.toFixed(1)}`, 'ms');
}
report('article: in process, median of page medians', median(medians), 'ms');
report('article: in process, worst single run', worstOverall, 'ms');

const home = mkdtempSync(join(tmpdir(), 'tidings-bench-'));
const env = { ...process.env, TIDINGS_HOME: home, NO_COLOR: '1' };
const wall = [];
let peak = 0;
for (const page of pages) {
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const r = await measure(BIN, ['read', page.path, '--plain'], { env });
    if (r.code !== 0) throw new Error(`read ${page.name} failed: ${r.stderr}`);
    runs.push(r);
  }
  const ms = median(runs.map((r) => r.ms));
  const rss = Math.max(...runs.map((r) => r.peakRssMb));
  wall.push(ms);
  peak = Math.max(peak, rss);
  report(`article: read ${page.name} --plain (process) median / peak`, `${ms.toFixed(0)} ms / ${rss.toFixed(0)}`, 'MB');
}
rmSync(home, { recursive: true, force: true });
report('article: whole process, median over pages', median(wall), 'ms');
report('article: whole process, worst page median', Math.max(...wall), 'ms');
report('article: peak RSS, worst page', peak, 'MB');
