import { describe, expect, it } from 'vitest';
import { compareNewestFirst, parseFeedDate } from '../../../src/core/feed/dates.js';

describe('parseFeedDate', () => {
  it.each([
    // RFC 822 / 1123 and its zones
    ['Wed, 31 Jan 2018 20:15:15 GMT', '2018-01-31T20:15:15.000Z'],
    ['Wed, 31 Jan 2018 20:15:15 UT', '2018-01-31T20:15:15.000Z'],
    ['Wed, 31 Jan 2018 20:15:15 UTC', '2018-01-31T20:15:15.000Z'],
    ['Wed, 31 Jan 2018 20:15:15 Z', '2018-01-31T20:15:15.000Z'],
    ['Wed, 31 Jan 2018 20:15:15 +0200', '2018-01-31T18:15:15.000Z'],
    ['Wed, 31 Jan 2018 20:15:15 +02:00', '2018-01-31T18:15:15.000Z'],
    ['Wed, 31 Jan 2018 20:15:15 -0330', '2018-01-31T23:45:15.000Z'],
    ['Wed, 31 Jan 2018 20:15:15 EST', '2018-02-01T01:15:15.000Z'],
    ['Wed, 31 Jan 2018 20:15:15 EDT', '2018-02-01T00:15:15.000Z'],
    ['Wed, 31 Jan 2018 20:15:15 CST', '2018-02-01T02:15:15.000Z'],
    ['Wed, 31 Jan 2018 20:15:15 CDT', '2018-02-01T01:15:15.000Z'],
    ['Wed, 31 Jan 2018 20:15:15 MST', '2018-02-01T03:15:15.000Z'],
    ['Wed, 31 Jan 2018 20:15:15 MDT', '2018-02-01T02:15:15.000Z'],
    ['Wed, 31 Jan 2018 20:15:15 PST', '2018-02-01T04:15:15.000Z'],
    ['Wed, 31 Jan 2018 20:15:15 PDT', '2018-02-01T03:15:15.000Z'],
    ['Wed, 31 Jan 2018 20:15:15 GMT+0100', '2018-01-31T19:15:15.000Z'],
    ['Wed, 31 Jan 2018 20:15:15 +0000 (UTC)', '2018-01-31T20:15:15.000Z'],
    ['Wed, 31 Jan 2018 20:15:15 CEST', '2018-01-31T18:15:15.000Z'],
    // military letters (military convention: A = +1, N = -1, Z = 0)
    ['Wed, 31 Jan 2018 20:15:15 A', '2018-01-31T19:15:15.000Z'],
    ['Wed, 31 Jan 2018 20:15:15 M', '2018-01-31T08:15:15.000Z'],
    ['Wed, 31 Jan 2018 20:15:15 N', '2018-01-31T21:15:15.000Z'],
    ['Wed, 31 Jan 2018 20:15:15 Y', '2018-02-01T08:15:15.000Z'],
    // missing pieces and sloppiness
    ['Wed, 31 Jan 2018 20:15:15', '2018-01-31T20:15:15.000Z'],
    ['31 Jan 2018 20:15:15 GMT', '2018-01-31T20:15:15.000Z'],
    ['Mon, 31 Jan 2018 20:15:15 GMT', '2018-01-31T20:15:15.000Z'], // wrong weekday
    ['Wed, 31 Jan 2018 20:15 GMT', '2018-01-31T20:15:00.000Z'],
    ['Wed, 31 Jan 2018', '2018-01-31T00:00:00.000Z'],
    ['Wed, 31 Jan 18 20:15:15 GMT', '2018-01-31T20:15:15.000Z'],
    ['Sun, 31 Dec 99 23:59:59 GMT', '1999-12-31T23:59:59.000Z'],
    ['03 Apr 02 1500 GMT', '2002-04-03T15:00:00.000Z'], // heraldsun.rss: no colon
    ['Wed,31 Jan 2018 20:15:15 GMT', '2018-01-31T20:15:15.000Z'],
    ['Wed, 1 January 2018 08:05:09 GMT', '2018-01-01T08:05:09.000Z'],
    ['wed, 31 jan 2018 20:15:15 gmt', '2018-01-31T20:15:15.000Z'],
    ['Wed, 31 Jan 2018 24:00:00 GMT', '2018-02-01T00:00:00.000Z'],
    ['Sat, 31 Dec 2016 23:59:60 GMT', '2016-12-31T23:59:59.000Z'], // leap second
    ['  Wed, 31 Jan 2018 20:15:15 GMT \n', '2018-01-31T20:15:15.000Z'],
    // localized month names
    ['Seg, 24 Set 2018 19:42:40 -0300', '2018-09-24T22:42:40.000Z'],
    ['Qui, 05 Fev 2015 10:00:00 -0200', '2015-02-05T12:00:00.000Z'],
    ['Sáb, 01 Mai 2021 10:00:00 +0000', '2021-05-01T10:00:00.000Z'],
    ['Ter, 15 Out 2019 10:00:00 GMT', '2019-10-15T10:00:00.000Z'],
    ['Mi, 03 Okt 2018 10:00:00 +0200', '2018-10-03T08:00:00.000Z'],
    ['Fr, 24 Dez 2021 12:00:00 +0100', '2021-12-24T11:00:00.000Z'],
    ['Do, 04 Mär 2021 12:00:00 +0100', '2021-03-04T11:00:00.000Z'],
    ['1 juil. 2019 10:00 +02:00', '2019-07-01T08:00:00.000Z'],
    ['12 juin 2019 10:00 +02:00', '2019-06-12T08:00:00.000Z'],
    ['3 août 2019 10:00 GMT', '2019-08-03T10:00:00.000Z'],
    ['Lun, 07 Ene 2019 10:00:00 GMT', '2019-01-07T10:00:00.000Z'],
    ['Gio, 09 Mag 2019 10:00:00 GMT', '2019-05-09T10:00:00.000Z'],
    // month first
    ['Jan 31, 2018 20:15 GMT', '2018-01-31T20:15:00.000Z'],
    ['January 31, 2018', '2018-01-31T00:00:00.000Z'],
    ['Wed Jan 31 20:15:15 2018', '2018-01-31T20:15:15.000Z'],
    ['Wed Jan 31 20:15:15 UTC 2018', '2018-01-31T20:15:15.000Z'],
    // ISO 8601 / W3CDTF
    ['2018-01-31T20:15:15Z', '2018-01-31T20:15:15.000Z'],
    ['2018-01-31T20:15:15+01:00', '2018-01-31T19:15:15.000Z'],
    ['2018-01-31T20:15:15-0700', '2018-02-01T03:15:15.000Z'],
    ['2018-01-31T20:15:15.123456Z', '2018-01-31T20:15:15.123Z'],
    ['2016-06-27T07:36:54.007-07:00', '2016-06-27T14:36:54.007Z'],
    ['2018-01-31T20:15Z', '2018-01-31T20:15:00.000Z'],
    ['2018-01-31t20:15:15z', '2018-01-31T20:15:15.000Z'],
    ['2018-01-31 20:15:15', '2018-01-31T20:15:15.000Z'],
    ['2018-01-31T20:15:15', '2018-01-31T20:15:15.000Z'],
    ['2018-01-31', '2018-01-31T00:00:00.000Z'],
    ['2018-01', '2018-01-01T00:00:00.000Z'],
    ['2018', '2018-01-01T00:00:00.000Z'],
    ['2000-02-29T12:00:00Z', '2000-02-29T12:00:00.000Z'],
    ['1970-01-01T00:00:00+01:00', '1969-12-31T23:00:00.000Z'],
  ])('%j → %s', (input, expected) => {
    expect(parseFeedDate(input)).toBe(expected);
  });

  it.each([
    [null],
    [undefined],
    [''],
    ['   '],
    ['sometime last week'],
    ['31 Foo 2018 10:00:00 GMT'],
    ['Fri, 31 Feb 2023 12:00:00 GMT'],
    ['2019-02-29'],
    ['1900-02-29T00:00:00Z'],
    ['2018-13-01'],
    ['2018-01-32'],
    ['2018-01-31T25:00:00Z'],
    ['2018-01-31T20:61:00Z'],
    ['Wed, 31 Jan 2018 24:30:00 GMT'],
    ['Wed, 31 Jan 2018 20:15:15 +2500'],
    ['0999-01-01'],
    ['12345-01-01'],
    ['1517429715'],
    ['2018-01-31T20:15:15Z trailing junk'],
  ])('%j → null', (input) => {
    expect(parseFeedDate(input)).toBeNull();
  });

  it('matches Date for a sweep of instants (calendar arithmetic check)', () => {
    for (let ms = Date.UTC(1969, 11, 25); ms < Date.UTC(2101, 0, 1); ms += 86_400_000 * 37 + 3_723_001) {
      const iso = new Date(ms).toISOString();
      expect(parseFeedDate(iso)).toBe(iso);
      expect(parseFeedDate(new Date(ms - (ms % 1000)).toUTCString())).toBe(new Date(ms - (ms % 1000)).toISOString());
    }
  });
});

