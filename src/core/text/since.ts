import { UsageError } from '../errors.js';

const UNITS: Record<string, number> = { s: 1, m: 60, min: 60, h: 3600, d: 86400, w: 604800 };

/** `--since` value → the earliest instant: `90m`, `2h`, `1d`, `1w`, or an ISO 8601 date. */
export function parseSince(value: string, now: Date): Date {
  const match = /^(\d+(?:\.\d+)?)\s*(s|m|min|h|d|w)$/i.exec(value.trim());
  if (match) return new Date(now.getTime() - Number(match[1]) * UNITS[match[2].toLowerCase()] * 1000);
  const t = Date.parse(value);
  if (/^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(t)) return new Date(t);
  throw new UsageError(`--since: expected a duration like 2h or 1d, or an ISO date, got "${value}"`);
}
