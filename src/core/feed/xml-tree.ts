/**
 * A tiny, forgiving element tree for feed XML, built on our indexOf-driven tokenizer
 * (htmlparser2's Parser keeps the open-element stack with unshift/shift, which is
 * quadratic on deeply nested hostile input; ours is a push/pop stack).
 *
 * No DTD is ever processed: `<!DOCTYPE …>` and `<!ENTITY …>` are skipped as declarations,
 * so internal entities never expand (billion laughs) and SYSTEM entities are never fetched
 * (XXE). Entities in text are decoded with the HTML table (`&nbsp;`, `&eacute;` appear in
 * real feeds); an undefined `&xxe;` stays as text. CDATA is kept verbatim.
 */
import { decodeHtmlAttribute, decodeHtmlText } from '../text/entities.js';
import { resolveUrl } from './urls.js';
import { scanXml } from './xml-scanner.js';

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
const CANONICAL_PREFIX = new Map(Object.entries({
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
}));

// How far down the open-element stack a close tag may look for its partner; a stray close
// tag deeper than this is ignored (keeps hostile input linear).
const CLOSE_SEARCH_LIMIT = 64;

/**
 * Called as each element closes (or at the end of the input, for one left open), with its
 * whole subtree, its parent (undefined for a top-level element) and its depth (0 for a
 * top-level element). Returning true takes the
 * element out of the tree: a feed's items are read as they close and dropped, so a 50,000-item
 * feed never holds more than one item's elements at a time.
 */
export type TakeElement = (element: XmlElement, parent: XmlElement | undefined, depth: number) => boolean;

/** Options for buildXmlTree. */
export interface XmlTreeOptions {
  /** Sees every closed element; those it takes are left out of the tree. */
  take?: TakeElement;
}

/** Parses `source` into its top-level elements; never throws, even on garbage. */
export function buildXmlTree(source: string, baseUrl: string, options: XmlTreeOptions = {}): XmlElement[] {
  const { take } = options;
  const roots: XmlElement[] = [];
  const stack: XmlElement[] = []; // open elements
  const rawNames: string[] = []; // lower-cased source names, parallel to `stack`
  const prefixMap = new Map<string, string>();
  let rootPrefix: string | null = null;
  let tagName = '';
  let attrs: Record<string, string> = {};

  // An element is complete: offer it to `take`, which may remove it (always its parent's
  // last child by now: anything opened after it was inside it).
  const closed = (element: XmlElement, parent: XmlElement | undefined): void => {
    if (take?.(element, parent, stack.length)) (parent ? parent.children : roots).pop();
  };

  const openElement = (endIndex: number, selfClosing: boolean): void => {
    let name = tagName;
    const colon = name.indexOf(':');
    if (colon > 0) {
      const prefix = prefixMap.get(name.slice(0, colon)) ?? name.slice(0, colon);
      // A document rooted at <atom:feed> uses the prefix for its own elements.
      if (roots.length === 0 && stack.length === 0 && prefix === 'atom') rootPrefix = prefix;
      name = prefix === rootPrefix ? name.slice(colon + 1) : `${prefix}:${name.slice(colon + 1)}`;
    }
    const parent = stack.length > 0 ? stack[stack.length - 1] : undefined;
    const parentBase = parent ? parent.base : baseUrl;
    const xmlBase = attrs['xml:base'];
    const element: XmlElement = {
      name,
      attrs,
      children: [],
      text: '',
      base: xmlBase ? resolveUrl(xmlBase, parentBase) || parentBase : parentBase,
      innerStart: endIndex + 1,
      innerEnd: endIndex + 1,
    };
    if (parent) parent.children.push(element);
    else roots.push(element);
    if (selfClosing) closed(element, parent);
    else {
      stack.push(element);
      rawNames.push(tagName);
    }
    attrs = {};
  };

  const closeElements = (count: number, innerEnd: number): void => {
    for (let i = 0; i < count; i++) {
      const element = stack.pop() as XmlElement;
      rawNames.pop();
      element.innerEnd = Math.max(element.innerStart, innerEnd);
      closed(element, stack[stack.length - 1]);
    }
  };

  scanXml(source, {
    text(start, end) {
      if (stack.length > 0) stack[stack.length - 1].text += decodeHtmlText(source.slice(start, end));
    },
    cdata(start, end) {
      if (stack.length > 0) stack[stack.length - 1].text += source.slice(start, end);
    },
    openTag(start, end) {
      tagName = source.slice(start, end).toLowerCase();
      attrs = {};
    },
    attribute(nameStart, nameEnd, valueStart, valueEnd) {
      const name = source.slice(nameStart, nameEnd).toLowerCase();
      if (Object.hasOwn(attrs, name)) return;
      const raw = valueStart < 0 ? '' : source.slice(valueStart, valueEnd);
      const value = decodeHtmlAttribute(raw);
      attrs[name] = value;
      if (name.startsWith('xmlns:')) {
        const canonical = CANONICAL_PREFIX.get(value.trim().toLowerCase());
        if (canonical) prefixMap.set(name.slice(6), canonical);
      }
    },
    openTagEnd(gt, selfClosing) {
      openElement(gt, selfClosing);
    },
    closeTag(start, end) {
      // Nearly always the innermost open element, spelled as it was opened: no new string.
      const open = rawNames.length - 1;
      if (open >= 0 && rawNames[open].length === end - start && source.startsWith(rawNames[open], start)) {
        closeElements(1, source.lastIndexOf('<', start));
        return;
      }
      const name = source.slice(start, end).toLowerCase();
      const limit = Math.max(0, rawNames.length - CLOSE_SEARCH_LIMIT);
      for (let i = rawNames.length - 1; i >= limit; i--) {
        if (rawNames[i] === name) {
          closeElements(rawNames.length - i, source.lastIndexOf('<', start));
          return;
        }
      }
    },
  });
  closeElements(stack.length, source.length);
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
