import { describe, expect, it } from 'vitest';
import type { StyledLine } from '../../../src/core/article/types.js';
import { findMatches, lineText, markMatches, READER_START, readerReducer } from '../../../src/ui/state/reader-state.js';

const line = (...texts: string[]): StyledLine => ({ spans: texts.map((text, i) => ({ text, style: i % 2 ? { bold: true } : undefined })) });

describe('reader reducer', () => {
  it('scrolls within 0…max', () => {
    let s = readerReducer(READER_START, { type: 'scroll', by: 5, max: 3 });
    expect(s.scroll).toBe(3);
    s = readerReducer(s, { type: 'scroll', by: -10, max: 3 });
    expect(s.scroll).toBe(0);
    expect(readerReducer(s, { type: 'scroll', by: -1, max: 3 })).toBe(s);
    expect(readerReducer(s, { type: 'scroll-to', line: 99, max: 40 }).scroll).toBe(40);
  });

  it('searches: the first match at or below the view is shown a third of the way down', () => {
    const matches = [{ line: 2, start: 0, end: 1 }, { line: 50, start: 0, end: 1 }, { line: 80, start: 0, end: 1 }];
    let s = readerReducer({ ...READER_START, scroll: 10 }, { type: 'start-search' });
    s = readerReducer(s, { type: 'edit-search', text: 'x' });
    s = readerReducer(s, { type: 'commit-search', matches, height: 30, max: 70 });
    expect(s).toMatchObject({ searching: false, match: 1, scroll: 40 });
    s = readerReducer(s, { type: 'step-match', by: 1, matches, height: 30, max: 70 });
    expect(s).toMatchObject({ match: 2, scroll: 70 });
    s = readerReducer(s, { type: 'step-match', by: 1, matches, height: 30, max: 70 });
    expect(s).toMatchObject({ match: 0, scroll: 0 });
    expect(readerReducer(s, { type: 'step-match', by: -1, matches, height: 30, max: 70 }).match).toBe(2);
    expect(readerReducer(s, { type: 'cancel-search' })).toMatchObject({ query: '', match: -1 });
  });

  it('keeps only digits in the link prompt', () => {
    let s = readerReducer(READER_START, { type: 'start-link', digits: '' });
    s = readerReducer(s, { type: 'edit-link', text: '1a2' });
    expect(s.link).toBe('12');
    expect(readerReducer(s, { type: 'close-link' }).link).toBeNull();
  });
});

describe('search helpers', () => {
  it('finds every case-insensitive match across spans', () => {
    const lines = [line('The needle ', 'and'), line('NEEDLE needle')];
    expect(findMatches(lines, 'needle')).toEqual([
      { line: 0, start: 4, end: 10 }, { line: 1, start: 0, end: 6 }, { line: 1, start: 7, end: 13 },
    ]);
    expect(findMatches(lines, '')).toEqual([]);
  });

  it('splits spans at match edges, keeping styles and marking the current match', () => {
    const l = line('ab', 'cd', 'ef');
    const out = markMatches(l, [{ start: 1, end: 5, current: true }]);
    expect(out.map((s) => [s.text, s.mark ?? '', s.style?.bold ?? false])).toEqual([
      ['a', '', false], ['b', 'current', false], ['cd', 'current', true], ['e', 'current', false], ['f', '', false],
    ]);
    expect(out.map((s) => s.text).join('')).toBe(lineText(l));
  });
});
