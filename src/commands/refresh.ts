import { setFlagsFromString } from 'node:v8';
import { createFeedFetcher } from '../services/feed-fetcher.js';
import { outputFormat, printJson, stylerFor, type FormatFlags } from './output-format.js';
import type { Runtime } from './runtime.js';

// From this many feeds on, parsing moves to worker threads (below, starting one costs more
// than it saves).
const PARALLEL_PARSE_MIN = 16;

/**
 * `tidings refresh`: fetch every feed and store its items; per feed: new items, not
 * modified, or the error. Workers parse the bodies; the main thread talks HTTP and writes rows.
 */
export async function runRefresh(rt: Runtime, o: FormatFlags): Promise<number> {
  const name = rt.editionName();
  const edition = rt.editions.load(name, rt.editionChanges.get(name));
  const urls = edition.feeds.map((f) => f.url);
  const pool = urls.length >= PARALLEL_PARSE_MIN ? rt.parsePool : undefined;
  if (pool) {
    // A big refresh is one burst of cold code: tiering functions up to optimised code later
    // than V8's default saves more compile work than it costs (bench: -70 to -110 ms CPU).
    setFlagsFromString('--interrupt-budget=600000');
    pool.warm(); // the workers boot while the first requests go out
  }
  const fetcher = pool
    ? createFeedFetcher({ http: rt.http, feeds: rt.feeds, write: (work) => rt.database.write(work), now: rt.io.now, parse: pool.rows, onStoreError: rt.noteCacheError })
    : rt.fetcher;
  // Straight to the fetcher: a refresh report needs no section index.
  const results = await fetcher.refreshMany(urls, { concurrency: rt.globals.concurrency, offline: rt.globals.offline });
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
