/**
 * A feed's digest: what a refresh reports of a body (its format, title and item ids) without
 * the full parse. A refresh reads every feed once, in cold code; building the whole element
 * tree and normalising every item (summaries, dates, images) costs about five times what the
 * report needs. The items themselves are parsed from the cache when they are read.
 *
 * Same answer as the parser by construction: the digest builds a partial tree with the
 * parser's own tree builder (only the root, channel, items and the elements that name them)
 * and reads it with the format modules' own accessors. Where a partial tree could differ (no
 * feed root at the top, an item named by neither id nor link) it returns null and the caller
 * runs the full parser. A test holds it to digestOf(parseFeed(...)) over the corpus, the
 * fixtures and thousands of mangled variants.
 */
import { sanitizeLine } from '../text/sanitize.js';
import { atomEntryKey, atomTitle } from './atom.js';
import { jsonFeedEntries, jsonFeedTitle, jsonItemKey, readJsonFeed, type Json } from './json-feed.js';
import { mergeById } from './normalize-item.js';
import { rssChannel, rssItemElements, rssItemKey, rssTitle } from './rss.js';
import type { FeedFormat, ParsedFeed } from './types.js';
import { buildXmlTree, type KeepElement, type XmlElement } from './xml-tree.js';

/** What a refresh needs of a feed: format, display title and the ids of its items. */
export interface FeedDigest {
  format: FeedFormat;
  title: string;
  /** Item ids after duplicates merge, in the feed's order (one per item parseFeed gives). */
  ids: string[];
}

/** The digest of a fully parsed feed. */
export function digestOf(feed: ParsedFeed): FeedDigest {
  return { format: feed.format, title: feed.title, ids: feed.items.map((item) => item.id) };
}

/**
 * The digest of feed text (decoded, as parseFeed takes it), or null when only the full
 * parser can tell: not a feed, or a shape the partial tree does not cover.
 */
export function digestFeed(text: string, url: string): FeedDigest | null {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = source.search(/\S/);
  if (start < 0) return null;
  return source[start] === '{' ? digestJson(source, url) : digestXml(source, url);
}

interface ItemKey {
  id: string;
  link: string;
}

function digestJson(text: string, url: string): FeedDigest | null {
  let data: Json;
  try {
    data = readJsonFeed(text);
  } catch {
    return null; // the parser words the error
  }
  return finish('json', jsonFeedTitle(data), jsonFeedEntries(data).map((entry) => jsonItemKey(entry, url)));
}

const FEED_ROOTS = new Set(['rss', 'feed', 'rdf:rdf', 'rdf', 'channel']);
const ITEM_PARENTS = new Set([...FEED_ROOTS]);
const RSS_ITEM_KEYS = new Set(['guid', 'link', 'atom:link', 'feedburner:origlink']);
const ATOM_ENTRY_KEYS = new Set(['id', 'link', 'feedburner:origlink']);

// Roots, channels and items are built; the elements that name an item or hold a title are
// built whole (their text and markup are read); everything else is left out.
const keepForDigest: KeepElement = (name, parent) => {
  if (!parent) return 'element';
  if (ITEM_PARENTS.has(parent.name)) {
    if (name === 'channel' || name === 'item' || name === 'entry') return 'element';
    return name === 'title' || name === 'dc:title' ? 'subtree' : 'skip';
  }
  if (parent.name === 'item') return RSS_ITEM_KEYS.has(name) ? 'subtree' : 'skip';
  if (parent.name === 'entry') return ATOM_ENTRY_KEYS.has(name) ? 'subtree' : 'skip';
  return 'skip';
};

function digestXml(source: string, url: string): FeedDigest | null {
  const roots = buildXmlTree(source, url, { keep: keepForDigest });
  // The parser's first choice; its fallback (a feed root wrapped one level deep) is not built here.
  const root = roots.find((r) => FEED_ROOTS.has(r.name));
  if (!root) return null;
  if (root.name === 'feed') return finish('atom', atomTitle(source, root), elementKeys(root, 'entry', atomEntryKey));
  const channel = rssChannel(root);
  const format = root.name === 'rss' || root.name === 'channel' ? 'rss' : 'rdf';
  return finish(format, rssTitle(source, channel), rssItemElements(root, channel).map(rssItemKey));
}

function elementKeys(root: XmlElement, name: string, key: (element: XmlElement) => ItemKey): ItemKey[] {
  return root.children.filter((c) => c.name === name).map(key);
}

function finish(format: FeedFormat, title: string, keys: ItemKey[]): FeedDigest | null {
  const items: ItemKey[] = [];
  for (const key of keys) {
    // As finishItem names an item; one with neither needs its title and text to be named.
    const id = sanitizeLine(key.id) || key.link;
    if (!id) return null;
    items.push({ id, link: key.link });
  }
  const merged = mergeById(items, (target, from) => {
    if (!target.link) target.link = from.link;
  });
  return { format, title, ids: merged.map((item) => item.id) };
}
