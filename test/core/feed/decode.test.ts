import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeFeedBytes } from '../../../src/core/feed/decode.js';
import { fixtureDir, readBytes } from './feed-fixtures.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));
const fixture = (name: string) => readBytes(path.join(fixtureDir, name));

describe('decodeFeedBytes', () => {
  it('defaults to UTF-8', () => {
    expect(decodeFeedBytes(new TextEncoder().encode('<rss>café – ✓</rss>'))).toBe('<rss>café – ✓</rss>');
  });

  it('strips a UTF-8 BOM and lets it win over a wrong header', () => {
    const input = bytes([0xef, 0xbb, 0xbf], '<a>', [0xc3, 0xa9], '</a>');
    expect(decodeFeedBytes(input, 'text/xml; charset=iso-8859-1')).toBe('<a>é</a>');
  });

  it.each(['utf16le-bom.xml', 'utf16be-bom.xml'])('decodes UTF-16 with a BOM (%s)', (name) => {
    const text = decodeFeedBytes(fixture(name));
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-16"?>')).toBe(true);
    expect(text).toContain('UTF-16 über 日本語');
    expect(text).toContain('Emoji 😀 and 中文');
  });

  it('reads UTF-16 without a BOM from the zero bytes', () => {
    const le = iconv.encode('<?xml version="1.0" encoding="utf-16"?><rss>ü</rss>', 'utf-16le');
    expect(decodeFeedBytes(new Uint8Array(le))).toBe('<?xml version="1.0" encoding="utf-16"?><rss>ü</rss>');
  });

  it('reads "iso-8859-1" as windows-1252: smart quotes, euro and dashes from 0x80–0x9F', () => {
    const text = decodeFeedBytes(fixture('windows-1252.rss'));
    expect(text).toContain('<title>Café “Quotes”</title>');
    expect(text).toContain('“Smart quotes” cost €5 — naïve résumé');
    expect(text).toContain('Prices in € – ‘single’ … ŠšŽžŒœŸ');
    expect(text).toContain('It’s ™ and † ‡ ‰ ƒ');
    expect(text).not.toMatch(/[\u0080-\u009f]/);
  });

  it('reads ISO-8859-15 (€ at 0xA4) and ISO-8859-2', () => {
    expect(decodeFeedBytes(fixture('iso-8859-15.rss'))).toContain('Prix : 10 €, cœur');
    expect(decodeFeedBytes(fixture('iso-8859-2.rss'))).toContain('Łódź: żółw śpi - český');
  });

  it('prefers the HTTP charset over the XML declaration', () => {
    const input = bytes('<?xml version="1.0" encoding="utf-8"?><t>', [0x93, 0x80, 0x94], '</t>');
    expect(decodeFeedBytes(input, 'application/rss+xml; charset="windows-1252"')).toBe('<?xml version="1.0" encoding="utf-8"?><t>“€”</t>');
  });

  it('treats us-ascii and latin1 labels as windows-1252', () => {
    expect(decodeFeedBytes(bytes('<t>', [0x85], '</t>'), 'text/xml; charset=us-ascii')).toBe('<t>…</t>');
    expect(decodeFeedBytes(bytes("<?xml version='1.0' encoding='latin1'?><t>", [0xe9, 0x99], '</t>'))).toContain('<t>é™</t>');
  });

  it('maps every windows-1252 byte 0x80-0x9F (unassigned ones to U+FFFD)', () => {
    const high = Array.from({ length: 32 }, (_, i) => 0x80 + i);
    expect(decodeFeedBytes(bytes(high, [0xa0, 0xff]), 'text/xml; charset=windows-1252')).toBe(
      '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ\u00a0ÿ',
    );
  });

  it('falls back to UTF-8 for an unknown label', () => {
    const input = bytes('<?xml version="1.0" encoding="x-made-up-9"?><t>', [0xc3, 0xa9], '</t>');
    expect(decodeFeedBytes(input)).toContain('<t>é</t>');
    expect(decodeFeedBytes(bytes('<t>', [0xc3, 0xa9], '</t>'), 'text/xml; charset=bogus')).toBe('<t>é</t>');
  });

  it('turns invalid UTF-8 into U+FFFD when UTF-8 is declared, and never throws', () => {
    const input = bytes('<?xml version="1.0" encoding="UTF-8"?><t>', [0xff, 0xc3], '</t>');
    expect(decodeFeedBytes(input)).toBe('<?xml version="1.0" encoding="UTF-8"?><t>\ufffd\ufffd</t>');
    expect(decodeFeedBytes(bytes([0xc3]), 'text/xml; charset=utf-8')).toBe('\ufffd');
  });

  it('reads undeclared bytes that are not UTF-8 as windows-1252 (no declaration at all)', () => {
    expect(decodeFeedBytes(bytes('<rss><title>Not', [0xed], 'cias</title></rss>'))).toBe('<rss><title>Notícias</title></rss>');
  });

  it('respects the byteOffset of a subarray', () => {
    const whole = bytes('xxxx<t>', [0xc3, 0xa9], '</t>');
    expect(decodeFeedBytes(whole.subarray(4))).toBe('<t>é</t>');
    const latin = bytes('xx<?xml version="1.0" encoding="iso-8859-1"?><t>', [0xe9], '</t>');
    expect(decodeFeedBytes(latin.subarray(2))).toContain('<t>é</t>');
  });

  it('handles empty input', () => {
    expect(decodeFeedBytes(new Uint8Array(0))).toBe('');
    expect(decodeFeedBytes(new Uint8Array(0), 'text/xml; charset=utf-16')).toBe('');
  });
});

describe('charsetFromContentType', () => {
  it.each([
    ['text/xml; charset=UTF-8', 'UTF-8'],
    ['application/rss+xml;charset="iso-8859-1"', 'iso-8859-1'],
    ["text/xml; foo=bar; charset='windows-1252'; q=1", 'windows-1252'],
    ['text/xml', null],
    ['text/xml; charset=', null],
    [null, null],
    [undefined, null],
  ])('%j → %j', (header, expected) => {
    expect(charsetFromContentType(header)).toBe(expected);
  });
});
