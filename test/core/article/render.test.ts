import { describe, expect, it } from 'vitest';
import { renderArticle } from '../../../src/core/article/render.js';
import { displayWidth } from '../../../src/core/text/width.js';
import { isTerminalSafe } from '../../../src/core/text/sanitize.js';
import type { RenderedArticle } from '../../../src/core/article/types.js';
import { articleBody, makeArticle, textLines } from './article-fixtures.js';

const WIDTHS = [40, 80, 120];

function expectWithin(rendered: RenderedArticle, width: number): void {
  for (const line of rendered.lines) {
    const text = line.spans.map((s) => s.text).join('');
    expect(displayWidth(text), text).toBeLessThanOrEqual(width);
    for (const span of line.spans) expect(isTerminalSafe(span.text), JSON.stringify(span.text)).toBe(true);
  }
}

describe('renderArticle header', () => {
  const article = makeArticle(articleBody('structures.html'), {
    title: 'Harbour cranes return to the old port',
    byline: 'By Ana Ruiz',
    siteName: 'Reuters',
    publishedTime: '2024-11-23T19:19:00Z',
    excerpt: 'After forty years the cranes are back.',
    readingMinutes: 3,
    leadImage: { url: 'https://news.example.com/lead.jpg', caption: 'Two cranes at dusk over the old port' },
    tags: ['Ports', 'Shipping'],
  });

  it('shows title, standfirst, byline line and lead caption in the seed manner', () => {
    const lines = textLines(renderArticle(article, { width: 80, bidi: 'reorder' }));
    expect(lines.slice(0, 8)).toEqual([
      'Harbour cranes return to the old port',
      '',
      'After forty years the cranes are back.',
      '',
      'By Ana Ruiz · Reuters · 23 Nov 2024 19:19 · 3 min read',
      '▣ Two cranes at dusk over the old port',
      '',
      'By Ana Ruiz',
    ]);
  });

  it('styles the title bold and marks where the body starts and ends', () => {
    const rendered = renderArticle(article, { width: 80, bidi: 'reorder' });
    expect(rendered.lines[0].spans[0].style).toMatchObject({ bold: true, color: 'heading' });
    const lines = textLines(rendered);
    expect(lines[rendered.bodyStart]).toBe('By Ana Ruiz');
    expect(lines.slice(rendered.bodyEnd)).toContain('Tags: Ports · Shipping');
  });

  it('keeps byline parts whole when the line wraps', () => {
    const lines = textLines(renderArticle(article, { width: 40, bidi: 'reorder' }));
    expect(lines).toContain('By Ana Ruiz · Reuters ·');
    expect(lines).toContain('23 Nov 2024 19:19 · 3 min read');
  });

  it('drops a standfirst that repeats the first paragraph, and a heading that repeats the title', () => {
    const a = makeArticle('<h1>Same title</h1><p>The opening words of the story go on.</p>', { title: 'Same title', excerpt: 'The opening words of the story…' });
    const lines = textLines(renderArticle(a, { width: 80, bidi: 'reorder' }));
    expect(lines.filter((l) => l.includes('Same title'))).toHaveLength(1);
    expect(lines.filter((l) => l.includes('opening words'))).toHaveLength(1);
  });
});

