/**
 * HTML fragment → plain text for summaries and previews: tags dropped, blocks on their
 * own lines, entities decoded, terminal controls stripped. Runs on every feed item, so it
 * streams through htmlparser2 once and builds no tree.
 */
import { Parser } from 'htmlparser2';
import { stripControls } from './sanitize.js';

// Elements whose contents are never prose.
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math']);
// Breaks a paragraph; the rest of BLOCK starts a new line.
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'ul', 'ol', 'dl', 'table', 'figure', 'hr']);
const BLOCK = new Set([
  ...PARAGRAPH, 'div', 'li', 'dt', 'dd', 'tr', 'section', 'article', 'header', 'footer', 'aside',
  'nav', 'main', 'address', 'figcaption', 'details', 'summary', 'caption', 'form', 'fieldset',
  'center', 'body', 'html',
]);
const HTML_WHITESPACE = /[ \t\n\r\f\u00a0]+/g;

/** Plain, terminal-safe text of an HTML fragment (blocks become line breaks). */
export function htmlToText(html: string | null | undefined): string {
  if (!html) return '';
  if (!html.includes('<') && !html.includes('&')) return tidy(html.replace(HTML_WHITESPACE, ' '));

  let out = '';
  let skipDepth = 0;
  let preDepth = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skipDepth++;
        else if (name === 'br') out += '\n';
        else if (name === 'pre') preDepth++;
        if (BLOCK.has(name)) out += PARAGRAPH.has(name) ? '\n\n' : '\n';
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if (BLOCK.has(name)) out += PARAGRAPH.has(name) ? '\n\n' : '\n';
      },
      ontext(text) {
        if (skipDepth > 0) return;
        out += preDepth > 0 ? text.replace(/\u00a0/g, ' ') : text.replace(HTML_WHITESPACE, ' ');
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return tidy(out);
}

// Controls out (after entity decoding, so `&#27;` cannot sneak an ESC through), then
// per-line trimming and at most one blank line in a row.
function tidy(text: string): string {
  return stripControls(text)
    .replace(/\t/g, '  ')
    .replace(/[ \u00a0]*\n[ \u00a0]*/g, '\n')
    .replace(/ {2,}/g, (run, offset: number, whole: string) => (offset === 0 || whole[offset - 1] === '\n' ? run : ' '))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
