import { describe, expect, it } from 'vitest';
import { renderArticle } from '../../src/core/article/render.js';
import type { RenderedArticle } from '../../src/core/article/types.js';
import { articleJson, articleToAnsi, articleToPlain } from '../../src/output/article.js';
import { articleBody, makeArticle } from '../core/article/article-fixtures.js';

const rendered = (html: string, overrides = {}) => renderArticle(makeArticle(html, overrides), { width: 40, bidi: 'reorder' });

describe('articleToAnsi', () => {
  const r = rendered('<p>See <a href="https://x.test/a">the <b>report</b></a>.</p>');

  it('emits SGR codes per span when colour is on', () => {
    const out = articleToAnsi(r, { color: true, hyperlinks: false, width: 40 });
    expect(out).toContain('\u001b[1;36mA test story\u001b[0m');
    expect(out).toContain('\u001b[4;34mthe \u001b[0m\u001b[1;4;34mreport\u001b[0m\u001b[2m[1]\u001b[0m');
    expect(out).not.toContain('\u001b]8;;');
  });

  it('wraps link spans in OSC 8 when hyperlinks are on', () => {
    const out = articleToAnsi(r, { color: false, hyperlinks: true, width: 40 });
    expect(out).toContain('See \u001b]8;;https://x.test/a\u001b\\the \u001b]8;;\u001b\\\u001b]8;;https://x.test/a\u001b\\report\u001b]8;;\u001b\\[1].');
    expect(out).toContain('\u001b]8;;https://x.test/a\u001b\\https://x.test/a\u001b]8;;\u001b\\');
  });

  it('is the plain text when neither is on', () => {
    expect(articleToAnsi(r, { color: false, hyperlinks: false, width: 40 })).toBe(articleToPlain(r));
  });
});

describe('articleToPlain', () => {
  it('pads right-aligned lines to the width and leaves blank lines empty', () => {
    const r: RenderedArticle = {
      lines: [{ spans: [{ text: 'abc' }], align: 'right' }, { spans: [], align: 'right' }, { spans: [{ text: 'left' }] }],
      links: [], width: 10, bodyStart: 0, bodyEnd: 3,
    };
    expect(articleToPlain(r)).toBe('       abc\n\nleft\n');
  });
});

describe('articleJson', () => {
  it('has exactly the documented keys, the body as text and the links', () => {
    const article = makeArticle(articleBody('structures.html'), {
      title: 'Harbour cranes return to the old port', byline: 'Ana Ruiz', leadImage: { url: 'https://x.test/i.jpg', caption: 'cap' }, tags: ['Ports'], excerpt: 'Short.',
    });
    const r = renderArticle(article, { width: 80, bidi: 'terminal' });
    const json = articleJson(article, r);
    expect(Object.keys(json)).toEqual([
      'url', 'title', 'byline', 'siteName', 'publishedTime', 'lang', 'dir', 'excerpt',
      'wordCount', 'readingMinutes', 'leadImage', 'tags', 'text', 'links', 'source', 'related',
    ]);
    expect(json.leadImage).toEqual({ url: 'https://x.test/i.jpg', caption: 'cap' });
    expect(json.text.startsWith('By Ana Ruiz')).toBe(true);
    expect(json.text).not.toContain('Links');
    expect(json.links[0]).toEqual({ n: 1, text: 'new cranes', url: 'https://news.example.com/tags/cranes' });
  });

  it('sanitises strings JSON would pass through (C1 and bidi controls)', () => {
    const article = makeArticle('<p>body text</p>', { title: 'a\u009b31mb\u202ec', byline: '\u0085' });
    const json = articleJson(article, renderArticle(article, { width: 80, bidi: 'terminal' }));
    expect(json.title).toBe('abc');
    expect(json.byline).toBeNull();
  });
});
