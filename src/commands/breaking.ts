import { formatHeadlineRows, formatHeadlinesMarkdown, headlineJson } from '../output/headlines.js';
import { loadEditionNews, nothingLoaded, reportFeedErrors, type CacheFlags } from './edition-news.js';
import { outputFormat, printJson, stylerFor, type FormatFlags } from './output-format.js';
import type { Runtime } from './runtime.js';

/** `tidings breaking`: the edition's breaking strip as a list. */
export async function runBreaking(rt: Runtime, o: FormatFlags & CacheFlags): Promise<number> {
  const snapshot = await loadEditionNews(rt, o);
  reportFeedErrors(rt, snapshot);
  if (nothingLoaded(snapshot)) return 1;
  const items = snapshot.index.breaking;
  const format = outputFormat(o);
  if (format === 'json') printJson(rt, { edition: snapshot.edition.name, items: items.map((h) => headlineJson(h, null)) });
  else if (format === 'markdown') rt.io.stdout.write(formatHeadlinesMarkdown(`Breaking — ${snapshot.edition.title}`, items));
  else {
    const style = stylerFor(rt, format);
    rt.io.stdout.write(`${style.red(style.bold('BREAKING'))}\n`);
    if (items.length === 0) rt.io.stdout.write(`${style.dim('No breaking news right now.')}\n`);
    rt.io.stdout.write(formatHeadlineRows(items, { width: rt.rowWidth, now: rt.io.now(), style }));
  }
  return 0;
}
