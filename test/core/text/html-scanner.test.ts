import { describe, expect, it } from 'vitest';
import { scanHtmlText } from '../../../src/core/text/html-scanner.js';

/** The reports for `html` as readable strings. */
function tokens(html: string, stopAfter = Infinity): string[] {
  const out: string[] = [];
  scanHtmlText(
    html,
    { text: (t) => out.push(`text:${t}`), openTag: (n) => out.push(`<${n}>`), closeTag: (n) => out.push(`</${n}>`) },
    () => out.length >= stopAfter,
  );
  return out;
}

describe('scanHtmlText', () => {
  it('reports text with entities decoded and lower-cased tag names, attributes skipped', () => {
    expect(tokens('<P CLASS="a>b" data-x=\'1\' hidden>A &amp; B&nbsp;&#8212;<BR/></p>')).toEqual([
      '<p>', 'text:A & B\u00a0—', '<br>', '</p>',
    ]);
  });

  it('decodes entities the HTML (legacy) way', () => {
    expect(tokens('&amp &notin; &not x &#39 &#0;')).toEqual(['text:& ∉ ¬ x \' \ufffd']);
  });

  it('keeps raw text elements raw, up to their own end tag only', () => {
    expect(tokens('<script>if (a<b) x("</p>&amp;")</SCRIPT >after')).toEqual([
      '<script>', 'text:if (a<b) x("</p>&amp;")', '</script>', 'text:after',
    ]);
    expect(tokens('<xmp><b>&lt;</xmp>')).toEqual(['<xmp>', 'text:<b>&lt;', '</xmp>']);
  });

  it('decodes entities but reads no tags inside title and textarea', () => {
    expect(tokens('<title>a <b> &amp; c</title>')).toEqual(['<title>', 'text:a <b> & c', '</title>']);
  });

  it('reads everything after <plaintext> as raw text', () => {
    expect(tokens('<plaintext></plaintext>&amp;<p>')).toEqual(['<plaintext>', 'text:</plaintext>&amp;<p>']);
  });

  it('skips comments, CDATA, declarations and bogus comments', () => {
    expect(tokens('a<!-- x -->b<!---->c<!-->d<!--->e<![CDATA[f]]>g<!DOCTYPE html>h<?php x ?>i</ x>j</3>k</>l')).toEqual(
      ['text:a', 'text:b', 'text:c', 'text:d', 'text:e', 'text:g', 'text:h', 'text:i', 'text:j', 'text:k', 'text:l'],
    );
  });

  it('treats `<` that starts no tag as text', () => {
    expect(tokens('a < b <3 <<i>')).toEqual(['text:a < b <3 <', '<i>']);
  });

  it('drops a construct cut off by the end, but keeps a trailing `<` or `</`', () => {
    expect(tokens('x<a href="y')).toEqual(['text:x']);
    expect(tokens('x<!-- open')).toEqual(['text:x']);
    expect(tokens('x<')).toEqual(['text:x<']);
    expect(tokens('x</')).toEqual(['text:x</']);
    expect(tokens('<script>never closed')).toEqual(['<script>', 'text:never closed']);
  });

  it('stops when asked', () => {
    expect(tokens('<p>one</p><p>two</p>', 2)).toEqual(['<p>', 'text:one']);
    const long = `<p>${'word '.repeat(5000)}</p>`;
    const out = tokens(long, 2);
    expect(out).toHaveLength(2);
    expect(out[1].length).toBeLessThan(long.length / 2);
  });

  it('never splits an entity when it cuts a long run into pieces', () => {
    const run = 'x'.repeat(2030) + '&amp;'.repeat(2000);
    const text = tokens(run).map((t) => t.slice(5)).join('');
    expect(text).toBe('x'.repeat(2030) + '&'.repeat(2000));
  });

  it('is linear on pathological input', () => {
    let tags = 0;
    const html = `${'<b>'.repeat(50_000)}${'<'.repeat(50_000)}${'x'.repeat(1_000_000)}${'<!--'.repeat(10_000)}${'<script>'.repeat(1000)}`;
    scanHtmlText(html, { text() {}, openTag() { tags++; }, closeTag() {} });
    expect(tags).toBeGreaterThanOrEqual(50_000);
  });
});
