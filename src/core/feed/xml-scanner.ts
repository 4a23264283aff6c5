/**
 * A forgiving XML tokenizer for feeds that jumps with indexOf instead of stepping one
 * character at a time: a refresh parses each feed once, in cold (unoptimised) code, where
 * a per-character state machine cost more than everything else in the parse together.
 *
 * It reads markup the way htmlparser2's tokenizer does in xmlMode (the reference the feed
 * tests were written against): `<` followed by a space or `>` is text, any other character
 * starts a tag name, `</>` is text, declarations end at the first `>`, so a DTD's internal
 * subset never becomes markup and no entity is ever defined. Nothing is decoded here.
 * A tag cut off by the end of the input is dropped.
 */

/** Token callbacks; every range is [start, end) in the source. */
export interface XmlTokenHandler {
  /** Character data between tags, entities still encoded. */
  text(start: number, end: number): void;
  /** The inside of a CDATA section, verbatim. */
  cdata(start: number, end: number): void;
  /** A start tag's name. Its attributes follow, then `openTagEnd`. */
  openTag(start: number, end: number): void;
  /** One attribute; `valueStart` is -1 when it has no value (`<a checked>`). */
  attribute(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number): void;
  /** The start tag ended at `gt` (the index of its `>`), self-closing or not. */
  openTagEnd(gt: number, selfClosing: boolean): void;
  /** An end tag's name. */
  closeTag(start: number, end: number): void;
}

const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const DASH = 0x2d;
const EQ = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const LBRACKET = 0x5b;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0c;
}

// Whitespace, `/` and `>` end a tag or attribute name.
function endsName(c: number): boolean {
  return c === 0x20 || c === GT || c === SLASH || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0c;
}

function skipSpaces(source: string, at: number): number {
  while (at < source.length && isSpace(source.charCodeAt(at))) at++;
  return at;
}

function nameEnd(source: string, at: number): number {
  while (at < source.length && !endsName(source.charCodeAt(at))) at++;
  return at;
}

/** Tokenizes `source`, calling `handler` in document order. Linear time; never throws. */
export function scanXml(source: string, handler: XmlTokenHandler): void {
  const length = source.length;
  let pos = 0; // where to look for the next `<`
  let textStart = 0; // start of the text not yet reported
  while (pos < length) {
    const lt = source.indexOf('<', pos);
    if (lt < 0) break;
    if (lt > textStart) handler.text(textStart, lt);
    textStart = lt;
    const next = lt + 1;
    if (next >= length) break;
    const c = source.charCodeAt(next);
    let end: number; // index just past the construct; -1 when the input ended inside it
    if (c === BANG) end = declaration(source, next + 1, handler);
    else if (c === QUESTION) {
      const close = source.indexOf('?>', next + 1);
      if (close < 0) {
        textStart = next + 1; // an unclosed processing instruction reads as text
        break;
      }
      end = close + 2;
    } else if (c === SLASH) end = closeTag(source, lt, handler);
    else if (isSpace(c) || c === GT) {
      pos = next; // not a tag: the `<` stays in the text
      continue;
    } else end = openTag(source, next, handler);
    if (end === TEXT) {
      pos = next; // `</>`: text
      continue;
    }
    if (end < 0) {
      textStart = -end - 1;
      break;
    }
    pos = textStart = end;
  }
  if (textStart < length) handler.text(textStart, length);
}

// closeTag's answer for `</>` and `</ >`: the markup is text.
const TEXT = -0.5;

// A negative answer -(n + 1) means "input ended; text resumes at n" (n = length: none).
const ended = (textAt: number): number => -textAt - 1;

