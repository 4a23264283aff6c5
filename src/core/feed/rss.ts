/** RSS 0.9x / 2.0 (`<rss><channel><item>`) and RSS 1.0 / 0.90 RDF (`<rdf:RDF>` with sibling items). */
import { child, childText, childrenNamed, htmlOf, textOf, type XmlElement } from './xml-tree.js';
import { entryImage } from './media.js';
import { cleanTitle, finishItem, plainLine } from './normalize-item.js';
import type { FeedItem, ParsedFeed } from './types.js';
import { feedburnerOrigLink, resolveUrl } from './urls.js';
import { sanitizeLine } from '../text/sanitize.js';

/** Parses an `<rss>` or `<rdf:RDF>` root element. */
export function parseRss(root: XmlElement, source: string, format: 'rss' | 'rdf'): ParsedFeed {
  const channel = child(root, 'channel') ?? root;
  // RSS 2.0 nests items in the channel, RDF puts them beside it; broken feeds do either.
  const itemElements = channel === root ? childrenNamed(root, 'item') : [...childrenNamed(channel, 'item'), ...childrenNamed(root, 'item')];
  const items: FeedItem[] = [];
  for (const element of itemElements) {
    const item = parseItem(element, source);
    if (item) items.push(item);
  }
  return {
    format,
    title: cleanTitle(htmlOf(source, child(channel, 'title', 'dc:title'))),
    link: itemLink(channel),
    description: plainLine(htmlOf(source, child(channel, 'description', 'dc:description', 'itunes:summary'))),
    language: sanitizeLine(childText(channel, 'language', 'dc:language')) || null,
    items,
  };
}

function parseItem(item: XmlElement, source: string): FeedItem | null {
  const guidElement = child(item, 'guid');
  const guid = textOf(guidElement).trim();
  const about = item.attrs['rdf:about'] ?? '';
  const description = htmlOf(source, child(item, 'description', 'dc:description'));
  const guidIsLink = guidElement?.attrs.ispermalink?.trim().toLowerCase() !== 'false' && /^https?:\/\//i.test(guid);
  return finishItem({
    id: guid || about,
    title: htmlOf(source, child(item, 'title', 'dc:title')),
    titleIsText: false,
    link: itemLink(item) || (guidIsLink ? resolveUrl(guid, item.base) : '') || resolveUrl(/^https?:/i.test(about) ? about : '', item.base),
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
