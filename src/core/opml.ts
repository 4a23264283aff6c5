/** OPML 1.0/2.0 subscription lists: read (forgiving, folders kept) and write (OPML 2.0). */
import { FeedParseError } from './errors.js';
import { sanitizeLine } from './text/sanitize.js';
import { buildXmlTree, child, childrenNamed, type XmlElement } from './feed/xml-tree.js';

/** One outline: a feed (has xmlUrl), a folder (has children) or a plain link. */
export interface OpmlOutline {
  title: string;
  xmlUrl?: string;
  htmlUrl?: string;
  children: OpmlOutline[];
}

// Deeper folders than this are flattened into the last level (hostile files nest 100k deep).
const MAX_DEPTH = 32;

/** Parses OPML text into its outline tree; throws FeedParseError when it is not OPML. */
export function parseOpml(text: string): OpmlOutline[] {
  const roots = buildXmlTree(text, '');
  const opml = roots.find((r) => r.name === 'opml') ?? roots.flatMap((r) => r.children).find((c) => c.name === 'opml');
  const body = child(opml, 'body');
  if (!opml || !body) throw new FeedParseError('not an OPML file (no <opml> with a <body>)');
  return toOutlines(body, 1);
}

function toOutlines(parent: XmlElement, depth: number): OpmlOutline[] {
  return childrenNamed(parent, 'outline').map((element) => {
    const outline = toOutline(element);
    outline.children = depth < MAX_DEPTH ? toOutlines(element, depth + 1) : flattened(element);
    return outline;
  });
}

function toOutline(element: XmlElement): OpmlOutline {
  const { attrs } = element;
  const outline: OpmlOutline = { title: sanitizeLine(attrs.text || attrs.title), children: [] };
  const xmlUrl = sanitizeLine(attrs.xmlurl);
  const htmlUrl = sanitizeLine(attrs.htmlurl);
  if (xmlUrl) outline.xmlUrl = xmlUrl;
  if (htmlUrl) outline.htmlUrl = htmlUrl;
  return outline;
}

function flattened(element: XmlElement): OpmlOutline[] {
  const out: OpmlOutline[] = [];
  const stack = [...childrenNamed(element, 'outline')].reverse();
  for (let next = stack.pop(); next; next = stack.pop()) {
    const outline = toOutline(next);
    if (outline.xmlUrl) out.push(outline);
    stack.push(...childrenNamed(next, 'outline').reverse());
  }
  return out;
}

/** Writes an OPML 2.0 document; `dateCreated` is an RFC 822 date the caller formats. */
export function serializeOpml(title: string, outlines: OpmlOutline[], dateCreated: string): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeXml(title)}</title>`,
    `    <dateCreated>${escapeXml(dateCreated)}</dateCreated>`,
    '  </head>',
    '  <body>',
  ];
  const write = (list: OpmlOutline[], indent: string): void => {
    for (const o of list) {
      let attrs = `text="${escapeXml(o.title)}" title="${escapeXml(o.title)}"`;
      if (o.xmlUrl) attrs += ` type="rss" xmlUrl="${escapeXml(o.xmlUrl)}"`;
      if (o.htmlUrl) attrs += ` htmlUrl="${escapeXml(o.htmlUrl)}"`;
      if (o.children.length === 0) {
        lines.push(`${indent}<outline ${attrs}/>`);
      } else {
        lines.push(`${indent}<outline ${attrs}>`);
        write(o.children, `${indent}  `);
        lines.push(`${indent}</outline>`);
      }
    }
  };
  write(outlines, '    ');
  lines.push('  </body>', '</opml>', '');
  return lines.join('\n');
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;',
};

// Escapes for text and attribute values alike; drops characters XML 1.0 forbids outright.
function escapeXml(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '') // eslint-disable-line no-control-regex
    .replace(/[&<>"'\n\r\t]/g, (c) => XML_ESCAPES[c]);
}