describe.each(WIDTHS)('renderArticle body at width %i', (width) => {
  const article = makeArticle(articleBody('structures.html'), { url: 'https://news.example.com/port.html' });
  const rendered = renderArticle(article, { width, bidi: 'reorder' });
  const lines = textLines(rendered);

  it('never writes a line wider than the width, nor an unsafe character', () => {
    expectWithin(rendered, width);
  });

  it('nests bulleted lists with hanging indents', () => {
    const first = lines.findIndex((l) => l.startsWith('• Timber'));
    expect(first).toBeGreaterThan(0);
    expect(lines[first + 1]).toMatch(/^ {2}\S/);
    expect(lines).toContain('  ◦ up to 90 metres long');
  });

  it('right-aligns numbers of ordered lists', () => {
    expect(lines).toContain(' 1. Dredging the berth');
    expect(lines).toContain('10. Holding the ceremony');
  });

  it('draws quotes with a bar', () => {
    const quote = lines.filter((l) => l.startsWith('│ ') && !l.endsWith('│')).map((l) => l.slice(2));
    expect(quote.join(' ')).toContain('My father worked them for thirty years.');
  });

  it('lays the table out as a grid, or as rows when it cannot fit', () => {
    if (width >= 40) expect(lines.some((l) => l.startsWith('┌') && l.endsWith('┐'))).toBe(true);
    const narrow = textLines(renderArticle(article, { width: 24, bidi: 'reorder' }));
    expect(narrow).toContain('Phase: Quay wall');
    expect(narrow).toContain('Cost (million €): 11.8');
  });

  it('keeps code lines, cutting long ones with ↩', () => {
    expect(lines).toContain('  crane:');
    const code = lines.filter((l) => l.includes('wind_limit_ms') || l.endsWith('↩'));
    if (width < 100) expect(code[0].endsWith('↩')).toBe(true);
    expect(lines.join('').replace(/↩\s*/g, '')).toContain('parked and locked');
  });

  it('shows figures as a caption line and rules as a line', () => {
    expect(lines.join(' ').replace(/\s+/g, ' ')).toContain('▣ The new cranes were lifted into place on Tuesday. — Two cranes at dusk');
    expect(lines.some((l) => /^─{10,}$/.test(l))).toBe(true);
  });

  it('numbers links inline and lists them at the end', () => {
    expect(lines.join(' ')).toContain('meeting[2]');
    expect(rendered.links).toEqual([
      { n: 1, text: 'new cranes', url: 'https://news.example.com/tags/cranes' },
      { n: 2, text: "last week's council meeting", url: 'https://council.example.org/minutes/2024-11' },
      { n: 3, text: 'news@example.com', url: 'mailto:news@example.com' },
    ]);
    const footer = lines.slice(rendered.bodyEnd);
    expect(footer).toContain('Links');
    expect(footer).toContain('[1] https://news.example.com/tags/cranes');
  });
});

describe('renderArticle links', () => {
  it('reuses a number for a repeated URL, skips same-page anchors and unsafe schemes, keeps href for OSC 8', () => {
    const html = '<p><a href="/a">one</a> <a href="https://news.example.com/a">again</a> <a href="#note-1">[1]</a> '
      + '<a href="javascript:alert(1)">js</a> <a href="data:text/html,x">data</a></p>';
    const rendered = renderArticle(makeArticle(html), { width: 80, bidi: 'reorder' });
    expect(textLines(rendered)[rendered.bodyStart]).toBe('one[1] again[1] [1] js data');
    expect(rendered.links).toHaveLength(1);
    const span = rendered.lines[rendered.bodyStart].spans.find((s) => s.text === 'one');
    expect(span?.style).toMatchObject({ color: 'link', href: 'https://news.example.com/a' });
  });
});

describe('renderArticle link list for pipes', () => {
  const long = 'https://news.example.com/2024/11/a-very-long-path/with/many/segments/that-goes-past-the-width?utm_source=feed&id=12345';
  const article = makeArticle(`<p>See <a href="${long}">the report</a>.</p>`);

  it('wraps a long URL at the width in a terminal', () => {
    const rendered = renderArticle(article, { width: 40, bidi: 'reorder' });
    const footer = textLines(rendered).slice(rendered.bodyEnd);
    expect(footer.some((l) => l.includes(long))).toBe(false);
    expect(footer.every((l) => l.length <= 40)).toBe(true);
  });

  it('keeps each URL whole on its own line with wholeUrls (piped output)', () => {
    const rendered = renderArticle(article, { width: 40, bidi: 'reorder', wholeUrls: true });
    expect(textLines(rendered).slice(rendered.bodyEnd)).toContain(`[1] ${long}`);
  });
});

describe('renderArticle CJK', () => {
  it.each(WIDTHS)('wraps CJK paragraphs by cells at width %i without splitting characters', (width) => {
    const article = makeArticle(articleBody('cjk.html'), { lang: 'ja', title: '港に戻ってきたクレーン' });
    const rendered = renderArticle(article, { width, bidi: 'reorder' });
    expectWithin(rendered, width);
    const body = textLines(rendered).slice(rendered.bodyStart).join('');
    expect(body).toContain('四十年ぶりに旧港へ大型クレーンが戻ってきた。');
    expect(body).toContain('😀');
    if (width === 40) expect(textLines(rendered).some((l) => displayWidth(l) >= 38)).toBe(true);
  });
});

