import { describe, expect, it } from 'vitest';
import { shapeArabic } from '../../../src/core/text/arabic-shaping.js';

const codes = (s: string) => [...s].map((c) => c.codePointAt(0)!.toString(16).toUpperCase());

// Expected forms from Unicode's Arabic Presentation Forms-B chart (initial/medial/final/isolated).
describe('shapeArabic', () => {
  it.each([
    // meem initial, dal final, reh isolated, seen initial, teh marbuta final
    ['مدرسة', ['FEE3', 'FEAA', 'FEAD', 'FEB3', 'FE94']],
    // ain initial, alef final, jeem initial, lam final: "urgent", the breaking label
    ['عاجل', ['FECB', 'FE8E', 'FE9F', 'FEDE']],
    // alef isolated, lam + alef-hamza-below ligature (isolated), meem initial, alef final, reh isolated, alef isolated, teh isolated
    ['الإمارات', ['FE8D', 'FEF9', 'FEE3', 'FE8E', 'FEAD', 'FE8D', 'FE95']],
    // lam-alef alone, and joined after seen (final form)
    ['لا', ['FEFB']],
    ['سلام', ['FEB3', 'FEFC', 'FEE1']],
    // harakat are transparent: the letters around them still join
    ['مُحَمَّد', ['FEE3', '64F', 'FEA4', '64E', 'FEE4', '64E', '651', 'FEAA']],
  ])('%s', (word, expected) => expect(codes(shapeArabic(word))).toEqual(expected));

  it('leaves Latin text, digits and punctuation as they are', () => {
    expect(shapeArabic('Reuters 59,000 (x)')).toBe('Reuters 59,000 (x)');
    expect(shapeArabic('عاجل: 3 قتلى')).toMatch(/^\ufecb\ufe8e\ufe9f\ufede: 3 /);
  });
});
