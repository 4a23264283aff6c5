import { describe, expect, it } from 'vitest';
import { scanXml } from '../../../src/core/feed/xml-scanner.js';

/** The tokens of `source` as readable strings. */
function tokens(source: string): string[] {
  const out: string[] = [];
  const s = (a: number, b: number) => source.slice(a, b);
  scanXml(source, {
    text: (a, b) => out.push(`text:${s(a, b)}`),
    cdata: (a, b) => out.push(`cdata:${s(a, b)}`),
    openTag: (a, b) => out.push(`open:${s(a, b)}`),
    attribute: (n, m, v, w) => out.push(v < 0 ? `attr:${s(n, m)}` : `attr:${s(n, m)}=${s(v, w)}`),
    openTagEnd: (gt, selfClosing) => out.push(source[gt] === '>' ? (selfClosing ? '/>' : '>') : `bad end ${gt}`),
    closeTag: (a, b) => out.push(`close:${s(a, b)}`),
  });
  return out;
}

describe('scanXml', () => {
  it('reads tags, attributes and text in order', () => {
    expect(tokens('<a x="1" y=\'2\' z=3 w>t<b/></a >')).toEqual([
      'open:a', 'attr:x=1', 'attr:y=2', 'attr:z=3', 'attr:w', '>', 'text:t', 'open:b', '/>', 'close:a',
    ]);
  });

  it('keeps quoted values verbatim, entities and all, and takes `/` in unquoted ones', () => {
    expect(tokens('<a href="?a=1&amp;b=>2" u=x/y>')).toEqual(['open:a', 'attr:href=?a=1&amp;b=>2', 'attr:u=x/y', '>']);
  });

  it('reads CDATA verbatim, `]]]>` included, and an unclosed one to the end', () => {
    expect(tokens('<t><![CDATA[<b>x</b>]]]></t>')).toEqual(['open:t', '>', 'cdata:<b>x</b>]', 'close:t']);
    expect(tokens('<t><![CDATA[cut')).toEqual(['open:t', '>', 'cdata:cut']);
  });

  it('skips comments, processing instructions and declarations (DTD subsets too)', () => {
    expect(tokens('<?xml version="1.0"?><!-- a > b --><!DOCTYPE r [<!ENTITY e "x">]><r/>')).toEqual([
      'text:]>', 'open:r', '/>',
    ]);
    expect(tokens('<!-- x --!><r/>')).toEqual(['open:r', '/>']);
  });

  it('treats `<` before a space or `>`, and `</>`, as text', () => {
    expect(tokens('<t>a < b <> c</></t>')).toEqual(['open:t', '>', 'text:a ', 'text:< b ', 'text:<> c', 'text:</>', 'close:t']);
  });

  it('drops a tag cut off by the end of the input but keeps text before it', () => {
    expect(tokens('<t>x<a href="y')).toEqual(['open:t', '>', 'text:x', 'open:a']);
    expect(tokens('<t>x</t')).toEqual(['open:t', '>', 'text:x']);
    expect(tokens('x<')).toEqual(['text:x', 'text:<']);
  });

  it('is linear on pathological input', () => {
    const deep = '<a>'.repeat(50_000) + '<'.repeat(50_000) + '<!--'.repeat(10_000);
    let opens = 0;
    scanXml(deep, { text() {}, cdata() {}, openTag() { opens++; }, attribute() {}, openTagEnd() {}, closeTag() {} });
    expect(opens).toBeGreaterThanOrEqual(50_000);
  });
});
