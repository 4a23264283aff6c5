/**
 * The app's own words in a language: a catalogue per language (en, ar, es), with the
 * compact ages of list columns, and dates, relative times and plurals through Intl in that
 * language. Pure: the language and the time come in as arguments.
 */
import { textDirection, type TextDirection } from '../edition/lang.js';
import { displayWidth } from '../text/width.js';
import { MESSAGES_AR } from './messages-ar.js';
import { MESSAGES_EN } from './messages-en.js';
import { MESSAGES_ES } from './messages-es.js';

/** A key of the catalogues. */
export type MessageKey = keyof typeof MESSAGES_EN;

/** A message whose form depends on a count `{n}`, by Intl.PluralRules category. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * A whole catalogue: every key of the English one, each a plain string where English has
 * one and plural forms where English has them. A key missing in ar or es fails the typecheck.
 */
export type Catalogue = { readonly [K in MessageKey]: (typeof MESSAGES_EN)[K] extends string ? string : PluralMessage };

/** Languages with a catalogue. */
export type CatalogueLanguage = 'en' | 'ar' | 'es';

/** The catalogues by language. */
export const CATALOGUES: Readonly<Record<CatalogueLanguage, Catalogue>> = { en: MESSAGES_EN, ar: MESSAGES_AR, es: MESSAGES_ES };

/** Values for a message's `{name}` parameters; `n` also picks the plural form. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** The app's words and formats in one language. */
export interface Messages {
  /** The catalogue's language. */
  lang: CatalogueLanguage;
  /** Which way the app's own words read. */
  dir: TextDirection;
  /** The message with its parameters filled in. */
  t(key: MessageKey, params?: MessageParams): string;
  /** Compact age for list columns: `now`, `5m`, `2h`, `3d` (`5min`, `5 د`…); '' when unknown. */
  age(iso: string | null | undefined, now: Date): string;
  /** Cells the widest {@link age} can take (the list's age column). */
  ageWidth: number;
  /** How long ago, in words: `3d ago`, `hace 3 d`, `قبل 3 أيام`; `just now` under a minute; '' when unknown. */
  ago(iso: string | null | undefined, now: Date): string;
  /** Date and time for bylines: `23 Nov 2024 19:19`, `23 nov 2024 19:19` (UTC, or `offsetMinutes` east of it). */
  dateTime(iso: string | null | undefined, offsetMinutes?: number): string;
}

/** The catalogue language for a BCP 47 tag: its primary language when there is a catalogue, else English. */
export function catalogueLanguage(tag: string | null | undefined): CatalogueLanguage {
  const primary = (tag ?? '').toLowerCase().split('-')[0];
  return primary === 'ar' || primary === 'es' ? primary : 'en';
}

type Unit = 'minute' | 'hour' | 'day' | 'week' | 'year';
const UNITS: [number, Unit][] = [[60, 'minute'], [3600, 'hour'], [86400, 'day'], [604800, 'week'], [31557600, 'year']];
// The largest count each unit shows before the next takes over (years: a few at most), for widths.
const WIDEST: [number, Unit][] = [[59, 'minute'], [23, 'hour'], [6, 'day'], [52, 'week'], [9, 'year']];

/** Time between `iso` and `now` as a count of its largest whole unit; 'now' under a minute; null when unknown. */
export function elapsed(iso: string | null | undefined, now: Date): { count: number; unit: Unit } | 'now' | null {
  if (!iso) return null;
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return null;
  const seconds = Math.max(0, (now.getTime() - then) / 1000);
  if (seconds < 60) return 'now';
  let [size, unit] = UNITS[0];
  for (const step of UNITS) if (seconds >= step[0]) [size, unit] = step;
  return { count: Math.floor(seconds / size), unit };
}

function fill(template: string, params: MessageParams | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The app's words for language `tag` (en, ar, es; any other falls back to English). */
export function createMessages(tag: string | null | undefined): Messages {
  const lang = catalogueLanguage(tag);
  const catalogue = CATALOGUES[lang];
  const plural = new Intl.PluralRules(lang);
  // Western digits in every language: the rest of the screen (counts, positions) uses them.
  // Made on first use: most commands and the app's first frame need neither.
  let relative: Intl.RelativeTimeFormat | undefined;
  let date: Intl.DateTimeFormat | undefined;

  const t = (key: MessageKey, params?: MessageParams): string => {
    const message: string | PluralMessage = catalogue[key];
    if (typeof message === 'string') return fill(message, params);
    const n = Number(params?.n ?? 0);
    return fill(message[plural.select(n)] ?? message.other, params);
  };
  // From the catalogue, not Intl.NumberFormat's unit style: its first use loads ICU's unit
  // data, ~20 ms before the app's first frame, for the same short strings.
  const compact = (count: number, unit: Unit) => t(`age.${unit}`, { n: count });
  const age = (iso: string | null | undefined, now: Date): string => {
    const e = elapsed(iso, now);
    return e === null ? '' : e === 'now' ? t('time.now') : compact(e.count, e.unit);
  };
  const ago = (iso: string | null | undefined, now: Date): string => {
    const e = elapsed(iso, now);
    if (e === null) return '';
    if (e === 'now') return t('time.justNow');
    relative ??= new Intl.RelativeTimeFormat(lang, { style: 'narrow', numeric: 'always', numberingSystem: 'latn' } as Intl.RelativeTimeFormatOptions);
    return relative.format(-e.count, e.unit);
  };
  const dateTime = (iso: string | null | undefined, offsetMinutes = 0): string => {
    const ms = iso ? Date.parse(iso) : NaN;
    if (Number.isNaN(ms)) return '';
    date ??= new Intl.DateTimeFormat(lang, {
      day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC', numberingSystem: 'latn',
    });
    const parts = Object.fromEntries(date.formatToParts(new Date(ms + offsetMinutes * 60_000)).map((p) => [p.type, p.value]));
    // Day month year hour:minute in every language, without the locale's commas.
    return `${parts.day} ${parts.month} ${parts.year} ${parts.hour}:${parts.minute}`;
  };
  const ageWidth = Math.max(displayWidth(t('time.now')), ...WIDEST.map(([count, unit]) => displayWidth(compact(count, unit))));
  return { lang, dir: textDirection(lang), t, age, ageWidth, ago, dateTime };
}

/** English: the fallback, and the words of plain and Markdown output. */
export const ENGLISH: Messages = createMessages('en');
