import stringWidth from 'string-width';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
// One cell per UTF-16 unit, no combining marks, no surrogates: Latin, Greek, Cyrillic,
// general punctuation, currency, letterlike, arrows, maths and box drawing. Checked code point by code point against
// string-width in test/core/text/width-narrow.test.ts; skips string-width's slow path,
// which dominated article layout time for accented text.
const NARROW = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u0370-\u0482\u048a-\u052f\u2010-\u2027\u2030-\u205e\u20a0-\u20c0\u2100-\u218b\u2190-\u22ff\u2500-\u25fc]*$/;

/** Terminal cells a string takes: CJK and emoji 2, combining marks 0. */
export function displayWidth(text: string): number {
  return NARROW.test(text) ? text.length : stringWidth(text);
}

/** Grapheme clusters of a string with their cell widths (a wide character is never split). */
export function graphemes(text: string): { text: string; width: number }[] {
  if (NARROW.test(text)) return Array.from(text, (ch) => ({ text: ch, width: 1 }));
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
