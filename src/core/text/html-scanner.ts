/**
 * The text and tag names of an HTML fragment, found with indexOf jumps rather than a
 * per-character state machine: summaries are extracted from every feed item, mostly in
 * cold (unoptimised) code, where stepping one character at a time dominated the parse.
 *
 * Tokenizes like htmlparser2 in HTML mode (the reference the text tests were written
 * against): tags start with a letter, `</ x>` and `<?…>` are bogus comments, `<!-->` ends at
 * once, script/style/xmp/iframe/noembed/noframes hold raw text, title/textarea hold text
 * with entities, plaintext runs to the end, and entities decode with the HTML legacy rules.
 * Attributes are skipped. A tag cut off by the end of the input is dropped.
 */
import { decodeHtmlText } from './entities.js';

/** What the scanner reports, in document order. */
export interface HtmlTextHandler {
  /** Text with entities decoded (raw for raw-text elements). */
  text(text: string): void;
  /** A start tag, once its `>` is seen (self-closing or not); lower-case name. */
  openTag(name: string): void;
  /** An end tag; lower-case name. */
  closeTag(name: string): void;
}

const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes']);
const SPECIAL = ['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'title', 'textarea', 'plaintext'];
// Longest piece of text reported at once, so a caller can stop early inside a long run.
const PIECE = 2048;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0c;
}

