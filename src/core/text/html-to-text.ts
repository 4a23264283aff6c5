/**
 * HTML fragment → plain text for summaries and previews: tags dropped, blocks on their
 * own lines, entities decoded, terminal controls stripped. Runs on every feed item, so it
 * streams through htmlparser2 once, builds no tree and tidies whitespace in one pass.
 */
import { Parser } from 'htmlparser2';
import { sanitizeLine, stripControls } from './sanitize.js';

// Elements whose contents are never prose.
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math']);
// Breaks a paragraph; the rest of BLOCK starts a new line.
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'ul', 'ol', 'dl', 'table', 'figure', 'hr']);
const BLOCK = new Set([
  ...PARAGRAPH, 'div', 'li', 'dt', 'dd', 'tr', 'section', 'article', 'header', 'footer', 'aside',
  'nav', 'main', 'address', 'figcaption', 'details', 'summary', 'caption', 'form', 'fieldset',
  'center', 'body', 'html',
]);

// Markup line breaks and <pre> spaces travel as noncharacters until whitespace is folded,
// so that source newlines (just spaces in HTML) and real breaks stay apart.
const BREAK = '\ufdd0';
const HARD_SPACE = '\ufdd1';
const SENTINELS = /[\ufdd0\ufdd1]/g;

/** Plain, terminal-safe text of an HTML fragment (blocks become line breaks). */
export function htmlToText(html: string | null | undefined): string {
  if (!html) return '';
  return stripControls(foldWhitespace(extractText(html)))
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * HTML → one safe line (titles, summaries): like htmlToText with every break a space.
 * With `minChars`, parsing stops once that much text is out (a preview of a long body).
 */
export function htmlToLine(html: string | null | undefined, minChars = Infinity): string {
  if (!html) return '';
  return sanitizeLine(extractText(html, minChars).replace(SENTINELS, ' '));
}

const CHUNK = 2048;

function extractText(html: string, minChars = Infinity): string {
  if (!html.includes('<') && !html.includes('&')) return html.includes('\ufdd0') || html.includes('\ufdd1') ? html.replace(SENTINELS, '') : html;
  let out = '';
  let skipDepth = 0;
  let preDepth = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skipDepth++;
        else if (name === 'br') out += BREAK;
        else if (name === 'pre') preDepth++;
        if (BLOCK.has(name)) out += PARAGRAPH.has(name) ? BREAK + BREAK : BREAK;
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if (BLOCK.has(name)) out += PARAGRAPH.has(name) ? BREAK + BREAK : BREAK;
      },
      ontext(text) {
        if (skipDepth > 0) return;
        if (text.includes('\ufdd0') || text.includes('\ufdd1')) text = text.replace(SENTINELS, '');
        out += preDepth > 0 ? text.replace(/\r?\n/g, BREAK).replace(/[ \t]/g, HARD_SPACE) : text;
      },
    },
    { decodeEntities: true },
  );
  if (html.length <= CHUNK || minChars === Infinity) {
    parser.end(html);
    return out;
  }
  // Streams the markup in chunks and stops early; the parser copes with cut tags.
  for (let at = 0; at < html.length && out.length < minChars; at += CHUNK) parser.write(html.slice(at, at + CHUNK));
  if (out.length < minChars) parser.end();
  return out;
}

function foldWhitespace(text: string): string {
  return text
    .replace(/[ \t\n\r\f\u00a0]+/g, ' ')
    .replace(/\ufdd0/g, '\n')
    .replace(/\ufdd1/g, ' ');
}
