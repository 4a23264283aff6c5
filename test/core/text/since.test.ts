import { describe, expect, it } from 'vitest';
import { parseSince } from '../../../src/core/text/since.js';

// Days are the user's own (local midnight), so expectations are built in local time too.
const now = new Date(2026, 11, 4, 15, 30);

describe('parseSince', () => {
  it.each([
    ['90m', new Date(2026, 11, 4, 14, 0)],
    ['1w', new Date(2026, 10, 27, 15, 30)],
    ['today', new Date(2026, 11, 4)],
    ['yesterday', new Date(2026, 11, 3)],
    ['Yesterday', new Date(2026, 11, 3)],
    ['2026-12-01', new Date(2026, 11, 1)],
    ['1 Dec', new Date(2026, 11, 1)],
    ['1 December 2025', new Date(2025, 11, 1)],
    ['Dec 1', new Date(2026, 11, 1)],
    ['Nov 30, 2026', new Date(2026, 10, 30)],
    // A day of the year still to come means last year's.
    ['24 Dec', new Date(2025, 11, 24)],
    ['09:30', new Date(2026, 11, 4, 9, 30)],
    // A time later than now means yesterday's.
    ['18:00', new Date(2026, 11, 3, 18, 0)],
  ])('%s', (value, expected) => expect(parseSince(value, now)).toEqual(expected));

  it('takes an ISO date and time as given', () => {
    expect(parseSince('2026-12-01T08:00:00Z', now).toISOString()).toBe('2026-12-01T08:00:00.000Z');
  });

  it.each(['soon', '31 Feb', '2026-13-01', '25:00', 'Foo 3'])('refuses %s with a usage error naming the forms', (value) => {
    expect(() => parseSince(value, now)).toThrow(/--since: expected a duration like 2h or 1d, a date like 2026-12-01/);
  });
});
