/** Words a minute for alphabetic scripts, and characters a minute for CJK. */
const WORDS_PER_MINUTE = 230;
const CJK_CHARS_PER_MINUTE = 500;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’_-][\p{L}\p{N}\p{M}]+)*/gu;

/**
 * Word count and reading time of plain text. A CJK character counts as a word (those
 * scripts put no spaces between words) and is read faster than an alphabetic word.
 */
export function readingStats(text: string): { wordCount: number; readingMinutes: number } {
  let words = 0;
  let cjk = 0;
  for (const m of text.matchAll(WORD)) {
    if (m[0].length <= 2 && CJK.test(m[0])) cjk++;
    else words++;
  }
  const minutes = words / WORDS_PER_MINUTE + cjk / CJK_CHARS_PER_MINUTE;
  return { wordCount: words + cjk, readingMinutes: Math.max(1, Math.round(minutes)) };
}