describe('compareNewestFirst', () => {
  const item = (name: string, published: string | null, updated: string | null = null) => ({ name, published, updated });

  it('orders newest first, falls back to updated, puts undated last and keeps ties stable', () => {
    const items = [
      item('undated-1', null),
      item('old', '2020-01-01T00:00:00.000Z'),
      item('new', '2024-01-01T00:00:00.000Z'),
      item('updated-only', null, '2022-06-01T00:00:00.000Z'),
      item('tie-a', '2021-01-01T00:00:00.000Z'),
      item('undated-2', null),
      item('tie-b', '2021-01-01T00:00:00.000Z', '2024-12-01T00:00:00.000Z'),
    ];
    expect([...items].sort(compareNewestFirst).map((i) => i.name)).toEqual(['new', 'updated-only', 'tie-a', 'tie-b', 'old', 'undated-1', 'undated-2']);
  });

  it('is a consistent comparator', () => {
    const a = item('a', '2021-01-01T00:00:00.000Z');
    const b = item('b', null);
    expect(compareNewestFirst(a, b)).toBeLessThan(0);
    expect(compareNewestFirst(b, a)).toBeGreaterThan(0);
    expect(compareNewestFirst(b, b)).toBe(0);
    expect(compareNewestFirst(a, a)).toBe(0);
  });
});
