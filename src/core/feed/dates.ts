/**
 * Dates as feeds write them: RFC 822/1123 (with every zone spelling, 2-digit years,
 * localized month names), W3CDTF/ISO 8601 and a few stray forms, normalised to
 * `YYYY-MM-DDTHH:MM:SS.sssZ`. Pure calendar arithmetic: no Date, no clock.
 */
import { ISO_DATE, MONTH_FIRST, RFC_822, monthNumber, zoneOffsetMinutes } from './date-tables.js';

/** Parses a feed date to an ISO 8601 UTC string, or null when it cannot be read. */
export function parseFeedDate(input: string | null | undefined): string | null {
  if (!input) return null;
  const s = input.trim();
  if (!s) return null;

  let m = ISO_DATE.exec(s);
  if (m) {
    return build(+m[1], m[2] ? +m[2] : 1, m[3] ? +m[3] : 1, m[4], m[5], m[6], m[7], m[8] ?? 'Z');
  }
  m = RFC_822.exec(s);
  if (m) {
    const month = monthNumber(m[2]);
    if (!month) return null;
    return build(fullYear(m[3]), month, +m[1], m[4], m[5], m[6], m[7], m[8] ?? 'Z');
  }
  m = MONTH_FIRST.exec(s);
  if (m) {
    // "Jan 31, 2018 20:15 GMT" or asctime "Jan 31 20:15:15 2018": the year sits on either side.
    const month = monthNumber(m[1]);
    const year = m[3] ?? m[8];
    if (!month || !year) return null;
    return build(fullYear(year), month, +m[2], m[4], m[5], m[6], undefined, m[7] ?? m[9] ?? 'Z');
  }
  return null;
}

/** Sort comparator: newest first by published ?? updated; undated last; ties stay put. */
export function compareNewestFirst(
  a: { published: string | null; updated: string | null },
  b: { published: string | null; updated: string | null },
): number {
  const da = a.published ?? a.updated;
  const db = b.published ?? b.updated;
  if (da === db) return 0;
  if (da === null) return 1;
  if (db === null) return -1;
  // Canonical ISO strings (what parseFeedDate emits) order lexicographically.
  return da < db ? 1 : -1;
}

function fullYear(y: string): number {
  const n = +y;
  if (y.length > 2) return n;
  return n < 50 ? 2000 + n : 1900 + n; // RFC 2822 §4.3
}

function build(
  year: number,
  month: number,
  day: number,
  hh: string | undefined,
  mm: string | undefined,
  ss: string | undefined,
  fraction: string | undefined,
  zone: string,
): string | null {
  const hour = hh ? +hh : 0;
  const minute = mm ? +mm : 0;
  const second = Math.min(ss ? +ss : 0, 59); // leap second 60 → 59
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month) || hour > 24 || minute > 59) return null;
  if (hour === 24 && (minute > 0 || second > 0)) return null;
  const offset = zoneOffsetMinutes(zone);
  if (offset === null) return null;
  const millis = fraction ? Math.floor(+`0.${fraction}` * 1000) : 0;
  const total =
    daysFromCivil(year, month, day) * 86_400_000 +
    ((hour * 60 + minute - offset) * 60 + second) * 1000 +
    millis;
  return formatIso(total);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// Howard Hinnant's days_from_civil / civil_from_days: proleptic Gregorian, day 0 = 1970-01-01.
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function formatIso(ms: number): string {
  const days = Math.floor(ms / 86_400_000);
  let rest = ms - days * 86_400_000;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  const milli = rest - second * 1000;
  // Joined, not a template: V8 keeps a concatenation as a tree of its parts (~330 bytes a
  // date, where the flat string is 48), and every item holds one or two of them.
  return [pad(y, 4), '-', pad(m, 2), '-', pad(d, 2), 'T', pad(hour, 2), ':', pad(minute, 2), ':', pad(second, 2), '.', pad(milli, 3), 'Z'].join('');
}

// Two-digit fields (month, day, hour, minute, second) from a table: two lookups a field
// instead of a number-to-string conversion and a pad, for every date of every item.
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));

function pad(n: number, width: number): string {
  return width === 2 && n < 100 ? TWO_DIGITS[n] : String(n).padStart(width, '0');
}
