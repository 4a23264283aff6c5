import { describe, expect, it } from 'vitest';
import { safeUrl } from '../../../src/core/article/dom.js';

describe('safeUrl', () => {
  it('keeps http(s) and mailto, resolved against the page', () => {
    expect(safeUrl('../b.html', 'https://news.test/x/a.html')).toBe('https://news.test/b.html');
    expect(safeUrl('mailto:desk@news.test', 'https://news.test/')).toBe('mailto:desk@news.test');
  });

  it('keeps a local file only on a page that is a local file itself', () => {
    expect(safeUrl('../../analysis/a.html', 'file:///demo/articles/news/economy/b.html')).toBe('file:///demo/articles/analysis/a.html');
    expect(safeUrl('file:///etc/passwd', 'https://news.test/a.html')).toBeNull();
    // A saved page's site-relative links do not lead to the disk's root.
    expect(safeUrl('/tags/cranes', 'file:///home/me/saved.html')).toBeNull();
    expect(safeUrl('file:///etc/passwd', 'file:///home/me/saved.html')).toBeNull();
  });

  it('refuses script, data and unparsable URLs', () => {
    for (const raw of ['javascript:alert(1)', 'data:text/html,x', 'http://[bad']) expect(safeUrl(raw, 'file:///demo/a.html')).toBeNull();
  });
});
