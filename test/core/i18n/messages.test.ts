import { describe, expect, it } from 'vitest';
import { CATALOGUES, catalogueLanguage, createMessages, type MessageKey } from '../../../src/core/i18n/messages.js';
import { MESSAGES_EN } from '../../../src/core/i18n/messages-en.js';

const NOW = new Date('2026-11-25T10:00:00Z');
const before = (ms: number) => new Date(NOW.getTime() - ms).toISOString();
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const keys = Object.keys(MESSAGES_EN) as MessageKey[];
const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const forms = (message: unknown): string[] => (typeof message === 'string' ? [message] : Object.values(message as Record<string, string>));

describe('the catalogues', () => {
  it.each(['ar', 'es'] as const)('%s has every English key, and no other', (lang) => {
    expect(Object.keys(CATALOGUES[lang]).sort()).toEqual([...keys].sort());
  });

  it.each(['ar', 'es'] as const)('%s fills the same parameters as English in every form', (lang) => {
    for (const key of keys) {
      // A plural form may spell its count out ("عنوانان": two) instead of showing {n}.
      const english = new Set(forms(MESSAGES_EN[key]).flatMap(params).filter((p) => p !== 'n'));
      for (const form of forms(CATALOGUES[lang][key])) {
        expect(params(form).filter((p) => p !== 'n'), `${lang} ${key}`).toEqual([...english].sort());
      }
    }
  });

  it.each(['ar', 'es'] as const)('%s translates every message (none left equal to the English)', (lang) => {
    // Messages that are only keys, signs and parameters may stay as they are.
    const same = keys.filter((k) => JSON.stringify(CATALOGUES[lang][k]) === JSON.stringify(MESSAGES_EN[k]) && /[a-z]{3}/i.test(forms(MESSAGES_EN[k]).join(' ').replace(/\{\w+\}/g, '')));
    expect(same).toEqual([]);
  });

  it('takes the language from a BCP 47 tag and falls back to English', () => {
    expect(catalogueLanguage('ar')).toBe('ar');
    expect(catalogueLanguage('ar-EG')).toBe('ar');
    expect(catalogueLanguage('es-419')).toBe('es');
    expect(catalogueLanguage('ES')).toBe('es');
    expect(catalogueLanguage('fr')).toBe('en');
    expect(catalogueLanguage('')).toBe('en');
    expect(catalogueLanguage(undefined)).toBe('en');
    expect(createMessages('de').t('ticker.label')).toBe('BREAKING');
  });
});

