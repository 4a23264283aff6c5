import { sanitizeLine } from '../core/text/sanitize.js';
import { headlineJson, headlineListing } from '../output/headlines.js';
import { show } from '../output/view.js';
import { hitHeadline, searchItems, unindexedItems } from '../services/item-search.js';
import type { FormatFlags, Outcome } from './output-format.js';
import type { Runtime } from './runtime.js';

/** Options of `tidings search`. */
export interface SearchOptions extends FormatFlags {
  limit?: number;
  unread?: boolean;
  allEditions?: boolean;
}

/** Results a search prints when no --limit is given: past this, a narrower query serves better. */
export const SEARCH_DEFAULT_LIMIT = 50;

/**
 * `tidings search QUERY`: the stored items of the edition's feeds (or of every feed) that
 * match every word, best first. Reads the database only: it never fetches.
 */
export async function runSearch(rt: Runtime, o: SearchOptions, ...words: string[]): Promise<Outcome> {
  const query = words.join(' ');
  const name = rt.editionName();
  const edition = rt.editions.load(name, rt.editionChanges.get(name));
  const hits = searchItems(rt.database, query, {
    feedUrls: o.allEditions ? undefined : edition.feeds.map((f) => f.url),
    unread: o.unread,
    limit: o.limit ?? SEARCH_DEFAULT_LIMIT,
  });
  const items = hits.map((hit) => headlineJson(hitHeadline(edition, hit), null));
  // Read-only, the index cannot take what the last refreshes stored: say what is left out.
  const unindexed = unindexedItems(rt.database);
  if (unindexed > 0) rt.warn(`${unindexed} stored item${unindexed === 1 ? ' is' : 's are'} not searched: the database is read-only, and the search index takes new items only when it can write`);
  // Like grep and newsboat: no match is no error; stdout stays empty (JSON still lists none), a person is told why.
  if (items.length === 0 && !o.json) {
    rt.io.stderr.write(`tidings: no matches for "${sanitizeLine(query)}"\n`);
    return 0;
  }
  const heading = `Search: ${sanitizeLine(query)} — ${o.allEditions ? 'every feed' : edition.title}`;
  return show(headlineListing, { heading, record: { query, items } });
}
