import { UsageError } from '../errors.js';

const UNITS: Record<string, number> = { s: 1, m: 60, min: 60, h: 3600, d: 86400, w: 604800 };
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const startOfDay = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate());

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

/** A calendar day (local midnight); without a year, the latest such day not after `now`. */
function day(year: number | undefined, month: number, date: number, now: Date): Date | undefined {
  if (month < 0 || date < 1 || date > 31) return undefined;
  let at = new Date(year ?? now.getFullYear(), month, date);
  if (at.getMonth() !== month) return undefined; // 31 Feb
  if (year === undefined && at > now) at = new Date(now.getFullYear() - 1, month, date);
  return at;
}

/** `today`, `yesterday`, `2026-12-01`, `1 Dec`, `Dec 1 2026`, `09:30` (today): local time. */
function calendarDate(value: string, now: Date): Date | undefined {
  const text = value.trim().toLowerCase();
  if (text === 'today') return startOfDay(now);
  if (text === 'yesterday') return new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1);
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) return day(Number(m[1]), Number(m[2]) - 1, Number(m[3]), now);
  m = /^(\d{1,2})\s+([a-z]+)\.?,?(?:\s+(\d{4}))?$/.exec(text);
  if (m) return day(m[3] ? Number(m[3]) : undefined, monthIndex(m[2]), Number(m[1]), now);
  m = /^([a-z]+)\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?$/.exec(text);
  if (m) return day(m[3] ? Number(m[3]) : undefined, monthIndex(m[1]), Number(m[2]), now);
  m = /^(\d{1,2}):(\d{2})$/.exec(text);
  if (m && Number(m[1]) < 24 && Number(m[2]) < 60) {
    const at = new Date(now.getFullYear(), now.getMonth(), now.getDate(), Number(m[1]), Number(m[2]));
    return at > now ? new Date(at.getTime() - 86_400_000) : at;
  }
  return undefined;
}

/**
 * `--since` value → the earliest instant: a duration back from `now` (`90m`, `2h`, `1d`,
 * `1w`), a day in local time (`today`, `yesterday`, `2026-12-01`, `1 Dec`, `Dec 1 2026`), a
 * time today (`09:30`), or an ISO 8601 date and time.
 */
export function parseSince(value: string, now: Date): Date {
  const match = /^(\d+(?:\.\d+)?)\s*(s|m|min|h|d|w)$/i.exec(value.trim());
  if (match) return new Date(now.getTime() - Number(match[1]) * UNITS[match[2].toLowerCase()] * 1000);
  const calendar = calendarDate(value, now);
  if (calendar) return calendar;
  const t = Date.parse(value);
  if (/^\d{4}-\d{2}-\d{2}[T ]\d/.test(value.trim()) && !Number.isNaN(t)) return new Date(t);
  throw new UsageError(`--since: expected a duration like 2h or 1d, a date like 2026-12-01, 1 Dec or yesterday, or a time like 09:30, got "${value}"`);
}
