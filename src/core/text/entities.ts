/**
 * HTML character references, decoded by the `entities` package's rules, with a native fast
 * path: feed text is full of `&lt;` `&gt;` `&amp;` `&quot;` and little else, and a few
 * replaceAll calls beat the reference decoder's trie walk, cold, three to one.
 */
import { decodeHTML, decodeHTMLAttribute } from 'entities/decode';

// An `&` that starts anything but the common references the fast path knows.
const OTHER_REFERENCE = /&(?!(?:lt|gt|amp|quot|apos|#39|nbsp);)/;

// The references the fast path knows, by name (no prototype: `&constructor;` is not one).
const COMMON: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", '#39': "'", nbsp: '\u00a0',
});

// Every `&` begins one of the known references: one pass from the left (so `&amp;lt;` stays
// `&lt;`, as the reference decoder has it), the parts joined into one flat string. Seven
// replaceAll passes over every title and description cost twice as much.
function decodeCommon(text: string): string {
  const parts: string[] = [];
  let from = 0;
  for (let at = text.indexOf('&'); at >= 0; at = text.indexOf('&', at + 1)) {
    const semi = text.indexOf(';', at + 2);
    if (semi < 0 || semi - at > 5) continue;
    const char = COMMON[text.slice(at + 1, semi)];
    if (char === undefined) continue;
    parts.push(text.slice(from, at), char);
    from = semi + 1;
    at = semi;
  }
  if (from === 0) return text;
  parts.push(text.slice(from));
  return parts.join('');
}

/** Decodes the character references in HTML text (legacy rules: `&amp` without `;` too). */
export function decodeHtmlText(text: string): string {
  if (!text.includes('&')) return text;
  return OTHER_REFERENCE.test(text) ? decodeHTML(text) : decodeCommon(text);
}

/** Decodes the character references in an attribute value (attribute rules). */
export function decodeHtmlAttribute(value: string): string {
  if (!value.includes('&')) return value;
  return OTHER_REFERENCE.test(value) ? decodeHTMLAttribute(value) : decodeCommon(value);
}