describe('messages in each language', () => {
  const en = createMessages('en');
  const es = createMessages('es');
  const ar = createMessages('ar');

  it('names the breaking ticker and the direction of the words', () => {
    expect([en.t('ticker.label'), es.t('ticker.label'), ar.t('ticker.label')]).toEqual(['BREAKING', 'Última hora', 'عاجل']);
    expect([en.dir, es.dir, ar.dir]).toEqual(['ltr', 'ltr', 'rtl']);
  });

  it('fills parameters and leaves unknown ones visible', () => {
    expect(en.t('home.noFilterMatch', { filter: 'rail' })).toBe('No headlines match “rail”');
    expect(es.t('home.noFilterMatch', { filter: 'tren' })).toBe('Ningún titular coincide con «tren»');
    expect(en.t('home.noFilterMatch')).toBe('No headlines match “{filter}”');
  });

  it('picks plural forms by the language\'s rules', () => {
    expect([1, 2, 7].map((n) => en.t('news.newHeadlines', { n }))).toEqual(['1 new headline', '2 new headlines', '7 new headlines']);
    expect([1, 7].map((n) => es.t('news.newHeadlines', { n }))).toEqual(['1 titular nuevo', '7 titulares nuevos']);
    expect([1, 2, 7, 11, 100].map((n) => ar.t('news.newHeadlines', { n })))
      .toEqual(['عنوان جديد واحد', 'عنوانان جديدان', '7 عناوين جديدة', '11 عنوانًا جديدًا', '100 عنوان جديد']);
  });

  it('says the reading time', () => {
    expect(en.t('article.readingTime', { n: 5 })).toBe('5 min read');
    expect(es.t('article.readingTime', { n: 5 })).toBe('5 min de lectura');
    expect(ar.t('article.readingTime', { n: 5 })).toBe('5 دقائق قراءة');
    expect(ar.t('article.readingTime', { n: 1 })).toBe('دقيقة قراءة واحدة');
  });

  it('gives compact ages for list columns, in Western digits', () => {
    const ages = (m: typeof en) => [before(10_000), before(5 * MIN), before(2 * HOUR), before(3 * DAY), before(21 * DAY), before(800 * DAY)].map((iso) => m.age(iso, NOW));
    expect(ages(en)).toEqual(['now', '5m', '2h', '3d', '3w', '2y']);
    expect(ages(es)).toEqual(['ya', '5min', '2h', '3d', '3sem', '2a']);
    expect(ages(ar).slice(0, 2)).toEqual(['الآن', '5 د']);
    expect(ages(ar).every((a) => /^(الآن|\d+ \p{Script=Arabic}+)$/u.test(a))).toBe(true);
    expect(en.age(null, NOW)).toBe('');
    expect(en.age('not a date', NOW)).toBe('');
  });

  it('writes compact ages as Intl writes CLDR\'s narrow units (the catalogue holds them, for start-up)', () => {
    // Each unit with counts up to the largest it shows before the next unit takes over.
    const units = [['minute', MIN, [1, 2, 5, 11, 59]], ['hour', HOUR, [1, 2, 5, 11, 23]], ['day', DAY, [1, 2, 5, 6]], ['week', 7 * DAY, [1, 2, 5, 11, 52]], ['year', 366 * DAY, [1, 2, 3]]] as const;
    for (const m of [en, es, ar]) {
      for (const [unit, ms, counts] of units) {
        const intl = new Intl.NumberFormat(m.lang, { style: 'unit', unit, unitDisplay: 'narrow', numberingSystem: 'latn', useGrouping: false });
        for (const n of counts) expect(m.age(before(n * ms + 1000), NOW), `${m.lang} ${n} ${unit}`).toBe(intl.format(n));
      }
    }
  });

  it('fits the widest compact age in its width', () => {
    expect(en.ageWidth).toBe(3);
    for (const m of [en, es, ar]) {
      for (const ms of [59 * MIN, 23 * HOUR, 6 * DAY, 52 * 7 * DAY]) expect(m.age(before(ms), NOW).length).toBeLessThanOrEqual(m.ageWidth);
    }
  });

  it('says how long ago through Intl.RelativeTimeFormat', () => {
    expect(en.ago(before(3 * DAY), NOW)).toBe('3d ago');
    expect(es.ago(before(3 * DAY), NOW)).toBe('hace 3 d');
    expect(ar.ago(before(3 * DAY), NOW)).toBe('قبل 3 أيام');
    expect(ar.ago(before(2 * HOUR), NOW)).toBe('قبل ساعتين');
    expect([en, es, ar].map((m) => m.ago(before(5_000), NOW))).toEqual(['just now', 'ahora mismo', 'الآن']);
    expect(es.ago(undefined, NOW)).toBe('');
  });

  it('writes dates with the language\'s month names, day first, 24-hour, UTC', () => {
    const iso = '2024-11-23T19:19:00Z';
    expect(en.dateTime(iso)).toBe('23 Nov 2024 19:19');
    expect(es.dateTime(iso)).toBe('23 nov 2024 19:19');
    expect(ar.dateTime(iso)).toBe('23 نوفمبر 2024 19:19');
    expect(en.dateTime(iso, 60)).toBe('23 Nov 2024 20:19');
    expect(en.dateTime('2024-01-05T00:05:00Z')).toBe('5 Jan 2024 00:05');
    expect(ar.dateTime(null)).toBe('');
  });
});
