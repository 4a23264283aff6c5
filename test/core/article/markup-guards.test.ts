import { describe, expect, it } from 'vitest';
import { hostileShape } from '../../../src/core/article/html-shape.js';
import { stripInertMarkup } from '../../../src/core/article/strip-inert.js';

describe('stripInertMarkup', () => {
  it('drops scripts and styles, keeping everything else byte for byte', () => {
    const html = '<html><head><style>p { color: red }</style><SCRIPT src="a.js"></SCRIPT></head><body><p>Text</p><script>if (a < b) document.write("</p>")</script><p>More</p></body></html>';
    expect(stripInertMarkup(html)).toBe('<html><head></head><body><p>Text</p><p>More</p></body></html>');
  });

  it('keeps JSON-LD scripts (they carry dates)', () => {
    const html = '<script type="application/ld+json">{"datePublished":"2024-01-01"}</script><script>x()</script>';
    expect(stripInertMarkup(html)).toBe('<script type="application/ld+json">{"datePublished":"2024-01-01"}</script>');
  });

  it('treats "<script" inside comments and raw-text elements as text', () => {
    const html = '<!-- <script> --><p>Kept</p><title>A <script> title</title><textarea><style></textarea><p>Also kept</p>';
    expect(stripInertMarkup(html)).toBe(html);
  });

  it('drops an unclosed script to the end, as the tokenizer would', () => {
    expect(stripInertMarkup('<p>a</p><script>never closed <p>b</p>')).toBe('<p>a</p>');
  });

  it('returns the same string when there is nothing to drop', () => {
    const html = '<p>plain</p>';
    expect(stripInertMarkup(html)).toBe(html);
  });
});

describe('hostileShape', () => {
  const limits = { maxDepth: 512, maxElements: 100_000 };
  it('passes ordinary markup, including long runs of unclosed paragraphs', () => {
    expect(hostileShape('<p>x'.repeat(50_000), { maxDepth: 512, maxElements: 1_000_000 })).toBeNull();
    expect(hostileShape('<div><p>a<ul><li>b</ul></div>', limits)).toBeNull();
  });
  it('refuses deep nesting, also when stray close tags try to hide it', () => {
    expect(hostileShape('<div>'.repeat(100_000), limits)).toBe('elements nested more than 512 deep');
    expect(hostileShape('<div></b>'.repeat(100_000), { maxDepth: 512, maxElements: 1_000_000 })).toBe('elements nested more than 512 deep');
  });
  it('refuses too many elements', () => {
    expect(hostileShape('<i></i>'.repeat(100_001), limits)).toBe('more than 100000 elements');
  });
});
