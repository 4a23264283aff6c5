/** Sanitising and tidying of the text runs the block parser collects. */
import { stripControls } from '../text/sanitize.js';
import type { Inline } from './block-model.js';

// Zero-width and invisible format characters, soft hyphens and bidi marks: they only
// confuse width maths in a terminal.
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u2028\u2029\u2060-\u2064\u061c\ufeff]/g;

/** Terminal-safe inline text: controls stripped, whitespace (including NBSP) folded. */
export function cleanText(text: string): string {
  return stripControls(text).replace(INVISIBLE, '').replace(/\s+/g, ' ');
}

/** Code text: controls out, newlines and indentation kept, tabs as four spaces. */
export function sanitizePre(text: string): string {
  return stripControls(text.replace(/\t/g, '    ')).replace(INVISIBLE, '').replace(/\u00a0/g, ' ');
}

/** Paragraph tidy-up: drop empties, fold spaces across runs, trim the ends and around breaks. */
export function tidyInlines(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  let lastSpace = true;
  for (const inline of inlines) {
    let text = inline.text;
    if (text === '\n') {
      if (out.length > 0) out.push(inline);
      lastSpace = true;
      continue;
    }
    if (lastSpace) text = text.replace(/^ +/, '');
    if (text === '') continue;
    lastSpace = text.endsWith(' ');
    out.push({ text, style: inline.style });
  }
  while (out.length > 0) {
    const last = out[out.length - 1];
    last.text = last.text === '\n' ? '' : last.text.replace(/ +$/, '');
    if (last.text !== '') break;
    out.pop();
  }
  return out.some((i) => i.text.trim() !== '') ? out : [];
}
