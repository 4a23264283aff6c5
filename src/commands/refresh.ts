import { setFlagsFromString } from 'node:v8';
import { PARALLEL_PARSE_MIN } from '../services/feed-fetcher.js';
import { refreshReport } from '../output/reports.js';
import { show } from '../output/view.js';
import type { FormatFlags, Outcome } from './output-format.js';
import type { Runtime } from './runtime.js';

/**
 * `tidings refresh`: fetch every feed and store its items; per feed: new items, not
 * modified, or the error. Workers parse the bodies; the main thread talks HTTP and writes rows.
 */
export async function runRefresh(rt: Runtime, _o: FormatFlags): Promise<Outcome> {
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
  const report = { edition: edition.name, feeds: feeds.length, failed, newItems: feeds.reduce((n, f) => n + f.newItems, 0), results: feeds };
  // Exit 1 only when every feed failed: some news came in otherwise (README: exit codes).
  return show(refreshReport, report, failed > 0 && failed === feeds.length ? 1 : 0);
}
