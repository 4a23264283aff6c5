import { setFlagsFromString } from 'node:v8';
import { PARALLEL_PARSE_MIN } from '../services/feed-fetcher.js';
import { outputFormat, printJson, stylerFor, type FormatFlags } from './output-format.js';
import type { Runtime } from './runtime.js';

/**
 * `tidings refresh`: fetch every feed and store its items; per feed: new items, not
 * modified, or the error. Workers parse the bodies; the main thread talks HTTP and writes rows.
 */
export async function runRefresh(rt: Runtime, o: FormatFlags): Promise<number> {
  const name = rt.editionName();
  const edition = rt.editions.load(name, rt.editionChanges.get(name));
  const urls = edition.feeds.map((f) => f.url);
  // A big refresh (one that parses on workers) is one burst of cold code: tiering functions up to optimised code later
  // than V8's default saves more compile work than it costs (112 loopback feeds: without it,
  // 1.20x the wall time and 1.26x the CPU, whole-process medians, 2026-12-04). Set here, not at
  // start: given to the whole process from its start it bought less (1.16x the wall time).
  if (urls.length >= PARALLEL_PARSE_MIN) setFlagsFromString('--interrupt-budget=600000');
  // Straight to the fetcher: a refresh report needs no section index.
  const results = await rt.fetcher.refreshMany(urls, { concurrency: rt.globals.concurrency, offline: rt.globals.offline });
  const feeds = results.map((r) => {
    const spec = edition.feeds.find((f) => f.url === r.url);
    return {
      url: r.url,
      title: r.title ?? spec?.title ?? '',
      status: r.status,
      items: r.items ?? 0,
      newItems: r.newItems ?? 0,
      error: r.error ? { reason: r.error.reason, message: r.error.message, hint: spec?.hint ?? null } : null,
    };
  });
  const failed = feeds.filter((f) => f.status === 'error').length;
  const summary = { edition: edition.name, feeds: feeds.length, failed, newItems: feeds.reduce((n, f) => n + f.newItems, 0) };
  if (outputFormat(o) === 'json') printJson(rt, { ...summary, results: feeds });
  else {
    const style = stylerFor(rt, outputFormat(o));
    for (const f of feeds) {
      const what = f.status === 'error'
        ? style.red(`error: ${f.error?.message}${f.error?.hint ? ` — ${f.error.hint}` : ''}`)
        : f.status === 'not-modified' ? style.dim('not modified')
          : f.status === 'cached' ? style.dim(`cached, ${f.items} items`)
            : style.green(`${f.newItems} new`) + style.dim(` of ${f.items}`);
      rt.io.stdout.write(`${f.title || f.url}: ${what}\n`);
    }
    rt.io.stdout.write(`${summary.feeds} feeds, ${summary.newItems} new items, ${failed} failed\n`);
  }
  return failed > 0 && failed === feeds.length ? 1 : 0;
}
