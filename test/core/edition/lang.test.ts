import { describe, expect, it } from 'vitest';
import { isLanguageTag, textDirection } from '../../../src/core/edition/lang.js';
import { resolveEdition, validateEditionSpec } from '../../../src/core/edition/edition.js';
import { UsageError } from '../../../src/core/errors.js';

describe('isLanguageTag', () => {
  it.each(['en', 'ar', 'es', 'es-419', 'en-GB', 'zh-Hant-TW', 'az-Arab', 'sr-Latn-RS', 'de-CH-1996', 'ckb', 'en-x-demo'])('accepts %s', (tag) => {
    expect(isLanguageTag(tag)).toBe(true);
  });

  it.each(['', 'english', 'e', 'en_GB', 'en-', '-en', 'ar-', 'en GB', '12', 'ar-SA-'])('refuses %j', (tag) => {
    expect(isLanguageTag(tag)).toBe(false);
  });
});

describe('textDirection', () => {
  it.each([
    ['ar', 'rtl'], ['ar-EG', 'rtl'], ['fa', 'rtl'], ['he', 'rtl'], ['ur', 'rtl'], ['ps', 'rtl'], ['ckb', 'rtl'], ['yi', 'rtl'],
    ['en', 'ltr'], ['es', 'ltr'], ['es-419', 'ltr'], ['zh-Hant', 'ltr'], ['EN-gb', 'ltr'],
    ['az-Arab', 'rtl'], ['uz-Arab-AF', 'rtl'], ['pa-Arab', 'rtl'], ['ar-Latn', 'ltr'], ['he-Latn', 'ltr'],
  ])('%s runs %s', (tag, dir) => {
    expect(textDirection(tag)).toBe(dir);
  });
});

describe('an edition\'s lang', () => {
  const base = { name: 'x', title: 'X', feeds: [], sections: [] };

  it('is carried into the resolved edition with its direction', () => {
    const ar = resolveEdition(validateEditionSpec({ ...base, lang: 'ar' }, 'x.json'), 'file:///e/x.json');
    expect([ar.lang, ar.dir]).toEqual(['ar', 'rtl']);
    const es = resolveEdition(validateEditionSpec({ ...base, lang: 'es' }, 'x.json'), 'file:///e/x.json');
    expect([es.lang, es.dir]).toEqual(['es', 'ltr']);
  });

  it('defaults to English when the file names none', () => {
    const edition = resolveEdition(validateEditionSpec(base, 'x.json'), 'file:///e/x.json');
    expect([edition.lang, edition.dir]).toEqual(['en', 'ltr']);
  });

  it.each([['arabic'], [''], [7], [null], [['ar']], ['ar_EG']])('refuses %j in one line naming the file', (lang) => {
    const check = () => validateEditionSpec({ ...base, lang }, '/home/me/editions/x.json');
    expect(check).toThrow(UsageError);
    expect(check).toThrow(/^\/home\/me\/editions\/x\.json: "lang" must be a BCP 47 language tag/);
    try { check(); } catch (error) { expect((error as Error).message).not.toContain('\n'); }
  });
});
