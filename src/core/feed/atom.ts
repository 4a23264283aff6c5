/** Atom 1.0 (RFC 4287) and, where it costs nothing, Atom 0.3. */
import { child, childText, childrenNamed, htmlOf, innerMarkup, type XmlElement } from './xml-tree.js';
import { entryImage } from './media.js';
import { cleanAuthor, cleanTitle, finishItem, plainLine } from './normalize-item.js';
import type { FeedItem, ParsedFeed } from './types.js';
import { feedburnerOrigLink, resolveUrl } from './urls.js';
import { sanitizeLine } from '../text/sanitize.js';

/** An entry read as its element closed, before the feed's own author is known. */
export interface AtomEntry {
  item: FeedItem | null;
  /** The entry names no author of its own: it takes the feed's (RFC 4287 §4.2.1). */
  inheritsAuthor: boolean;
}

/** Parses an Atom `<feed>` root element whose entries were read as they closed. */
export function parseAtom(root: XmlElement, source: string, entries: AtomEntry[]): ParsedFeed {
  // The feed's <author> may come after its entries, so they learn it only now.
  const feedAuthor = cleanAuthor(authorName(root));
  const items: FeedItem[] = [];
  for (const { item, inheritsAuthor } of entries) {
    if (!item) continue;
    if (inheritsAuthor) item.author = feedAuthor;
    items.push(item);
  }
  const subtitle = textConstruct(source, child(root, 'subtitle', 'tagline'));
  return {
    format: 'atom',
    title: atomTitle(source, root),
    link: alternateLink(root),
    description: plainLine(subtitle.value, subtitle.isText),
    language: sanitizeLine(root.attrs['xml:lang']) || null,
    items,
  };
}

/** The feed's display title. */
export function atomTitle(source: string, root: XmlElement): string {
  const title = textConstruct(source, child(root, 'title'));
  return cleanTitle(title.value, title.isText);
}

/** What names an entry: its raw id and its absolute link. */
export function atomEntryKey(entry: XmlElement): { id: string; link: string } {
  return { id: childText(entry, 'id'), link: feedburnerOrigLink(entry) || alternateLink(entry) };
}

/** One `<entry>` element, complete, → its item (without the feed's author). */
export function readAtomEntry(entry: XmlElement, source: string): AtomEntry {
  const title = textConstruct(source, child(entry, 'title'));
  const summary = textConstruct(source, child(entry, 'summary'));
  const contentElement = child(entry, 'content');
  const content = contentElement?.attrs.src ? { value: '', isText: true } : textConstruct(source, contentElement);
  const sourceElement = child(entry, 'source');
  const { id, link } = atomEntryKey(entry);
  const author = authorName(entry) || childText(entry, 'dc:creator') || authorName(sourceElement);
  const item = finishItem({
    id,
    title: title.value,
    titleIsText: title.isText,
    link,
    published: childText(entry, 'published', 'issued', 'created', 'dc:date'),
    updated: childText(entry, 'updated', 'modified'),
    author,
    summary: summary.value,
    summaryIsText: summary.isText,
    contentHtml: content.isText ? '' : content.value,
    contentText: content.isText ? content.value : '',
    categories: childrenNamed(entry, 'category').map((c) => c.attrs.label || c.attrs.term || c.text.trim()),
    image: entryImage(entry),
    base: contentElement?.base ?? entry.base,
  });
  return { item, inheritsAuthor: !author };
}

interface TextConstruct {
  value: string;
  isText: boolean;
}

/** An Atom text construct as HTML (type html/xhtml) or plain text (type text). */
function textConstruct(source: string, element: XmlElement | undefined): TextConstruct {
  if (!element) return { value: '', isText: true };
  const type = (element.attrs.type ?? '').trim().toLowerCase();
  const mode = (element.attrs.mode ?? '').trim().toLowerCase(); // Atom 0.3
  if (mode === 'base64') return { value: '', isText: true };
  if (type === 'xhtml' || type.includes('xhtml') || mode === 'xml') {
    // The content is a wrapper <div>; keep what is inside it, minus any xhtml: prefixes.
    const only = element.children.length === 1 && /^(?:xhtml:)?div$/.test(element.children[0].name) ? element.children[0] : element;
    return { value: innerMarkup(source, only).replace(/<(\/?)[a-zA-Z][\w.-]*:/g, '<$1'), isText: false };
  }
  if (type === 'html' || type === 'text/html' || mode === 'escaped') return { value: htmlOf(source, element), isText: false };
  if (type && type !== 'text' && !type.startsWith('text/')) return { value: '', isText: true };
  // type="text" holding raw tags is a broken feed; read it as HTML rather than show tags.
  return element.children.length > 0 ? { value: htmlOf(source, element), isText: false } : { value: element.text, isText: true };
}

function authorName(element: XmlElement | undefined): string {
  const author = child(element, 'author', 'dc:creator');
  if (!author) return '';
  return childText(author, 'name') || (author.children.length === 0 ? author.text.trim() : childText(author, 'email'));
}

// rel="alternate" (or no rel) beats the rest; text/html beats other types among those.
function alternateLink(element: XmlElement): string {
  let fallback = '';
  let alternate = '';
  for (const link of childrenNamed(element, 'link')) {
    const rel = (link.attrs.rel ?? 'alternate').trim().toLowerCase();
    const url = resolveUrl(link.attrs.href, link.base);
    if (!url) continue;
    if (rel === 'alternate') {
      const type = link.attrs.type?.toLowerCase();
      if (!type || type.includes('html')) return url;
      alternate ||= url;
    } else if (rel !== 'self' && rel !== 'enclosure' && rel !== 'hub' && rel !== 'replies' && rel !== 'edit') {
      fallback ||= url;
    }
  }
  return alternate || fallback;
}
