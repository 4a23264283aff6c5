import { describe, expect, it } from 'vitest';
import { displayWidth, fitToWidth, truncateToWidth, wrapText } from '../../../src/core/text/width.js';
import { relativeTime, formatDateTime } from '../../../src/core/text/relative-time.js';
import { parseSince } from '../../../src/core/text/since.js';

describe('display width', () => {
  it.each([['abc', 3], ['日本語', 6], ['e\u0301', 1], ['👍', 2], ['', 0]])('%s is %i cells', (s, w) => expect(displayWidth(s)).toBe(w));
});

describe('truncateToWidth / fitToWidth', () => {
  it('never cuts a wide character in half', () => {
    expect(truncateToWidth('日本語テキスト', 6)).toBe('日本…');
    expect(displayWidth(truncateToWidth('日本語テキスト', 6))).toBeLessThanOrEqual(6);
  });
  it('pads to exact width either side', () => {
    expect(fitToWidth('ab', 4)).toBe('ab  ');
    expect(fitToWidth('ab', 4, 'right')).toBe('  ab');
    expect(fitToWidth('abcdef', 4)).toBe('abc…');
  });
});

describe('wrapText', () => {
  it.each([10, 20, 33])('keeps every line within %i cells', (width) => {
    const text = 'The quick brown fox jumps over the lazy dog; 日本語のテキストも折り返す。 supercalifragilisticexpialidocious';
    for (const line of wrapText(text, width)) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    expect(wrapText(text, width).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });
  it('wraps at word boundaries', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });
});

describe('time helpers', () => {
  const now = new Date('2026-11-25T10:00:00Z');
  it.each([['2026-11-25T09:59:30Z', 'now'], ['2026-11-25T09:55:00Z', '5m'], ['2026-11-25T08:00:00Z', '2h'], ['2026-11-22T10:00:00Z', '3d'], ['2026-10-01T00:00:00Z', '7w'], ['2023-01-01T00:00:00Z', '3y'], [null, ''], ['garbage', '']])(
    'relativeTime(%s) = %s', (iso, out) => expect(relativeTime(iso, now)).toBe(out));
  it('formats a byline date', () => expect(formatDateTime('2024-11-23T19:19:00Z')).toBe('23 Nov 2024 19:19'));
  it('parses --since', () => {
    expect(parseSince('2h', now).toISOString()).toBe('2026-11-25T08:00:00.000Z');
    expect(parseSince('1d', now).toISOString()).toBe('2026-11-24T10:00:00.000Z');
    expect(parseSince('2026-11-01', now)).toEqual(new Date(2026, 10, 1));
    expect(() => parseSince('soon', now)).toThrow(/--since/);
  });
});