function declaration(source: string, at: number, handler: XmlTokenHandler): number {
  const length = source.length;
  if (at >= length) return ended(length);
  const c = source.charCodeAt(at);
  if (c === LBRACKET) {
    if (source.startsWith('CDATA[', at + 1)) {
      const start = at + 7;
      const close = source.indexOf(']]>', start);
      handler.cdata(start, close < 0 ? length : close);
      return close < 0 ? ended(length) : close + 3;
    }
  } else if (c === DASH) {
    if (at + 1 >= length) return ended(at);
    if (source.charCodeAt(at + 1) === DASH) return commentEnd(source, at + 2);
    // `<!-x…`: a declaration whose second character is swallowed, even a `>`.
    const gt = source.indexOf('>', at + 2);
    return gt < 0 ? ended(at) : gt + 1;
  }
  // `<!DOCTYPE …>`, `<!ENTITY …>`, a broken `<![CDAT…`: skipped to the first `>` after
  // the character following `<!` (so `<!>` does not end there).
  const gt = source.indexOf('>', at + 1);
  return gt < 0 ? ended(at) : gt + 1;
}

// A comment ends at the first `-->` or `--!>`; an unclosed one swallows the rest.
function commentEnd(source: string, at: number): number {
  const plain = source.indexOf('-->', at);
  const bang = source.indexOf('--!>', at);
  if (plain < 0 && bang < 0) return ended(source.length);
  if (bang < 0 || (plain >= 0 && plain + 2 < bang + 3)) return plain + 3;
  return bang + 4;
}

function closeTag(source: string, lt: number, handler: XmlTokenHandler): number {
  const length = source.length;
  const at = skipSpaces(source, lt + 2);
  if (at >= length) return ended(lt);
  const c = source.charCodeAt(at);
  if (c === GT) return TEXT;
  if (c === SLASH) {
    // `<//…>` is a bogus comment.
    const gt = source.indexOf('>', at + 1);
    return gt < 0 ? ended(at) : gt + 1;
  }
  const end = nameEnd(source, at);
  if (end >= length) return ended(length);
  handler.closeTag(at, end);
  const gt = source.charCodeAt(end) === GT ? end : source.indexOf('>', end + 1);
  return gt < 0 ? ended(length) : gt + 1;
}

function openTag(source: string, at: number, handler: XmlTokenHandler): number {
  const length = source.length;
  let p = nameEnd(source, at);
  if (p >= length) return ended(length);
  handler.openTag(at, p);
  for (;;) {
    p = skipSpaces(source, p);
    if (p >= length) return ended(length);
    let c = source.charCodeAt(p);
    if (c === GT) {
      handler.openTagEnd(p, false);
      return p + 1;
    }
    if (c === SLASH) {
      p = skipSpaces(source, p + 1);
      if (p >= length) return ended(length);
      if (source.charCodeAt(p) === GT) {
        handler.openTagEnd(p, true);
        return p + 1;
      }
      continue; // `<a / b>`: the slash is ignored
    }
    // An attribute name runs to `=`, whitespace, `/` or `>`; its first character is
    // taken whatever it is (`<a =x>` has an attribute named "=x").
    const nameStart = p++;
    while (p < length) {
      c = source.charCodeAt(p);
      if (c === EQ || endsName(c)) break;
      p++;
    }
    if (p >= length) return ended(length);
    const nameStop = p;
    p = skipSpaces(source, p);
    if (p >= length) return ended(length);
    if (source.charCodeAt(p) !== EQ) {
      handler.attribute(nameStart, nameStop, -1, -1);
      continue;
    }
    p = skipSpaces(source, p + 1);
    if (p >= length) return ended(length);
    c = source.charCodeAt(p);
    if (c === DQUOTE || c === SQUOTE) {
      const close = source.indexOf(c === DQUOTE ? '"' : "'", p + 1);
      if (close < 0) return ended(length);
      handler.attribute(nameStart, nameStop, p + 1, close);
      p = close + 1;
    } else {
      // Unquoted: up to whitespace or `>` (a `/` belongs to the value).
      const valueStart = p;
      while (p < length) {
        c = source.charCodeAt(p);
        if (c === GT || isSpace(c)) break;
        p++;
      }
      if (p >= length) return ended(length);
      handler.attribute(nameStart, nameStop, valueStart, p);
    }
  }
}
