/** Feed text → ParsedFeed: sniffs the format and hands off to the RSS, Atom or JSON reader. */
import { FeedParseError } from '../errors.js';
import { parseAtom, readAtomEntry, type AtomEntry } from './atom.js';
import { parseJsonFeed } from './json-feed.js';
import { mergeDuplicates } from './normalize-item.js';
import { parseRss, readRssItem, rssItemParents } from './rss.js';
import type { FeedItem, ParsedFeed } from './types.js';
import { buildXmlTree, type TakeElement, type XmlElement } from './xml-tree.js';

/** Options for parseFeed: the URL the feed was fetched from (base for relative links). */
export interface ParseFeedOptions {
  url: string;
}

/**
 * Parses RSS 0.9x/1.0/2.0, Atom 0.3/1.0 or JSON Feed 1.x text. Forgiving about broken
 * markup (keeps what parsed); throws FeedParseError when the text is not a feed at all.
 */
export function parseFeed(text: string, options: ParseFeedOptions): ParsedFeed {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = source.search(/\S/);
  if (start < 0) throw new FeedParseError('not a feed (empty document)');
  const parse = (base: string) => (source[start] === '{' ? parseJsonFeed(source, base) : parseXmlFeed(source, base));
  let feed = parse(options.url);
  // A feed saved to a file still belongs to its site: its relative links resolve against the
  // site link it names (xml:base still wins), not against the file's own path. A feed whose
  // site link is itself relative (our demo) means its neighbouring files.
  if (/^file:/i.test(options.url) && /^https?:\/\//i.test(feed.link)) feed = parse(feed.link);
  feed.items = mergeDuplicates(feed.items);
  return feed;
}

function parseXmlFeed(source: string, url: string): ParsedFeed {
  const read = itemReader(source);
  const roots = buildXmlTree(source, url, { take: read.take });
  const root = findFeedRoot(roots);
  if (root) {
    const { atom, rss } = read;
    if (root.name === 'feed') return parseAtom(root, source, atom.entries.filter((_, i) => atom.parents[i] === root));
    const items: FeedItem[] = [];
    for (const parent of rssItemParents(root)) {
      rss.items.forEach((item, i) => {
        if (item && rss.parents[i] === parent) items.push(item);
      });
    }
    return parseRss(root, source, root.name === 'rss' || root.name === 'channel' ? 'rss' : 'rdf', items);
  }
  if (roots.some((r) => r.name === 'html' || r.name === 'head' || r.name === 'body') || /^\s*<!doctype\s+html/i.test(source)) {
    throw new FeedParseError('not a feed (looks like an HTML page)');
  }
  throw new FeedParseError('not a feed (no <rss>, <feed> or <rdf:RDF> root)');
}

// Where a feed's items can sit: an <item> in a <channel> in an <rss> inside one wrapper
// element (findFeedRoot's tolerance) is three levels down, an <entry> two. Deeper ones are
// never the feed's: they stay in the tree unread, so nested hostile markup is read once.
const ITEM_DEPTH = 3;
const ENTRY_DEPTH = 2;
const ITEM_PARENTS = new Set(['rss', 'rdf:rdf', 'rdf', 'channel']);

/**
 * Reads each element that may be one of the feed's items as it closes, then drops it from
 * the tree, so the tree never holds more than one item (a 50,000-item archive built whole
 * took ~200 MB). Which ones are the feed's is known only once the root is: each keeps the
 * element that held it.
 */
function itemReader(source: string) {
  // Parallel arrays: a wrapper object per item was 50,000 more objects to move in a big feed.
  const rss = { parents: [] as XmlElement[], items: [] as (FeedItem | null)[] };
  const atom = { parents: [] as XmlElement[], entries: [] as AtomEntry[] };
  const take: TakeElement = (element, parent, depth) => {
    if (!parent) return false;
    if (element.name === 'item' && depth <= ITEM_DEPTH && ITEM_PARENTS.has(parent.name)) {
      rss.parents.push(parent);
      rss.items.push(readRssItem(element, source));
      return true;
    }
    if (element.name === 'entry' && depth <= ENTRY_DEPTH && parent.name === 'feed') {
      atom.parents.push(parent);
      atom.entries.push(readAtomEntry(element, source));
      return true;
    }
    return false;
  };
  return { take, rss, atom };
}

const FEED_ROOTS = new Set(['rss', 'feed', 'rdf:rdf', 'rdf', 'channel']);

// Usually the first element; junk or a wrapper before it is tolerated one level deep.
function findFeedRoot(roots: XmlElement[]): XmlElement | undefined {
  for (const r of roots) if (FEED_ROOTS.has(r.name)) return r;
  for (const r of roots) {
    if (r.name === 'html') continue;
    for (const c of r.children) if (FEED_ROOTS.has(c.name) && c.name !== 'channel') return c;
  }
  return undefined;
}
