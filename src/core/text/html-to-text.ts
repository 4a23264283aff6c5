/**
 * HTML fragment → plain text for summaries and previews: tags dropped, blocks on their
 * own lines, entities decoded, terminal controls stripped. Runs on every feed item, so it
 * makes one pass with the indexOf-driven html-scanner, builds no tree and tidies whitespace
 * in one pass.
 */
import { scanHtmlText } from './html-scanner.js';
import { sanitizeLine, stripControls } from './sanitize.js';

// Elements whose contents are never prose.
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'title', 'svg', 'math']);
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
  return stripControls(extractText(html))
    .replace(/[ \t\n\r\f\u00a0]+/g, ' ')
    .replace(/\ufdd0/g, '\n')
    .replace(/ *\n */g, '\n')
    .replace(/\ufdd1/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * HTML → one safe line (titles, summaries): like htmlToText with every break a space.
 * With `minChars` it is a preview: parsing stops once that much text is out and the
 * line may be cut there (it keeps at least minChars / 2 characters when the text has them).
 */
export function htmlToLine(html: string | null | undefined, minChars = Infinity): string {
  if (!html) return '';
  const text = extractText(html, minChars);
  if (text.length > minChars) {
    const head = sanitizeLine(text.slice(0, minChars).replace(SENTINELS, ' '));
    if (head.length >= minChars / 2) return head;
  }
  return sanitizeLine(text.replace(SENTINELS, ' '));
}

// Previews of bodies longer than this stop once they have enough text.
const CHUNK = 2048;

// Extraction state for the callbacks below (synchronous, never re-entered).
const state = { out: '', skipDepth: 0, preDepth: 0, pendingBreaks: 0 };
const handler = { text: addText, openTag, closeTag };

function extractText(html: string, minChars = Infinity): string {
  if (!html.includes('<') && !html.includes('&')) return html.includes('\ufdd0') || html.includes('\ufdd1') ? html.replace(SENTINELS, '') : html;
  Object.assign(state, { out: '', skipDepth: 0, preDepth: 0, pendingBreaks: 0 });
  const enough = html.length > CHUNK && minChars !== Infinity ? () => state.out.length >= minChars : undefined;
  scanHtmlText(html, handler, enough);
  const { out } = state;
  state.out = '';
  return out;
}

// Block edges only raise the number of breaks owed to the next visible text, so
// </div><div> gives one line break and </p><p> one blank line, not two.
function blockEdge(tag: string): void {
  if (BLOCK.has(tag)) state.pendingBreaks = Math.max(state.pendingBreaks, PARAGRAPH.has(tag) ? 2 : 1);
}

function addText(text: string): void {
  if (state.skipDepth > 0) return;
  if (state.pendingBreaks > 0) {
    if (state.preDepth === 0 && !/[^ \t\n\r\f]/.test(text)) return; // source indentation between blocks
    if (state.out) state.out += state.pendingBreaks === 2 ? BREAK + BREAK : BREAK;
    state.pendingBreaks = 0;
  }
  if (text.includes('\ufdd0') || text.includes('\ufdd1')) text = text.replace(SENTINELS, '');
  state.out += state.preDepth > 0 ? text.replace(/\r?\n/g, BREAK).replace(/[ \t]/g, HARD_SPACE) : text;
}

function openTag(tag: string): void {
  if (SKIP.has(tag)) state.skipDepth++;
  else if (tag === 'br') state.out += BREAK;
  else if (tag === 'pre') state.preDepth++;
  blockEdge(tag);
}

function closeTag(name: string): void {
  if (SKIP.has(name)) state.skipDepth = Math.max(0, state.skipDepth - 1);
  else if (name === 'pre') state.preDepth = Math.max(0, state.preDepth - 1);
  else if (name === 'br') state.out += BREAK; // </br> acts as <br> in browsers
  blockEdge(name);
}
