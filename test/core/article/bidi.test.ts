import { describe, expect, it } from 'vitest';
import { detectDirection, hasRtl, leftToRight, visualOrder } from '../../../src/core/article/bidi.js';
import type { Span } from '../../../src/core/article/types.js';

const text = (spans: Span[]) => spans.map((s) => s.text).join('');
const visual = (logical: string, base: 'ltr' | 'rtl') => text(visualOrder([{ text: logical }], base));

describe('detectDirection', () => {
  it.each([
    ['Hello world', 'ltr'],
    ['שלום עולם', 'rtl'],
    ['مرحبا بالعالم', 'rtl'],
    ['مرحبا بالعالم and a few English words', 'ltr'],
    ['كلمات عربية كثيرة في هذه الجملة مع Reuters', 'rtl'],
    ['1234 — 5678', null],
  ])('%s → %s', (input, expected) => {
    expect(detectDirection(input)).toBe(expected);
  });

  it('finds RTL characters', () => {
    expect(hasRtl('abc')).toBe(false);
    expect(hasRtl('abc ש')).toBe(true);
  });
});

describe('visualOrder', () => {
  it('leaves LTR text without RTL characters untouched', () => {
    const spans = [{ text: 'plain text' }];
    expect(visualOrder(spans, 'ltr')).toBe(spans);
  });

  it('reverses an RTL line grapheme by grapheme', () => {
    expect(visual('אבג דהו', 'rtl')).toBe('והד גבא');
  });

  it('keeps numbers and Latin words left to right inside RTL text', () => {
    expect(visual('אבג 1,376 דהו', 'rtl')).toBe('והד 1,376 גבא');
    expect(visual('אבג Reuters News דהו', 'rtl')).toBe('והד Reuters News גבא');
    expect(visual('אבג 40% דהו', 'rtl')).toBe('והד 40% גבא');
  });

  it('mirrors brackets in RTL runs', () => {
    expect(visual('אב (גד) הו', 'rtl')).toBe('וה (דג) בא');
  });

  it('keeps a left-to-right island (a key name) unmirrored, and drops its marks', () => {
    // A lone `]` before Hebrew takes the line's direction and is drawn as `[`: another key.
    expect(visual('] הבא', 'rtl')).toBe('אבה [');
    expect(visual(`${leftToRight(']')} הבא`, 'rtl')).toBe('אבה ]');
    expect(visual(`${leftToRight('Ctrl-Z')} עצור`, 'rtl')).toBe('רוצע Ctrl-Z');
  });

  it('reverses an embedded RTL run inside an LTR line only', () => {
    expect(visual('the word שלום means peace', 'ltr')).toBe('the word םולש means peace');
  });

  it('moves a logical line-start prefix (bullet, indent) to the right end', () => {
    expect(visual('• אבג', 'rtl')).toBe('גבא •');
  });

  it('keeps combining marks on their base letter', () => {
    // Hebrew letter + niqqud stays one grapheme.
    const shin = '\u05e9\u05b8\u05c1';
    const vav = '\u05d5\u05b9';
    expect(visual(`${shin}\u05dc${vav}\u05dd`, 'rtl')).toBe(`\u05dd${vav}\u05dc${shin}`);
  });

  it('keeps styles with their text and preserves width', () => {
    const bold = { bold: true };
    const out = visualOrder([{ text: 'אבג ' }, { text: 'דהו', style: bold }], 'rtl');
    expect(out).toEqual([{ text: 'והד', style: bold }, { text: ' גבא' }]);
  });
});
