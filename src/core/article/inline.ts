/**
 * Word-wrapping of styled runs by display width. Breaks at spaces, between CJK
 * characters (never before closing CJK punctuation), and inside a word only when the
 * word alone is wider than the line; a grapheme is never split.
 */
import { displayWidth, graphemes } from '../text/width.js';
import type { Span, SpanStyle } from './types.js';

interface Word {
  parts: Span[];
  width: number;
  /** Whitespace preceded it in the source (a space is drawn when it is not at a line start). */
  space: boolean;
}

const BREAK = null;
// Scripts written without spaces, where a line may break between any two characters.
const CJK_CHAR = /[\u2e80-\u2fff\u3001-\u303f\u3040-\u30ff\u3100-\u31ff\u3200-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]|[\u{20000}-\u{3ffff}]/u;
const CJK_SPLIT = /([\u2e80-\u2fff\u3001-\u303f\u3040-\u30ff\u3100-\u31ff\u3200-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]|[\u{20000}-\u{3ffff}])/u;
// Closing punctuation that must not start a line (kinsoku shori, simplified).
const NO_LINE_START = /^[、。，．,.!?！？：；:;）)」』】〕〉》〟’”ー々ゝゞヽヾぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ]$/u;

function addPart(word: Word, text: string, style: SpanStyle | undefined): void {
  const last = word.parts[word.parts.length - 1];
  if (last && last.style === style) last.text += text;
  else word.parts.push(style ? { text, style } : { text });
  word.width += displayWidth(text);
}

/** Splits styled runs into words (and hard breaks); styles are kept per part. */
function toWords(spans: Span[]): (Word | typeof BREAK)[] {
  const words: (Word | typeof BREAK)[] = [];
  let pendingSpace = false;
  let joinable = false; // the previous piece was non-CJK text with no space after it
  for (const span of spans) {
    // A no-break space joins words (the byline keeps `3 min read` together).
    for (const token of span.text.split(/(\n|[^\S\n\u00a0]+)/)) {
      if (token === '') continue;
      if (token === '\n') {
        words.push(BREAK);
        pendingSpace = false;
        joinable = false;
        continue;
      }
      if (/^[^\S\u00a0]+$/.test(token)) {
        pendingSpace = true;
        joinable = false;
        continue;
      }
      for (const piece of token.split(CJK_SPLIT)) {
        if (piece === '') continue;
        const cjk = CJK_CHAR.test(piece) && [...piece].length === 1;
        const last = words[words.length - 1];
        const glue = !pendingSpace && (NO_LINE_START.test(piece) || (joinable && !cjk));
        if (last && glue) addPart(last, piece, span.style);
        else {
          const word: Word = { parts: [], width: 0, space: pendingSpace };
          addPart(word, piece, span.style);
          words.push(word);
        }
        pendingSpace = false;
        joinable = !cjk;
      }
    }
  }
  return words;
}

// The style a space between two parts gets: theirs when they share one (a link keeps
// its underline across words), none otherwise.
function spaceStyle(a: Span | undefined, b: Span | undefined): SpanStyle | undefined {
  if (!a || !b) return undefined;
  if (a.style === b.style) return a.style;
  const href = a.style?.href;
  return href && href === b.style?.href ? { color: a.style?.color, underline: a.style?.underline, href } : undefined;
}

/** Wraps styled runs to lines of at most `width` cells; `\n` in a run forces a break. */
export function wrapSpans(spans: Span[], width: number): Span[][] {
  const limit = Math.max(1, width);
  const lines: Span[][] = [];
  let line: Span[] = [];
  let used = 0;
  const append = (text: string, style: SpanStyle | undefined) => {
    const last = line[line.length - 1];
    if (last && last.style === style) last.text += text;
    else line.push(style ? { text, style } : { text });
    used += displayWidth(text);
  };
  const newLine = () => {
    lines.push(line);
    line = [];
    used = 0;
  };
  for (const word of toWords(spans)) {
    if (word === BREAK) {
      newLine();
      continue;
    }
    const gap = used > 0 && word.space ? 1 : 0;
    if (used + gap + word.width <= limit) {
      if (gap) append(' ', spaceStyle(line[line.length - 1], word.parts[0]));
      for (const part of word.parts) append(part.text, part.style);
      continue;
    }
    if (word.width <= limit) {
      if (used > 0) newLine();
      for (const part of word.parts) append(part.text, part.style);
      continue;
    }
    // Longer than a whole line (a URL, a long compound): fill and break between graphemes.
    if (used > 0 && used + gap + 1 > limit) newLine();
    else if (gap) append(' ', undefined);
    for (const part of word.parts) {
      for (const g of graphemes(part.text)) {
        if (used + g.width > limit && used > 0) newLine();
        append(g.text, part.style);
      }
    }
  }
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines;
}

/** Display width of a line of spans. */
export function spansWidth(spans: Span[]): number {
  let w = 0;
  for (const s of spans) w += displayWidth(s.text);
  return w;
}

/** Plain text of a line of spans. */
export function spansText(spans: Span[]): string {
  return spans.map((s) => s.text).join('');
}
