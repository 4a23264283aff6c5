/** URL resolution for links found in feeds and pages. */
import type { XmlElement } from './xml-tree.js';

const SAFE_SCHEMES = new Set(['http:', 'https:']);

/**
 * Resolves `href` against `base` with the WHATWG URL parser. Returns '' when it does not
 * parse or its scheme is neither http(s) nor the base's own (so no `javascript:` links;
 * a feed read from a `file:` URL may still link to its neighbours).
 */
export function resolveUrl(href: string | null | undefined, base: string): string {
  const trimmed = href?.trim();
  if (!trimmed) return '';
  let url: URL;
  try {
    url = new URL(trimmed, base || undefined);
  } catch {
    return '';
  }
  if (SAFE_SCHEMES.has(url.protocol)) return url.href;
  const baseScheme = /^([a-z][a-z0-9+.-]*:)/i.exec(base)?.[1]?.toLowerCase();
  return baseScheme === url.protocol ? url.href : '';
}

/** Feedburner rewrites links to a click tracker and keeps the real one in origLink. */
export function feedburnerOrigLink(entry: XmlElement): string {
  for (const c of entry.children) {
    if (c.name === 'feedburner:origlink') return resolveUrl(c.text, c.base);
  }
  return '';
}
