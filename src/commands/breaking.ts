import { breakingListing, headlineJson } from '../output/headlines.js';
import { show } from '../output/view.js';
import { loadEditionNews, nothingLoaded, reportFeedErrors, type CacheFlags } from './edition-news.js';
import type { FormatFlags, Outcome } from './output-format.js';
import type { Runtime } from './runtime.js';

/** `tidings breaking`: the edition's breaking strip as a list. */
export async function runBreaking(rt: Runtime, o: FormatFlags & CacheFlags): Promise<Outcome> {
  const snapshot = await loadEditionNews(rt, o);
  reportFeedErrors(rt, snapshot);
  if (nothingLoaded(snapshot)) return 1;
  const record = { edition: snapshot.edition.name, items: snapshot.index.breaking.map((h) => headlineJson(h, null)) };
  return show(breakingListing, { heading: `Breaking — ${snapshot.edition.title}`, record });
}
