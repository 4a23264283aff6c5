/** Patterns, month names and zone names for `parseFeedDate`. */

const ZONE = String.raw`((?:GMT|UTC|UT)?\s*[+-]\d{1,2}(?::?\d{2})?|\(?[A-Za-z]{1,5}\)?)`;
const TIME = String.raw`(\d{1,2}):?(\d{2})(?::(\d{2})(?:[.,](\d+))?)?`;
const WORD = String.raw`[A-Za-z\u00c0-\u017f]+`;

/** W3CDTF / ISO 8601: `2018-01-31`, `2018-01-31T20:15Z`, `2018-01-31t20:15:15.123+01:00`. */
export const ISO_DATE = new RegExp(
  String.raw`^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[Tt ]\s*(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$`,
);

/** RFC 822 family: `[Wkd,] 31 Jan [20]18 [20:15[:15]] [zone]`; also `03 Apr 02 1500 GMT`. */
export const RFC_822 = new RegExp(
  String.raw`^(?:${WORD}\.?,?\s*)?(\d{1,2})(?:st|nd|rd|th)?[\s./-]+(${WORD})\.?,?[\s./-]+(\d{4}|\d{2})` +
    String.raw`(?:,?\s+${TIME})?\s*${ZONE}?(?:\s*\(.*\))?$`,
);

/** Month before day: `Jan 31, 2018 20:15 GMT`, asctime `Wed Jan 31 20:15:15 [UTC] 2018`. */
export const MONTH_FIRST = new RegExp(
  String.raw`^(?:${WORD}\.?,?\s+)?(${WORD})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?(?:\s+(\d{4}),?)?` +
    String.raw`(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?:\s*${ZONE})?(?:\s+(\d{4}))?(?:\s*${ZONE})?$`,
);

// English plus the Portuguese, Spanish, French, German, Italian and Dutch abbreviations
// seen in real feeds ("Seg, 24 Set 2018", "Mi, 03 Okt 2018"). Looked up on the accent-
// stripped word, then its first four letters (French juin/juil), then its first three.
const MONTHS = new Map<string, number>(Object.entries({
  jan: 1, ene: 1, gen: 1,
  feb: 2, fev: 2,
  mar: 3, mrz: 3, mae: 3, mrt: 3, maa: 3,
  apr: 4, abr: 4, avr: 4,
  may: 5, mai: 5, mag: 5, mei: 5,
  jun: 6, juin: 6, giu: 6,
  jul: 7, juil: 7, lug: 7,
  aug: 8, ago: 8, aou: 8,
  sep: 9, set: 9,
  oct: 10, okt: 10, out: 10, ott: 10,
  nov: 11,
  dec: 12, dez: 12, dic: 12,
}));

const ASCII_WORD = /^[A-Za-z]*$/;

/** Month 1–12 for an English or common European month name or abbreviation, else 0. */
export function monthNumber(word: string): number {
  // ASCII (nearly every feed) has no accents to strip: normalising cost more than the lookup.
  const w = ASCII_WORD.test(word) ? word.toLowerCase() : word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return MONTHS.get(w) ?? MONTHS.get(w.slice(0, 4)) ?? MONTHS.get(w.slice(0, 3)) ?? 0;
}

const NAMED_ZONES = new Map<string, number>(Object.entries({
  Z: 0, UT: 0, UTC: 0, GMT: 0, WET: 0, ZULU: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  AKST: -540, AKDT: -480, HST: -600, AST: -240, ADT: -180, NST: -210, NDT: -150,
  BRT: -180, BRST: -120, ART: -180,
  BST: 60, IST: 330, CET: 60, CEST: 120, MET: 60, MEST: 120, WEST: 60, EET: 120, EEST: 180,
  MSK: 180, JST: 540, KST: 540, HKT: 480, SGT: 480, AWST: 480,
  ACST: 570, ACDT: 630, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
}));

/**
 * Offset east of UTC in minutes for a zone token, or null when it is malformed. Unknown
 * names count as UTC (an hour off beats dropping the date). Military letters follow the
 * military convention (A = +1 … M = +12, N = −1 … Y = −12): RFC 822 printed the signs
 * backwards, and generators copied one or the other, so neither is reliably right.
 */
export function zoneOffsetMinutes(zone: string): number | null {
  const z = zone.replace(/[()\s]/g, '').toUpperCase();
  const numeric = /^(?:GMT|UTC|UT)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(z);
  if (numeric) {
    const hours = +numeric[2];
    const minutes = numeric[3] ? +numeric[3] : 0;
    if (hours > 23 || minutes > 59) return null;
    return (numeric[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
  }
  const named = NAMED_ZONES.get(z);
  if (named !== undefined) return named;
  if (/^[A-IK-Y]$/.test(z)) {
    const code = z.charCodeAt(0);
    if (z <= 'I') return (code - 64) * 60;
    if (z <= 'M') return (code - 65) * 60;
    return -(code - 77) * 60;
  }
  return 0;
}