describe('renderArticle right-to-left', () => {
  const arabic = makeArticle(articleBody('arabic.html'), { dir: 'rtl', lang: 'ar', title: 'أوكرانيا تخسر 40% من مكاسبها في كورسك', siteName: 'الميادين' });

  it.each(WIDTHS)('right-aligns every body line at width %i', (width) => {
    const rendered = renderArticle(arabic, { width, bidi: 'reorder' });
    expectWithin(rendered, width);
    const body = rendered.lines.slice(rendered.bodyStart, rendered.bodyEnd).filter((l) => l.spans.length > 0);
    expect(body.length).toBeGreaterThan(3);
    for (const line of body) expect(line.align).toBe('right');
  });

  it("keeps logical order in 'terminal' mode and visual order in 'reorder' mode", () => {
    const logical = textLines(renderArticle(arabic, { width: 200, bidi: 'terminal' }));
    const visual = textLines(renderArticle(arabic, { width: 200, bidi: 'reorder' }));
    const sentence = 'نشرت روسيا نحو 59,000 جندي في منطقة كورسك.';
    expect(logical).toContain(`• ${sentence}`);
    const reversed = visual.find((l) => l.includes('59,000'));
    // Words reversed, the number kept left to right, the bullet on the right, letters joined.
    expect(reversed).toBe('.ﻚﺳﺭﻮﻛ ﺔﻘﻄﻨﻣ ﻲﻓ ﻱﺪﻨﺟ 59,000 ﻮﺤﻧ ﺎﻴﺳﻭﺭ ﺕﺮﺸﻧ •');
  });

  it('wraps first, then reorders each line', () => {
    const lines = renderArticle(arabic, { width: 40, bidi: 'reorder' });
    const terminal = renderArticle(arabic, { width: 40, bidi: 'terminal' });
    expect(lines.lines.length).toBe(terminal.lines.length);
    lines.lines.forEach((line, i) => {
      const a = line.spans.map((s) => s.text).join('');
      const b = terminal.lines[i].spans.map((s) => s.text).join('');
      // Shaping may join lam and alef into one cell, never widen a line.
      expect(displayWidth(a)).toBeLessThanOrEqual(displayWidth(b));
      expect(displayWidth(a)).toBeGreaterThanOrEqual(displayWidth(b) - (b.match(/ل[اآأإ]/g)?.length ?? 0));
    });
  });

  it('detects a mostly Arabic article without a dir attribute', () => {
    const rendered = renderArticle({ ...arabic, dir: null }, { width: 80, bidi: 'terminal' });
    expect(rendered.lines[rendered.bodyStart].align).toBe('right');
  });

  it('keeps LTR articles left-aligned', () => {
    const rendered = renderArticle(makeArticle('<p>Hello</p>'), { width: 80, bidi: 'reorder' });
    expect(rendered.lines.every((l) => l.align !== 'right')).toBe(true);
  });
});

describe('renderArticle sanitising', () => {
  const ESC = '\u001b';
  const hostile = makeArticle(
    `<p>Before ${ESC}]52;c;ZXZpbA==\u0007clip ${ESC}[2J${ESC}[31mred\u009b31m and \u202eevil\u202c text &#27;[1m &#x9b;</p>`
    + `<p><a href="https://x.test/${ESC}]8;;https://evil.test${ESC}\\">bad link</a></p>`
    + `<figure><img src="https://x.test/a.png" alt="alt ${ESC}]0;title\u0007 text"><figcaption>cap\u0007tion</figcaption></figure>`
    + `<pre>code ${ESC}[1mbold\u0000\ttab</pre>`,
    { title: `Title ${ESC}]0;pwned\u0007 here`, byline: `Eve ${ESC}[5m`, tags: [`tag${ESC}[0m`], excerpt: `\u0085next\u009dline` },
  );

  it.each(WIDTHS)('lets no control character out at width %i', (width) => {
    const rendered = renderArticle(hostile, { width, bidi: 'reorder' });
    expectWithin(rendered, width);
    for (const line of rendered.lines) {
      for (const span of line.spans) {
        if (span.style?.href) expect(span.style.href).toMatch(/^[\x21-\x7e]+$/);
      }
    }
    for (const link of rendered.links) expect(isTerminalSafe(link.url) && isTerminalSafe(link.text)).toBe(true);
    const all = textLines(rendered).join('\n');
    expect(all).toContain('Title here');
    expect(all).not.toContain('pwned');
    expect(all).not.toContain('ZXZpbA');
  });
});
