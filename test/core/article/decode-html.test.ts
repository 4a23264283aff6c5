import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes, sniffMetaCharset } from '../../../src/core/article/decode-html.js';

const latin1 = (text: string) => Uint8Array.from(text, (ch) => ch.charCodeAt(0));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeHtmlBytes', () => {
  it('uses the HTTP charset first', () => {
    expect(decodeHtmlBytes(latin1('<p>caf\u00e9</p>'), 'text/html; charset=ISO-8859-1')).toBe('<p>café</p>');
  });

  it('reads <meta charset> and http-equiv when the header has none', () => {
    expect(decodeHtmlBytes(latin1('<meta charset="windows-1252"><p>\u0093quoted\u0094 \u0080</p>'), 'text/html')).toContain('“quoted” €');
    const equiv = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>na\u00efve</p>';
    expect(decodeHtmlBytes(latin1(equiv), null)).toContain('naïve');
  });

  it('lets a BOM win over everything', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<meta charset="iso-8859-1"><p>日本</p>')]);
    expect(decodeHtmlBytes(bytes, 'text/html; charset=iso-8859-1')).toContain('日本');
  });

  it('falls back to UTF-8, or windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeHtmlBytes(utf8('<p>Привет</p>'), null)).toBe('<p>Привет</p>');
    expect(decodeHtmlBytes(latin1('<p>Gr\u00fc\u00dfe</p>'), null)).toBe('<p>Grüße</p>');
  });

  it('ignores a charset inside a comment and one after the first 2 KB', () => {
    expect(sniffMetaCharset(latin1('<!-- <meta charset="koi8-r"> --><meta charset="utf-8">'))).toBe('utf-8');
    expect(sniffMetaCharset(latin1(`${' '.repeat(3000)}<meta charset="koi8-r">`))).toBeNull();
  });

  it('treats a meta utf-16 label on ASCII bytes as UTF-8', () => {
    expect(decodeHtmlBytes(utf8('<meta charset="utf-16"><p>ok é</p>'), null)).toContain('ok é');
  });
});
