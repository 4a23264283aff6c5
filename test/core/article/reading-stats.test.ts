import { describe, expect, it } from 'vitest';
import { readingStats } from '../../../src/core/article/reading-stats.js';

describe('readingStats', () => {
  it('counts words and rounds reading time, at least a minute', () => {
    expect(readingStats('one two three')).toEqual({ wordCount: 3, readingMinutes: 1 });
    expect(readingStats('word '.repeat(690)).readingMinutes).toBe(3);
  });

  it("keeps contractions and hyphenated words whole", () => {
    expect(readingStats("it's a well-known state-of-the-art idea").wordCount).toBe(5);
  });

  it('counts each CJK character, read faster than words', () => {
    const text = '港'.repeat(1000);
    expect(readingStats(text)).toEqual({ wordCount: 1000, readingMinutes: 2 });
  });
});
