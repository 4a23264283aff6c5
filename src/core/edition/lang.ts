/** Which way an edition's text runs. */
export type TextDirection = 'ltr' | 'rtl';

// language[-script][-region][-variant…][-extension…][-x-private], as in RFC 5646 (no grandfathered tags).
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z]{3}){0,3}(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*(?:-[a-wyz\d](?:-[a-z\d]{2,8})+)*(?:-x(?:-[a-z\d]{1,8})+)?$/i;

// Scripts written right to left (ISO 15924) and languages whose default script is.
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'syrc', 'thaa', 'nkoo', 'adlm', 'rohg', 'samr', 'mand', 'mend']);
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ji', 'ks', 'prs', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/** True when `tag` is a well-formed BCP 47 language tag such as "en", "ar", "es-419", "zh-Hant-TW". */
export function isLanguageTag(tag: string): boolean {
  return LANGUAGE_TAG.test(tag);
}

/** The direction of text in language `tag`: a script subtag decides ("az-Arab" → rtl), else the language. */
export function textDirection(tag: string): TextDirection {
  const parts = tag.toLowerCase().split('-');
  const script = parts.slice(1).find((p) => p.length === 4 && /^[a-z]+$/.test(p));
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(parts[0] ?? '') ? 'rtl' : 'ltr';
}
