/** Finding feeds: `<link rel="alternate">` in an HTML page, and a cheap "is this a feed?" sniff. */
import { Tokenizer } from 'htmlparser2';
import { sanitizeLine } from '../text/sanitize.js';
import { resolveUrl } from './urls.js';

/** A feed advertised by a page. */
export interface DiscoveredFeed {
  url: string;
  title: string;
  type: string;
}

const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/json',
  'application/rdf+xml',
]);

/** Feeds a page advertises with `<link rel="alternate" type=…>`, absolute, deduped, in page order. */
export function discoverFeedLinks(html: string, pageUrl: string): DiscoveredFeed[] {
  const found: DiscoveredFeed[] = [];
  const seen = new Set<string>();
  let base = pageUrl;
  let baseSeen = false;
  let tag = '';
  let attrs: Record<string, string> = {};
  let attrName = '';
  let attrValue = '';

  const onTag = (): void => {
    // Only the first <base href> counts (HTML spec).
    if (tag === 'base' && attrs.href && !baseSeen) {
      baseSeen = true;
      base = resolveUrl(attrs.href, pageUrl) || pageUrl;
      return;
    }
    if (tag !== 'link' || !attrs.href) return;
    const rels = (attrs.rel ?? '').toLowerCase().split(/\s+/);
    const type = (attrs.type ?? '').toLowerCase().split(';')[0].trim();
    if (!rels.includes('alternate') || !FEED_TYPES.has(type)) return;
    const url = resolveUrl(attrs.href, base);
    if (!url || seen.has(url)) return;
    seen.add(url);
    found.push({ url, title: sanitizeLine(attrs.title), type });
  };

  // The bare tokenizer: only start tags matter here, and it stays linear on deep nesting.
  const ignore = (): void => {};
  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname(start, end) {
        tag = html.slice(start, end).toLowerCase();
        attrs = {};
      },
      onattribname(start, end) {
        attrName = html.slice(start, end).toLowerCase();
        attrValue = '';
      },
      onattribdata(start, end) {
        attrValue += html.slice(start, end);
      },
      onattribentity(codePoint) {
        attrValue += String.fromCodePoint(codePoint);
      },
      onattribend() {
        if (!Object.hasOwn(attrs, attrName)) attrs[attrName] = attrValue;
      },
      onopentagend: onTag,
      onselfclosingtag: onTag,
      ontext: ignore,
      ontextentity: ignore,
      onclosetag: ignore,
      oncdata: ignore,
      oncomment: ignore,
      ondeclaration: ignore,
      onprocessinginstruction: ignore,
      onend: ignore,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  return found;
}

const JSON_FEED_VERSION = /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//;
// XML declaration, processing instructions, comments, doctype (with internal subset), space.
const PROLOG = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>)*/i;
const FEED_ROOT = /^<(?:[\w.-]+:)?(?:rss|feed|RDF)[\s>/]/i;

/** Cheap sniff: JSON Feed, or an `<rss>`, `<feed>` or `<rdf:RDF>` root after the prolog. */
export function looksLikeFeed(text: string): boolean {
  const head = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).slice(0, 65_536);
  const trimmed = head.trimStart();
  if (trimmed.startsWith('{')) return JSON_FEED_VERSION.test(trimmed);
  const prolog = PROLOG.exec(head);
  return FEED_ROOT.test(head.slice(prolog ? prolog[0].length : 0));
}
