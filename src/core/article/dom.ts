/** Node types of htmlparser2's DOM, and small helpers the block parser shares. */
import type { parseDocument } from 'htmlparser2';

/** Any node of a parsed document. */
export type DomNode = ReturnType<typeof parseDocument>['children'][number];
/** An element node (tag, script or style). */
export type DomElement = Extract<DomNode, { attribs: Record<string, string> }>;
/** A node with character data (text; comments are told apart by {@link isText}). */
export type DomText = Extract<DomNode, { data: string }>;

/** True for element nodes. */
export function isElement(node: DomNode): node is DomElement {
  return 'attribs' in node;
}

/** True for text nodes (not comments or CDATA). */
export function isText(node: DomNode): node is DomText {
  return (node.type as string) === 'text';
}

const NO_TEXT = new Set(['script', 'style', 'template', 'noscript']);
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
// A relative path (`../b.html`): neither site-relative (`/b`) nor with a scheme of its own.
const RELATIVE_PATH = /^(?![/\\])(?![a-z][a-z0-9+.-]*:)/i;

/**
 * An absolute http(s)/mailto URL for an href or src, or null for anything else
 * (javascript:, data:, unparsable). A file: URL only from a relative path on a page that
 * is a local file itself (the demo's pages link each other so): a page from the network
 * never points tidings at a local file, and a saved page's `/tags/x` is not the disk's
 * root. The WHATWG parser percent-encodes controls and spaces, so the result is safe
 * inside an OSC 8 escape.
 */
export function safeUrl(value: string | undefined, base: string): string | null {
  const raw = value?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw, base || undefined);
  } catch {
    return null;
  }
  if (!SAFE_SCHEMES.has(url.protocol) && !(url.protocol === 'file:' && base.startsWith('file:') && RELATIVE_PATH.test(raw))) return null;
  const href = url.href;
  // Everything the URL parser left outside printable ASCII is refused rather than trusted.
  return /^[\x21-\x7e]+$/.test(href) ? href : null;
}

/** Text content of an element (no markup), not yet sanitised. Iterative: pages nest deeply. */
export function textOf(node: DomElement): string {
  let out = '';
  const stack: DomNode[] = [...node.children].reverse();
  while (stack.length > 0) {
    const next = stack.pop() as DomNode;
    if (isText(next)) out += next.data;
    else if (isElement(next) && !NO_TEXT.has(next.name)) for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]);
  }
  return out;
}

/** The first descendant element (document order) that passes `test`; iterative. */
export function findElement(nodes: DomNode[], test: (el: DomElement) => boolean): DomElement | null {
  const stack: DomNode[] = [...nodes].reverse();
  while (stack.length > 0) {
    const next = stack.pop() as DomNode;
    if (!isElement(next)) continue;
    if (test(next)) return next;
    for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]);
  }
  return null;
}
