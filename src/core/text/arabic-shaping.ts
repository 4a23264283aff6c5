/**
 * Arabic shaping for terminals that draw each character alone: letters are replaced by their
 * contextual presentation forms (initial, medial, final, isolated; Unicode's Arabic
 * Presentation Forms-B) and lam + alef by its ligature, so words read joined. Only for text
 * tidings itself puts in visual order: a terminal that does bidi also shapes.
 */
import reshaper from 'arabic-persian-reshaper';

const ARABIC_LETTER = /[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff]/;

/** `text` with Arabic letters in their joined forms; other text unchanged. */
export function shapeArabic(text: string): string {
  return ARABIC_LETTER.test(text) ? reshaper.ArabicShaper.convertArabic(text) : text;
}
