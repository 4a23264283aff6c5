import { decodeHTML, decodeHTMLAttribute } from 'entities/decode';
import { describe, expect, it } from 'vitest';
import { decodeHtmlAttribute, decodeHtmlText } from '../../../src/core/text/entities.js';

const samples = [
  '', 'plain', '&lt;p&gt;Tom &amp; Jerry&lt;/p&gt;', '&amp;lt;', '&amp;amp;', '&quot;q&quot; &#39;a&#39; &apos;b&apos;',
  'a&nbsp;b', '&amp', '&lt', '&ampx;', '&lta;', '&#8217;', '&#x2019;', '&#0;', '&#128;', '&notin;', '&not', '& x',
  '&', '&&', '&lt;&amp', '?a=1&b=2', '?a=1&amp;b=2', '&eacute;t&eacute;', '&#39', '&nbsp', '&LT;', '&AMP;',
];

describe('decodeHtmlText / decodeHtmlAttribute', () => {
  it.each(samples)('decodes %j exactly as the entities package does', (s) => {
    expect(decodeHtmlText(s)).toBe(decodeHTML(s));
    expect(decodeHtmlAttribute(s)).toBe(decodeHTMLAttribute(s));
  });

  it('agrees with the entities package on random mixes of references', () => {
    const parts = ['&', 'lt', 'gt', 'amp', 'quot', 'apos', '#39', 'nbsp', ';', 'x', ' ', '=', '#', '&lt;', '&amp;', '&nbsp;'];
    let seed = 7;
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    for (let i = 0; i < 5000; i++) {
      let s = '';
      for (let k = 1 + next(8); k > 0; k--) s += parts[next(parts.length)];
      expect(decodeHtmlText(s), s).toBe(decodeHTML(s));
      expect(decodeHtmlAttribute(s), s).toBe(decodeHTMLAttribute(s));
    }
  });
});