function isAlpha(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

// Whitespace, `/` and `>` end a tag name.
function endsName(c: number): boolean {
  return c === 0x20 || c === 0x3e || c === 0x2f || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0c;
}

/**
 * Reports the text and tags of `html`. `stop` is asked after each report; when it says
 * true the scan ends there (a preview that has read enough).
 */
export function scanHtmlText(html: string, handler: HtmlTextHandler, stop: () => boolean = () => false): void {
  const length = html.length;
  let textStart = 0;
  let pos = 0;
  const flushText = (end: number, decode: boolean): boolean => {
    while (textStart < end) {
      let raw = html.slice(textStart, Math.min(end, textStart + PIECE));
      if (textStart + raw.length < end) {
        // Never split an entity: cut after a space, else before a late `&`.
        const space = raw.lastIndexOf(' ');
        const amp = raw.lastIndexOf('&');
        if (space > 0) raw = raw.slice(0, space + 1);
        else if (amp > raw.length - 40) raw = raw.slice(0, amp);
      }
      handler.text(decode ? decodeHtmlText(raw) : raw);
      textStart += raw.length;
      if (stop()) return true;
    }
    return false;
  };
  while (pos < length) {
    const lt = html.indexOf('<', pos);
    if (lt < 0 || lt + 1 >= length) break;
    const c = html.charCodeAt(lt + 1);
    let end: number; // just past the construct; -1: the input ended inside it (dropped)
    if (isAlpha(c)) {
      if (flushText(lt, true)) return;
      end = openTag(html, lt + 1, handler);
      if (end >= 0) {
        const name = lastOpenName;
        if (RAW_TEXT.has(name) || name === 'title' || name === 'textarea') {
          textStart = end;
          end = specialBody(html, end, name, handler, flushText);
          if (end === STOPPED) return;
        } else if (name === 'plaintext') {
          textStart = end;
          flushText(length, false);
          return;
        }
      } else if (end === CUT_SPECIAL) {
        // Quirk kept from the reference: a cut-off `<scr` reads as the text "scr".
        textStart = lt + 1;
        break;
      }
    } else if (c === 0x2f) {
      // `</`
      const c2 = lt + 2 < length ? html.charCodeAt(lt + 2) : -1;
      if (c2 < 0) break; // `</` at the end is text
      if (flushText(lt, true)) return;
      if (c2 === 0x3e) end = lt + 3; // `</>` vanishes
      else if (isAlpha(c2)) end = closeTag(html, lt + 2, handler);
      else end = skipTo(html, lt + 2); // `</ x>`, `</3>`: bogus comments
    } else if (c === 0x21) {
      if (flushText(lt, true)) return;
      end = declaration(html, lt + 2);
    } else if (c === 0x3f) {
      if (flushText(lt, true)) return;
      end = skipTo(html, lt + 2);
    } else {
      pos = lt + 1; // not markup: the `<` is text
      continue;
    }
    if (end < 0) return; // the input ended inside this construct: it is dropped
    pos = textStart = end;
    if (stop()) return;
  }
  flushText(length, true);
}

// openTag's answers besides a position: the input ended in a name that might be special.
const CUT_SPECIAL = -2;
const STOPPED = -3;
let lastOpenName = '';

function skipTo(html: string, from: number): number {
  const gt = html.indexOf('>', from);
  return gt < 0 ? -1 : gt + 1;
}

function openTag(html: string, at: number, handler: HtmlTextHandler): number {
  const length = html.length;
  let p = at + 1;
  while (p < length && !endsName(html.charCodeAt(p))) p++;
  const name = html.slice(at, p).toLowerCase();
  if (p >= length) return SPECIAL.some((s) => s.startsWith(name)) ? CUT_SPECIAL : -1;
  // Attributes: names run to `=`, space, `/` or `>`; values quoted or up to space or `>`.
  for (;;) {
    while (p < length && isSpace(html.charCodeAt(p))) p++;
    if (p >= length) return -1;
    let c = html.charCodeAt(p);
    if (c === 0x3e) break;
    if (c === 0x2f) {
      p++;
      while (p < length && isSpace(html.charCodeAt(p))) p++;
      if (p >= length) return -1;
      if (html.charCodeAt(p) === 0x3e) break;
      continue;
    }
    p++; // the first character of a name is taken whatever it is
    while (p < length && (c = html.charCodeAt(p)) !== 0x3d && !endsName(c)) p++;
    while (p < length && isSpace(html.charCodeAt(p))) p++;
    if (p >= length) return -1;
    if (html.charCodeAt(p) !== 0x3d) continue;
    p++;
    while (p < length && isSpace(html.charCodeAt(p))) p++;
    if (p >= length) return -1;
    c = html.charCodeAt(p);
    if (c === 0x22 || c === 0x27) {
      const close = html.indexOf(c === 0x22 ? '"' : "'", p + 1);
      if (close < 0) return -1;
      p = close + 1;
    } else {
      while (p < length && (c = html.charCodeAt(p)) !== 0x3e && !isSpace(c)) p++;
      if (p >= length) return -1;
    }
  }
  lastOpenName = name;
  handler.openTag(name);
  return p + 1;
}

function closeTag(html: string, at: number, handler: HtmlTextHandler): number {
  let p = at + 1;
  while (p < html.length && !endsName(html.charCodeAt(p))) p++;
  if (p >= html.length) return -1;
  handler.closeTag(html.slice(at, p).toLowerCase());
  return skipTo(html, p);
}

// `<!…`: CDATA (HTML drops it), comments, doctype and bogus comments.
function declaration(html: string, at: number): number {
  const c = at < html.length ? html.charCodeAt(at) : -1;
  if (c < 0) return -1;
  if (c === 0x3e) return at + 1; // `<!>`
  if (c === 0x5b && html.startsWith('CDATA[', at + 1)) {
    const close = html.indexOf(']]>', at + 7);
    return close < 0 ? -1 : close + 3;
  }
  if (c === 0x2d) {
    const c2 = at + 1 < html.length ? html.charCodeAt(at + 1) : -1;
    if (c2 < 0) return -1;
    if (c2 === 0x3e) return at + 2; // `<!->`
    if (c2 !== 0x2d) return skipTo(html, at + 2);
    // A comment: `<!-->` and `<!--->` end at once, else at `-->` or `--!>`.
    const body = at + 2;
    if (html.charCodeAt(body) === 0x3e) return body + 1;
    if (html.startsWith('->', body)) return body + 2;
    const plain = html.indexOf('-->', body);
    const bang = html.indexOf('--!>', body);
    if (plain < 0 && bang < 0) return -1;
    if (bang < 0 || (plain >= 0 && plain + 2 < bang + 3)) return plain + 3;
    return bang + 4;
  }
  return skipTo(html, at + 1);
}

// The body of a raw-text or RCDATA element runs to `</name` followed by space, `/` or `>`.
function specialBody(
  html: string,
  from: number,
  name: string,
  handler: HtmlTextHandler,
  flushText: (end: number, decode: boolean) => boolean,
): number {
  const decode = !RAW_TEXT.has(name);
  for (let at = html.indexOf('</', from); at >= 0; at = html.indexOf('</', at + 1)) {
    const after = at + 2 + name.length;
    if (after > html.length || html.slice(at + 2, after).toLowerCase() !== name) continue;
    if (after === html.length) break; // `</script` at the very end: all text
    if (!endsName(html.charCodeAt(after))) continue;
    if (flushText(at, decode)) return STOPPED;
    handler.closeTag(name);
    return skipTo(html, after);
  }
  flushText(html.length, decode);
  return STOPPED;
}
