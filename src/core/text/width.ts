import stringWidth from 'string-width';

// Made on first use: the first Segmenter loads ICU's break rules (~15 ms), and text that is
// all narrow or Arabic never needs one.
let segmenter: Intl.Segmenter | undefined;
// One cell per UTF-16 unit, no combining marks, no surrogates: Latin, Greek, Cyrillic,
// general punctuation, currency, letterlike, arrows, maths, box drawing and the return key's
// sign ⏎ (in the app's key hints). Checked code point by code point against
// string-width in test/core/text/width-narrow.test.ts; skips string-width's slow path,
// which dominated article layout time for accented text.
const NARROW = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u0370-\u0482\u048a-\u052f\u2010-\u2027\u2030-\u205e\u20a0-\u20c0\u2100-\u218b\u2190-\u22ff\u23ce\u2500-\u25fc]*$/;

// Arabic text (letters, digits, punctuation, presentation forms: one cell each; the marks
// that sit on a letter, harakat and shadda: none) mixed with the narrow text above, minus
// the format characters. Shaped Arabic titles otherwise went through string-width one
// grapheme at a time: most of the time of a right-to-left frame. Checked code point by
// code point against string-width in test/core/text/width-narrow.test.ts.
const ARABIC_MARKS = '\\u0610-\\u061a\\u064b-\\u065f\\u0670\\u06d6-\\u06dc\\u06df-\\u06e4\\u06e7\\u06e8\\u06ea-\\u06ed';
const ARABIC_MARK = new RegExp(`[${ARABIC_MARKS}]`, 'g');
const IS_ARABIC_MARK = new RegExp(`^[${ARABIC_MARKS}]$`);
const SIMPLE_ARABIC = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u2190-\u22ff\u23ce\u2500-\u25fc\u060c-\u061b\u061e-\u06dc\u06de-\u06ff\ufe70-\ufe74\ufe76-\ufefc]*$/;

/** Terminal cells a string takes: CJK and emoji 2, combining marks 0. */
export function displayWidth(text: string): number {
  if (NARROW.test(text)) return text.length;
  if (SIMPLE_ARABIC.test(text)) return text.replace(ARABIC_MARK, '').length;
  return stringWidth(text);
}

/** Grapheme clusters of a string with their cell widths (a wide character is never split). */
export function graphemes(text: string): { text: string; width: number }[] {
  if (NARROW.test(text)) return Array.from(text, (ch) => ({ text: ch, width: 1 }));
  if (SIMPLE_ARABIC.test(text)) {
    const out: { text: string; width: number }[] = [];
    for (const ch of text) {
      const last = out[out.length - 1];
      const mark = IS_ARABIC_MARK.test(ch);
      if (last && mark) last.text += ch;
      else out.push({ text: ch, width: mark ? 0 : 1 });
    }
    return out;
  }
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => ({ text: s.segment, width: stringWidth(s.segment) }));
}

/** Cuts to at most `width` cells, ending with `ellipsis` when something was cut. */
export function truncateToWidth(text: string, width: number, ellipsis = '…'): string {
  if (width <= 0) return '';
  if (displayWidth(text) <= width) return text;
  const room = width - displayWidth(ellipsis);
  let out = '';
  let used = 0;
  for (const g of graphemes(text)) {
    if (used + g.width > room) break;
    out += g.text;
    used += g.width;
  }
  return room >= 0 ? out + ellipsis : out;
}

/** Pads with spaces on the right (or left with `align: 'right'`) to exactly `width` cells, truncating when longer. */
export function fitToWidth(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const cut = truncateToWidth(text, width);
  const pad = ' '.repeat(Math.max(0, width - displayWidth(cut)));
  return align === 'left' ? cut + pad : pad + cut;
}

/**
 * Word-wraps a paragraph to `width` cells. Words longer than a line are broken between
 * graphemes; CJK text (no spaces) breaks between characters.
 */
export function wrapText(text: string, width: number): string[] {
  const limit = Math.max(1, width);
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  const push = () => {
    lines.push(line.trimEnd());
    line = '';
    lineWidth = 0;
  };
  for (const token of text.split(/(\s+)/)) {
    if (token === '') continue;
    if (/^\s+$/.test(token)) {
      if (lineWidth > 0 && lineWidth < limit) {
        line += ' ';
        lineWidth += 1;
      }
      continue;
    }
    const tokenWidth = displayWidth(token);
    if (lineWidth + tokenWidth <= limit) {
      line += token;
      lineWidth += tokenWidth;
      continue;
    }
    if (tokenWidth <= limit && lineWidth > 0) {
      push();
      line = token;
      lineWidth = tokenWidth;
      continue;
    }
    for (const g of graphemes(token)) {
      if (lineWidth + g.width > limit) push();
      line += g.text;
      lineWidth += g.width;
    }
  }
  if (line.trim() !== '' || lines.length === 0) push();
  return lines;
}
