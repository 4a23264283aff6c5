import { describe, expect, it } from 'vitest';
import { articleMarkdown } from '../../../src/core/article/markdown.js';
import { articleBody, makeArticle } from './article-fixtures.js';

describe('articleMarkdown', () => {
  const md = articleMarkdown(makeArticle(articleBody('structures.html'), {
    title: 'Harbour cranes return',
    byline: 'By Ana Ruiz',
    siteName: 'Reuters',
    publishedTime: '2024-11-23T19:19:00Z',
    excerpt: 'After forty years the cranes are back.',
    tags: ['Ports', 'Shipping'],
  }));

  it('starts with a header: title, standfirst, byline, date, reading time, source', () => {
    expect(md.split('\n\n').slice(0, 3)).toEqual([
      '# Harbour cranes return',
      '*After forty years the cranes are back.*',
      'By Ana Ruiz · Reuters · 23 Nov 2024 19:19 · 1 min read · [Source](https://news.example.com/2024/11/story.html)',
    ]);
  });

  it('shows the lead image with its caption after the byline, as the terminal layout does', () => {
    const withLead = articleMarkdown(makeArticle('<p>Body text of the story.</p>', {
      readingMinutes: 3,
      leadImage: { url: 'https://news.example.com/img/cranes.jpg', caption: 'The first crane arrives (Photo: Port Authority)' },
    }));
    expect(withLead.split('\n\n').slice(1, 3)).toEqual([
      '3 min read · [Source](https://news.example.com/2024/11/story.html)',
      '![The first crane arrives (Photo: Port Authority)](https://news.example.com/img/cranes.jpg)\n*The first crane arrives (Photo: Port Authority)*',
    ]);
  });

  it('leaves the lead image to the body when the body already shows it', () => {
    const inBody = articleMarkdown(makeArticle('<figure><img src="https://news.example.com/img/cranes.jpg" alt="Crane"><figcaption>In the body</figcaption></figure><p>Text.</p>', {
      leadImage: { url: 'https://news.example.com/img/cranes.jpg', caption: 'In the body' },
    }));
    expect(inBody.match(/cranes\.jpg/g)).toHaveLength(1);
  });

  it('writes headings, emphasis and inline links', () => {
    expect(md).toContain('\n## What the port will handle\n');
    expect(md).toContain('### Costs by phase');
    expect(md).toContain('*mostly symbolic*');
    expect(md).toContain('**housing**');
    expect(md).toContain("[last week's council meeting](https://council.example.org/minutes/2024-11)");
    expect(md).toContain('[new cranes](https://news.example.com/tags/cranes)');
  });

  it('writes nested lists, numbered lists and quotes', () => {
    expect(md).toContain('- Wind-turbine blades\n  - up to 90 metres long\n  - shipped in pairs\n- Occasional project cargo');
    expect(md).toContain('1. Dredging the berth\n2. Rebuilding the quay wall');
    expect(md).toContain('10. Holding the ceremony');
    expect(md).toContain('> We never thought we would see cranes');
  });

  it('writes GFM tables, fenced code, images and rules', () => {
    expect(md).toContain('| Phase | Cost (million €) | Finished |\n| --- | --- | --- |\n| Dredging | 4.2 | 2023 |');
    expect(md).toContain('```\ncrane:\n  id: north-1');
    expect(md).toContain('![Two cranes at dusk](https://news.example.com/images/cranes.jpg)\n*The new cranes were lifted into place on Tuesday.*');
    expect(md).toContain('\n---\n');
    expect(md.trimEnd().endsWith('Tags: Ports · Shipping')).toBe(true);
  });

  it('escapes Markdown in text and strips control characters', () => {
    const out = articleMarkdown(makeArticle('<p># not a heading *or* [link]</p><p>1. not a list \u001b[31m</p><pre>has ``` fence</pre>', { title: 'T' }));
    expect(out).toContain('\\# not a heading \\*or\\* \\[link\\]');
    expect(out).toContain('1\\. not a list');
    expect(out).toContain('````\nhas ``` fence\n````');
    expect(out).not.toContain('\u001b');
  });
});
