import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth, graphemes } from '../../../src/core/text/width.js';

// displayWidth skips string-width for these ranges; prove it gives the same answer.
const NARROW_RANGES: [number, number][] = [
  [0x20, 0x7e], [0xa0, 0xac], [0xae, 0x2ff], [0x370, 0x482], [0x48a, 0x52f],
  [0x2010, 0x2027], [0x2030, 0x205e], [0x20a0, 0x20c0], [0x2100, 0x218b], [0x2190, 0x22ff], [0x23ce, 0x23ce], [0x2500, 0x25fc],
];

describe('displayWidth fast path', () => {
  it('agrees with string-width on every code point it short-cuts', () => {
    const wrong: string[] = [];
    for (const [from, to] of NARROW_RANGES) {
      for (let cp = from; cp <= to; cp++) {
        const ch = String.fromCodePoint(cp);
        if (displayWidth(ch) !== stringWidth(ch)) wrong.push(cp.toString(16));
      }
    }
    expect(wrong).toEqual([]);
  });

  it('still measures soft hyphens, combining marks and wide characters properly', () => {
    expect(displayWidth('a\u00adb')).toBe(stringWidth('a\u00adb'));
    expect(displayWidth('cafe\u0301')).toBe(4);
    expect(displayWidth('Ελλάδα — Україна')).toBe(16);
    expect(displayWidth('◽')).toBe(2);
    expect(graphemes('é—x').map((g) => g.width)).toEqual([1, 1, 1]);
  });
});

// Arabic text skips string-width too: letters one cell, the marks on them none.
const ARABIC_RANGES: [number, number][] = [[0x60c, 0x61b], [0x61e, 0x6dc], [0x6de, 0x6ff], [0xfe70, 0xfe74], [0xfe76, 0xfefc]];
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

describe('displayWidth and graphemes fast path for Arabic', () => {
  it('agrees with string-width on every Arabic code point it short-cuts, alone and after a letter', () => {
    const wrong: string[] = [];
    for (const [from, to] of ARABIC_RANGES) {
      for (let cp = from; cp <= to; cp++) {
        const ch = String.fromCodePoint(cp);
        if (displayWidth(ch) !== stringWidth(ch) || displayWidth(`ب${ch}`) !== stringWidth(`ب${ch}`)) wrong.push(cp.toString(16));
      }
    }
    expect(wrong).toEqual([]);
  });

  it('splits shaped and unshaped Arabic into the same clusters and widths as Intl.Segmenter and string-width', () => {
    const samples = ['الجمعيةُ الوطنيّة تقرّ قانونًا (97 صوتًا) — «عاجل»', 'ﺮﺷﺎﺒﻣ ‹ ﺔﻴﺒﻳﺮﺠﺘﻟﺍ ﺰﻐﻨﻳﺪﻴﺗ', 'لا، ٢٠٢٦م ۞ x'];
    for (const text of samples) {
      const slow = Array.from(segmenter.segment(text), (s) => ({ text: s.segment, width: stringWidth(s.segment) }));
      expect(graphemes(text)).toEqual(slow);
      expect(displayWidth(text)).toBe(stringWidth(text));
    }
  });
});
