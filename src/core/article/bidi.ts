/**
 * Just enough of the Unicode bidi algorithm for terminals that do not reorder text: one
 * line at a time, no explicit embeddings (the sanitiser removed them), levels 0–2.
 * Lines are wrapped in logical order first and then put in visual order, so each screen
 * line reads right to left while numbers and Latin words inside stay left to right.
 */
import { graphemes } from '../text/width.js';
import type { Span, SpanStyle } from './types.js';
import { shapeArabic } from '../text/arabic-shaping.js';

const RTL_CHAR = /[\u0590-\u05ff\u0600-\u065f\u066a-\u06ef\u06fa-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
const RTL_ANY = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
const LETTER = /\p{L}/u;
const DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/;
// A separator inside a number ("1,376", "19:19", "3.5") joins it (rule W4); "%" and
// currency signs stick to it (W5).
const NUMBER_SEPARATOR = /^[.,:/\u066b\u066c]$/;
const NUMBER_AFFIX = /^[%\u066a\u2030$€£¥#+-]$/;
const MIRROR: Record<string, string> = {
  '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<',
  '«': '»', '»': '«', '‹': '›', '›': '‹',
};

type BidiClass = 'L' | 'R' | 'EN' | 'N';

/** True when the text has any right-to-left character (Hebrew, Arabic, Syriac, Thaana…). */
export function hasRtl(text: string): boolean {
  return RTL_ANY.test(text);
}

/** 'rtl' when most strong letters are right-to-left, 'ltr' when most are not, null without letters. */
export function detectDirection(text: string): 'ltr' | 'rtl' | null {
  if (!hasRtl(text)) return /\p{L}/u.test(text) ? 'ltr' : null;
  let rtl = 0;
  let ltr = 0;
  for (const ch of text) {
    if (RTL_CHAR.test(ch)) rtl++;
    else if (LETTER.test(ch)) ltr++;
  }
  if (rtl === 0 && ltr === 0) return null;
  return rtl >= ltr ? 'rtl' : 'ltr';
}

// The marks tidings puts around a key name on a right-to-left line (`‎]‎`), so a bracket
// stays the key it is instead of taking the line's direction and its mirror image.
const LRM = '\u200e';
const RLM = '\u200f';

/** `text` as a left-to-right island on a line of either direction (a key name: `]`, `Ctrl-Z`). */
export function leftToRight(text: string): string {
  return `${LRM}${text}${LRM}`;
}

function classify(g: string): BidiClass {
  if (g === LRM) return 'L';
  if (g === RLM || RTL_CHAR.test(g)) return 'R';
  if (DIGIT.test(g)) return 'EN';
  if (LETTER.test(g)) return 'L';
  return 'N';
}

interface Cell {
  text: string;
  style: SpanStyle | undefined;
  cls: BidiClass;
  level: number;
}

/** Resolves embedding levels of one line (base 0 for LTR, 1 for RTL). */
function resolveLevels(cells: Cell[], base: 0 | 1): void {
  const n = cells.length;
  // W4/W5: separators between digits and affixes next to digits become part of the number.
  for (let i = 0; i < n; i++) {
    if (cells[i].cls !== 'N') continue;
    const prev = cells[i - 1]?.cls;
    const next = cells[i + 1]?.cls;
    if (NUMBER_SEPARATOR.test(cells[i].text) && prev === 'EN' && next === 'EN') cells[i].cls = 'EN';
    else if (NUMBER_AFFIX.test(cells[i].text) && (prev === 'EN' || next === 'EN')) cells[i].cls = 'EN';
  }
  // W7: a number after Latin text (or at the start of an LTR line) behaves as Latin.
  let lastStrong: 'L' | 'R' = base === 0 ? 'L' : 'R';
  for (const c of cells) {
    if (c.cls === 'L' || c.cls === 'R') lastStrong = c.cls;
    else if (c.cls === 'EN' && lastStrong === 'L') c.cls = 'L';
  }
  // N1/N2: neutrals take the direction of their neighbours when both agree (numbers count
  // as R), else the line's direction.
  const strongOf = (c: Cell | undefined, edge: 'L' | 'R'): 'L' | 'R' => (!c ? edge : c.cls === 'L' ? 'L' : 'R');
  const edge = base === 0 ? 'L' : 'R';
  for (let i = 0; i < n; ) {
    if (cells[i].cls !== 'N') {
      i++;
      continue;
    }
    let j = i;
    while (j < n && cells[j].cls === 'N') j++;
    const before = strongOf(cells[i - 1], edge);
    const after = strongOf(cells[j], edge);
    const dir = before === after ? before : edge;
    for (let k = i; k < j; k++) cells[k].cls = dir;
    i = j;
  }
  for (const c of cells) {
    if (base === 0) c.level = c.cls === 'L' ? 0 : c.cls === 'R' ? 1 : 2;
    else c.level = c.cls === 'R' ? 1 : 2;
  }
}

// L2: from the highest level down to 1, reverse every run at that level or above.
function reorder(cells: Cell[]): Cell[] {
  const out = [...cells];
  for (let level = 2; level >= 1; level--) {
    for (let i = 0; i < out.length; ) {
      if (out[i].level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < out.length && out[j].level >= level) j++;
      const run = out.slice(i, j).reverse();
      out.splice(i, j - i, ...run);
      i = j;
    }
  }
  return out;
}

/**
 * The spans of one logical line in visual (left-to-right screen) order for a terminal
 * that does no bidi itself: RTL runs reversed by grapheme, LTR runs and numbers kept,
 * brackets mirrored inside RTL runs, Arabic letters shaped (a terminal that cannot order
 * bidi text cannot join letters either). Display width never grows (a lam-alef ligature
 * takes one cell where the two letters took two).
 */
export function visualOrder(spans: Span[], base: 'ltr' | 'rtl'): Span[] {
  const text = spans.map((s) => s.text).join('');
  if (base === 'ltr' && !hasRtl(text)) return spans;
  const cells: Cell[] = [];
  for (const span of spans) {
    for (const g of graphemes(shapeArabic(span.text))) cells.push({ text: g.text, style: span.style, cls: classify(g.text), level: 0 });
  }
  resolveLevels(cells, base === 'rtl' ? 1 : 0);
  const out: Span[] = [];
  for (const c of reorder(cells)) {
    // The marks did their work in the levels; on a terminal that orders nothing they are noise.
    if (c.text === LRM || c.text === RLM) continue;
    const ch = c.level % 2 === 1 ? MIRROR[c.text] ?? c.text : c.text;
    const last = out[out.length - 1];
    if (last && last.style === c.style) last.text += ch;
    else out.push(c.style ? { text: ch, style: c.style } : { text: ch });
  }
  return out;
}
