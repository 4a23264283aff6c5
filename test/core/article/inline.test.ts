import { describe, expect, it } from 'vitest';
import { spansText, spansWidth, wrapSpans } from '../../../src/core/article/inline.js';
import type { Span } from '../../../src/core/article/types.js';

const lines = (spans: Span[], width: number) => wrapSpans(spans, width).map(spansText);

describe('wrapSpans', () => {
  it('wraps at spaces by display width', () => {
    expect(lines([{ text: 'the quick brown fox jumps over the lazy dog' }], 10)).toEqual([
      'the quick', 'brown fox', 'jumps over', 'the lazy', 'dog',
    ]);
  });

  it('keeps styles per run and joins runs that touch into one word', () => {
    const link = { color: 'link' as const, href: 'https://x.test/' };
    const muted = { color: 'muted' as const };
    const out = wrapSpans([{ text: 'read the ' }, { text: 'report', style: link }, { text: '[1]', style: muted }, { text: ' today' }], 10);
    expect(out.map(spansText)).toEqual(['read the', 'report[1]', 'today']);
    expect(out[1]).toEqual([{ text: 'report', style: link }, { text: '[1]', style: muted }]);
  });

  it('keeps a link underline across the space between its words', () => {
    const link = { underline: true };
    const out = wrapSpans([{ text: 'two words', style: link }], 20);
    expect(out).toEqual([[{ text: 'two words', style: link }]]);
  });

  it('breaks CJK between characters, two cells each, never before closing punctuation', () => {
    const out = lines([{ text: '四十年ぶりに旧港へ大型クレーンが戻ってきた。最初の一基' }], 10);
    for (const line of out) expect(spansWidth([{ text: line }])).toBeLessThanOrEqual(10);
    expect(out.join('')).toBe('四十年ぶりに旧港へ大型クレーンが戻ってきた。最初の一基');
    expect(out.some((l) => l.startsWith('。'))).toBe(false);
  });

  it('never splits a wide character or an emoji', () => {
    const out = lines([{ text: '😀😀😀😀😀' }], 5);
    expect(out).toEqual(['😀😀', '😀😀', '😀']);
  });

  it('breaks a word longer than the line between graphemes', () => {
    expect(lines([{ text: 'see https://example.com/a/very/long/path' }], 12)).toEqual([
      'see https://', 'example.com/', 'a/very/long/', 'path',
    ]);
  });

  it('honours hard breaks and drops spaces at line ends', () => {
    expect(lines([{ text: 'one \n two' }], 20)).toEqual(['one', 'two']);
  });

  it('treats a no-break space as part of the word', () => {
    expect(lines([{ text: 'aa 3\u00a0min\u00a0read' }], 12)).toEqual(['aa', '3\u00a0min\u00a0read']);
  });
});
