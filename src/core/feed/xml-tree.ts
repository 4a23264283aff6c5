/**
 * A tiny, forgiving element tree for feed XML, built on htmlparser2's XML mode.
 *
 * No DTD is ever processed: `<!DOCTYPE …>` and `<!ENTITY …>` arrive as processing
 * instructions and are ignored, so internal entities never expand (billion laughs) and
 * SYSTEM entities are never fetched (XXE). Entities in text are decoded with the HTML
 * table (`&nbsp;`, `&eacute;` appear in real feeds); an undefined `&xxe;` stays as text.
 * CDATA is kept verbatim.
 */
import { Parser } from 'htmlparser2';
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { resolveUrl } from './urls.js';

/** One element: lower-cased name with its prefix mapped to a canonical one (`dc:creator`). */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Direct text children, decoded, in order (CDATA verbatim). */
  text: string;
  /** Base URL in scope (the feed URL, refined by any `xml:base` on it or an ancestor). */
  base: string;
  /** Source offsets of the raw markup between the start and end tags. */
  innerStart: number;
  innerEnd: number;
}

// Prefixes are author-chosen (`atom10:link`, `dcterms:`); the namespace URI is what counts.
const CANONICAL_PREFIX: Record<string, string> = {
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://search.yahoo.com/mrss/': 'media',
  'http://search.yahoo.com/mrss': 'media',
  'http://www.w3.org/2005/atom': 'atom',
  'http://purl.org/atom/ns#': 'atom',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
  'http://www.itunes.com/dtds/podcast-1.0.dtd': 'itunes',
  'http://www.w3.org/1999/xhtml': 'xhtml',
  'http://purl.oclc.org/net/rss_2.0/enc#': 'enc',
  'http://rssnamespace.org/feedburner/ext/1.0': 'feedburner',
};

/** Parses `source` into its top-level elements; never throws, even on garbage. */
export function buildXmlTree(source: string, baseUrl: string): XmlElement[] {
  const roots: XmlElement[] = [];
  const stack: XmlElement[] = [];
  const prefixMap = new Map<string, string>();
  let rootPrefix: string | null = null;
  let inCdata = false;
  let openEnd = -1;

  const parser = new Parser(
    {
      onopentag(rawName, rawAttrs) {
        const attrs: Record<string, string> = {};
        for (const key in rawAttrs) {
          const value = rawAttrs[key];
          const lower = key.toLowerCase();
          attrs[lower] = value.includes('&') ? decodeHTMLAttribute(value) : value;
          if (lower.startsWith('xmlns:')) {
            const canonical = CANONICAL_PREFIX[attrs[lower].trim().toLowerCase()];
            if (canonical) prefixMap.set(lower.slice(6), canonical);
          }
        }
        let name = rawName.toLowerCase();
        const colon = name.indexOf(':');
        if (colon > 0) {
          const prefix = prefixMap.get(name.slice(0, colon)) ?? name.slice(0, colon);
          // A document rooted at <atom:feed> uses the prefix for its own elements.
          if (roots.length === 0 && stack.length === 0 && prefix === 'atom') rootPrefix = prefix;
          name = prefix === rootPrefix ? name.slice(colon + 1) : `${prefix}:${name.slice(colon + 1)}`;
        }
        const parent = stack[stack.length - 1];
        const parentBase = parent ? parent.base : baseUrl;
        const xmlBase = attrs['xml:base'];
        const element: XmlElement = {
          name,
          attrs,
          children: [],
          text: '',
          base: xmlBase ? resolveUrl(xmlBase, parentBase) || parentBase : parentBase,
          innerStart: parser.endIndex + 1,
          innerEnd: parser.endIndex + 1,
        };
        if (parent) parent.children.push(element);
        else roots.push(element);
        stack.push(element);
        openEnd = parser.endIndex;
      },
      onclosetag() {
        const element = stack.pop();
        if (!element) return;
        // A self-closing tag reports the same end offset as its opening.
        element.innerEnd = parser.endIndex === openEnd ? element.innerStart : Math.max(element.innerStart, parser.startIndex);
      },
      ontext(data) {
        const top = stack[stack.length - 1];
        if (!top) return;
        top.text += !inCdata && data.includes('&') ? decodeHTML(data) : data;
      },
      oncdatastart() {
        inCdata = true;
      },
      oncdataend() {
        inCdata = false;
      },
    },
    { xmlMode: true, decodeEntities: false },
  );
  parser.end(source);
  return roots;
}

/** First child whose name is one of `names` (in priority order of `names`). */
export function child(element: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  if (!element) return undefined;
  for (const name of names) {
    for (const c of element.children) if (c.name === name) return c;
  }
  return undefined;
}

/** All children whose name is one of `names`, in document order. */
export function childrenNamed(element: XmlElement | undefined, ...names: string[]): XmlElement[] {
  if (!element) return [];
  return element.children.filter((c) => names.includes(c.name));
}

/**
 * Text content of an element and its descendants, untrimmed. Mixed content (text and
 * elements interleaved) is approximated: callers wanting HTML use `htmlOf` instead.
 */
export function textOf(element: XmlElement | undefined): string {
  if (!element) return '';
  if (element.children.length === 0) return element.text;
  // Iterative: a hostile feed can nest tags far deeper than the call stack.
  let out = '';
  const stack: XmlElement[] = [element];
  for (let e = stack.pop(); e; e = stack.pop()) {
    out += e.text;
    for (let i = e.children.length - 1; i >= 0; i--) stack.push(e.children[i]);
  }
  return out;
}

const CDATA_MARKERS = /<!\[CDATA\[|\]\]>/g;

/**
 * An element's content as an HTML string: its text (escaped or CDATA HTML) or, when a feed
 * put raw markup inside it, the source slice between its tags with CDATA markers removed.
 */
export function htmlOf(source: string, element: XmlElement | undefined): string {
  if (!element) return '';
  if (element.children.length === 0) return element.text;
  return source.slice(element.innerStart, element.innerEnd).replace(CDATA_MARKERS, '');
}

/** Trimmed text of the first child named one of `names`, or ''. */
export function childText(element: XmlElement | undefined, ...names: string[]): string {
  for (const name of names) {
    const text = textOf(child(element, name)).trim();
    if (text) return text;
  }
  return '';
}

/** Raw source markup between an element's tags (for Atom xhtml content). */
export function innerMarkup(source: string, element: XmlElement): string {
  return source.slice(element.innerStart, element.innerEnd);
}
