/** RSS 0.9x / 2.0 (`<rss><channel><item>`) and RSS 1.0 / 0.90 RDF (`<rdf:RDF>` with sibling items). */
import { child, childText, childrenNamed, htmlOf, textOf, type XmlElement } from './xml-tree.js';
import { entryImage } from './media.js';
import { cleanTitle, finishItem, plainLine } from './normalize-item.js';
import type { FeedItem, ParsedFeed } from './types.js';
import { feedburnerOrigLink, resolveUrl } from './urls.js';
import { sanitizeLine } from '../text/sanitize.js';

/**
 * Parses an `<rss>` or `<rdf:RDF>` root element whose items were read as they closed
 * (`items`, in feed order: the channel's first, then the root's; see rssItemParents).
 */
export function parseRss(root: XmlElement, source: string, format: 'rss' | 'rdf', items: FeedItem[]): ParsedFeed {
  const channel = rssChannel(root);
  return {
    format,
    title: rssTitle(source, channel),
    link: itemLink(channel),
    description: plainLine(htmlOf(source, child(channel, 'description', 'dc:description', 'itunes:summary'))),
    language: sanitizeLine(childText(channel, 'language', 'dc:language')) || null,
    items,
  };
}

/** The element holding the feed's title and items: `<channel>`, or the root without one. */
export function rssChannel(root: XmlElement): XmlElement {
  return child(root, 'channel') ?? root;
}

/**
 * The elements whose `<item>` children are the feed's items, in the order their items are
 * listed: RSS 2.0 nests items in the channel, RDF puts them beside it; broken feeds do either.
 */
export function rssItemParents(root: XmlElement): XmlElement[] {
  const channel = rssChannel(root);
  return channel === root ? [root] : [channel, root];
}

/** The channel's display title. */
export function rssTitle(source: string, channel: XmlElement): string {
  return cleanTitle(htmlOf(source, child(channel, 'title', 'dc:title')));
}

/** What names an item: its raw id (guid or rdf:about) and its absolute link. */
export function rssItemKey(item: XmlElement): { id: string; link: string } {
  const guidElement = child(item, 'guid');
  const guid = textOf(guidElement).trim();
  const about = item.attrs['rdf:about'] ?? '';
  const guidIsLink = guidElement?.attrs.ispermalink?.trim().toLowerCase() !== 'false' && /^https?:\/\//i.test(guid);
  const link = itemLink(item) || (guidIsLink ? resolveUrl(guid, item.base) : '') || resolveUrl(/^https?:/i.test(about) ? about : '', item.base);
  return { id: guid || about, link };
}

/** One `<item>` element, complete, → FeedItem (null when it carries nothing worth showing). */
export function readRssItem(item: XmlElement, source: string): FeedItem | null {
  const description = htmlOf(source, child(item, 'description', 'dc:description'));
  // Named fields, not a spread: a spread object takes another shape, and finishItem's
  // property reads went megamorphic (the full parse lost a quarter of its speed).
  const { id, link } = rssItemKey(item);
  return finishItem({
    id,
    title: htmlOf(source, child(item, 'title', 'dc:title')),
    titleIsText: false,
    link,
    published: childText(item, 'pubdate', 'dc:date', 'dcterms:issued', 'dcterms:created', 'atom:published', 'published'),
    updated: childText(item, 'atom:updated', 'dcterms:modified', 'lastbuilddate', 'updated'),
    author: childText(item, 'dc:creator', 'author', 'itunes:author', 'atom:author'),
    summary: description || htmlOf(source, child(item, 'itunes:summary')),
    summaryIsText: false,
    contentHtml: htmlOf(source, child(item, 'content:encoded', 'xhtml:body')),
    contentText: '',
    categories: childrenNamed(item, 'category', 'dc:subject').map((c) => textOf(c).trim()),
    image: entryImage(item),
    base: item.base,
  });
}

function itemLink(element: XmlElement): string {
  const orig = feedburnerOrigLink(element);
  if (orig) return orig;
  for (const link of childrenNamed(element, 'link')) {
    const rel = link.attrs.rel?.toLowerCase();
    if (rel && rel !== 'alternate') continue;
    const url = resolveUrl(textOf(link) || link.attrs.href, link.base);
    if (url) return url;
  }
  for (const link of childrenNamed(element, 'atom:link')) {
    const rel = link.attrs.rel?.toLowerCase() ?? 'alternate';
    const url = rel === 'alternate' ? resolveUrl(link.attrs.href, link.base) : '';
    if (url) return url;
  }
  return '';
}
