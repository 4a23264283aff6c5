import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderArticle } from '../../src/core/article/render.js';
import { ExtractError } from '../../src/core/errors.js';
import { isTerminalSafe } from '../../src/core/text/sanitize.js';
import { extractArticle } from '../../src/services/article-extractor.js';
import { fixture, textLines } from '../core/article/article-fixtures.js';
import { CORPUS_DIR } from '../helpers/run-cli.js';

const ARTICLES = join(CORPUS_DIR, 'articles');
const haveCorpus = existsSync(ARTICLES);

// A sentence from deep inside each page's body (not its excerpt).
const BODY_SENTENCES: Record<string, string> = {
  'bbc-1': 'Mr Obama will become the first US president to address the African Union',
  cnn: 'living up to its reputation as a country where',
  'guardian-1': 'Our ancestors tell us the strandings are a sign from the sea',
  heise: '1Password kostet aktuell knapp 50 Euro im Mac App Store',
  'lemonde-1': 'La loi prévoit également une forme de protection pour les agents',
  'medium-1': 'We need to rethink how long the new shoe design will be valid',
  'nytimes-1': 'the American demand that Mr. Bashir be held accountable had not changed',
  'rtl-1': 'Tempor incididunt ut labore et dolore magna aliqua',
  'wapo-1': 'The museum is a major tourist draw and is near the heavily guarded national parliament',
  wikipedia: 'The program provides a simple framework and a specific set of tools',
};

const EXACT_FIELDS = ['title', 'byline', 'excerpt', 'siteName', 'lang', 'dir'] as const;

describe.skipIf(!haveCorpus)('extractArticle on the corpus', () => {
  const pages = haveCorpus ? readdirSync(ARTICLES).sort() : [];

  it('covers every corpus page with a body sentence', () => {
    expect(pages.every((p) => p in BODY_SENTENCES)).toBe(true);
  });

  it.each(pages)('%s matches expected-metadata.json and renders its body', (page) => {
    const html = readFileSync(join(ARTICLES, page, 'source.html'), 'utf8');
    const expected = JSON.parse(readFileSync(join(ARTICLES, page, 'expected-metadata.json'), 'utf8')) as Record<string, string | null>;
    const article = extractArticle(html, `https://corpus.example/${page}/`);
    for (const field of EXACT_FIELDS) {
      if (field in expected) expect(article[field], field).toBe(expected[field]);
    }
    // expected-metadata.json records Readability's own answer; where it found no date we
    // fall back to meta tags, JSON-LD or <time> (the issue asks for that), so null there
    // means "Readability had none": ours is then null or a date the page itself states.
    if (expected.publishedTime) expect(article.publishedTime).toBe(expected.publishedTime);
    else if (article.publishedTime) expect(Number.isNaN(Date.parse(article.publishedTime))).toBe(false);

    const rendered = renderArticle(article, { width: 80, bidi: 'reorder' });
    const body = textLines(rendered).slice(rendered.bodyStart, rendered.bodyEnd).join(' ').replace(/\s+/g, ' ');
    expect(body).toContain(BODY_SENTENCES[page]);
    expect(article.wordCount).toBeGreaterThan(100);
    for (const line of rendered.lines) for (const span of line.spans) expect(isTerminalSafe(span.text)).toBe(true);
  });

  it('reads lead images, captions and tags before Readability runs', () => {
    const html = readFileSync(join(ARTICLES, 'nytimes-1', 'source.html'), 'utf8');
    const article = extractArticle(html, 'https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html');
    expect(article.leadImage?.url).toMatch(/^https:\/\/static01\.nyt\.com\/images\/.*13SUDAN-1/);
    expect(article.leadImage?.caption).toContain('United Nations peacekeepers at a refugee camp in Sudan');
    expect(article.tags).toEqual(expect.arrayContaining(['Sudan', 'South Sudan', 'Embargoes and Sanctions']));
  });
});

describe('extractArticle on fixtures', () => {
  const article = extractArticle(fixture('structures.html'), 'https://news.example.com/2024/11/cranes.html');

  it('reads metadata, resolves relative links and images against the page URL', () => {
    expect(article).toMatchObject({
      title: 'Harbour cranes return to the old port',
      byline: 'Ana Ruiz',
      siteName: 'The Daily Fixture',
      publishedTime: '2024-11-23T19:19:00Z',
      lang: 'en',
      leadImage: { url: 'https://news.example.com/images/cranes-large.jpg', caption: 'Two cranes at dusk over the old port' },
      tags: ['Ports', 'Shipping', 'City life'],
    });
    expect(article.contentHtml).toContain('href="https://news.example.com/tags/cranes"');
    expect(article.contentHtml).toContain('src="https://news.example.com/images/cranes.jpg"');
    expect(article.contentHtml).not.toContain('Home</a>');
    expect(article.readingMinutes).toBeGreaterThanOrEqual(1);
  });

  it('honours a page <base href> and finds dates in JSON-LD', () => {
    const html = `<html><head><base href="/static/"><title>Based</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2024-02-03T04:05:06Z"}]}</script></head>
      <body><article><p>${'Words of the story go here. '.repeat(20)}<a href="page.html">rel</a> <img src="pic.png" alt="pic"></p></article></body></html>`;
    const a = extractArticle(html, 'https://site.example/news/item');
    expect(a.contentHtml).toContain('href="https://site.example/static/page.html"');
    expect(a.contentHtml).toContain('src="https://site.example/static/pic.png"');
    expect(a.publishedTime).toBe('2024-02-03T04:05:06Z');
  });

  it('keeps RTL direction and language', () => {
    const a = extractArticle(fixture('arabic.html'), 'https://ar.example/1');
    expect(a).toMatchObject({ dir: 'rtl', lang: 'ar', siteName: 'الميادين' });
  });
});

describe('extractArticle on hostile pages', () => {
  const ESC = '\u001b';
  const story = 'The council met again on Tuesday to discuss the harbour budget and the cranes. ';

  it('never keeps scripts, frames or event handlers and stays terminal-safe', () => {
    const html = `<html><head><title>T ${ESC}]0;owned\u0007</title><script>document.title='x'</script><style>p{}</style></head><body>
      <article><p>${story.repeat(6)}<script>document.write('<p>INJECTED</p>')</script></p>
      <iframe src="https://evil.example/frame"></iframe><p onclick="alert(1)">${ESC}[2J${ESC}]52;c;ZXZpbA==\u0007 cleared ${story.repeat(3)}</p>
      <p><a href="https://x.example/${ESC}]8;;https://evil.example${ESC}\\" title="${ESC}[31m">link ${ESC}[5mtext</a>
      <img src="https://x.example/i.png" alt="alt ${ESC}]0;t\u0007 text" onerror="alert(1)"></p></article></body></html>`;
    const a = extractArticle(html, 'https://x.example/story');
    expect(a.contentHtml).not.toMatch(/<script|<iframe|INJECTED|onclick|onerror/i);
    const rendered = renderArticle(a, { width: 60, bidi: 'reorder' });
    for (const line of rendered.lines) {
      for (const span of line.spans) {
        expect(isTerminalSafe(span.text)).toBe(true);
        if (span.style?.href) expect(span.style.href).toMatch(/^[\x21-\x7e]+$/);
      }
    }
    const text = textLines(rendered).join('\n');
    expect(text).not.toContain('ZXZpbA');
    expect(text).not.toContain('owned');
    expect(text).toContain('cleared');
  });

  it('reads a 5 MB page', () => {
    const para = `<p>${story.repeat(8)}<a href="/more">more</a></p>\n`;
    const html = `<html><head><title>Big</title></head><body><article>${para.repeat(Math.ceil((5 * 1024 * 1024) / para.length))}</article></body></html>`;
    expect(html.length).toBeGreaterThan(5 * 1024 * 1024);
    const a = extractArticle(html, 'https://big.example/');
    expect(a.wordCount).toBeGreaterThan(500_000);
    expect(renderArticle(a, { width: 80, bidi: 'reorder' }).links).toEqual([{ n: 1, text: 'more', url: 'https://big.example/more' }]);
  });

  it('refuses hostile nesting quickly instead of hanging', () => {
    const n = 200_000;
    const html = `<html><body><article><p>${story.repeat(5)}</p>${'<div>'.repeat(n)}x${'</div>'.repeat(n)}</article></body></html>`;
    expect(() => extractArticle(html, 'https://deep.example/')).toThrow(/nested more than 512 deep/);
  });

  it.each([
    ['a link directory', `<html><body><ul>${Array.from({ length: 80 }, (_, i) => `<li><a href="/s/${i}">Section number ${i} with a longer title</a></li>`).join('')}</ul></body></html>`],
    ['an empty page', '<html><head><title>Nothing</title></head><body></body></html>'],
    ['a login form', '<html><body><form><label>User</label><input name=u><label>Password</label><input type=password><button>Sign in</button></form></body></html>'],
  ])('says "not an article" for %s', (_name, html) => {
    expect(() => extractArticle(html, 'https://x.example/')).toThrow(ExtractError);
    expect(() => extractArticle(html, 'https://x.example/')).toThrow('not an article (no readable content found)');
  });
});

describe('extractArticle on short pages', () => {
  it('reads a breaking item page of one short paragraph', () => {
    const a = extractArticle('<html><head><title>Bridge closed</title></head><body><article><h1>Bridge closed</h1><p>The north bridge is closed to traffic.</p></article></body></html>', 'https://short.example/');
    expect(a.title).toBe('Bridge closed');
    expect(a.contentHtml).toContain('The north bridge is closed to traffic.');
  });

  it('refuses an empty file as an empty page', () => {
    expect(() => extractArticle('  \n', 'file:///tmp/empty.html')).toThrow('not an article (the page is empty)');
  });
});

describe('extractArticle on clutter', () => {
  const sentence = 'The harbour committee met on Tuesday to agree the winter timetable for the ferries, which will run twice a day.';
  const page = `<html><head><title>Ferries</title></head><body><article><h1>Ferries</h1>
    ${Array.from({ length: 6 }, (_, i) => `<p>${sentence} Paragraph ${i}.</p>${i === 2 ? '<div class="ad ad-inline">Advertisement</div><aside aria-label="Advertisement"><p>Buy now</p></aside>' : ''}`).join('\n')}
    <p>Revenue from advertisement sales fell, the committee said in a statement issued after the meeting ended.</p>
    </article></body></html>`;

  it('drops ad slots but keeps sentences that mention advertising', () => {
    const article = extractArticle(page, 'https://news.test/ferries');
    expect(article.contentHtml).not.toMatch(/>\s*Advertisement\s*</);
    expect(article.contentHtml).not.toContain('Buy now');
    expect(article.contentHtml).toContain('Revenue from advertisement sales fell');
  });

  it('keeps the lead image and links of a local page as file: URLs', () => {
    const local = page.replace('<h1>Ferries</h1>', '<h1>Ferries</h1><figure><img src="../img/f.jpg" alt="a ferry"><figcaption>The morning ferry</figcaption></figure><p>See <a href="other.html">the other story</a> and more text here to keep it long enough for the reader.</p>');
    const article = extractArticle(local, 'file:///srv/demo/news/ferries.html');
    expect(article.leadImage).toEqual({ url: 'file:///srv/demo/img/f.jpg', caption: 'The morning ferry' });
    expect(article.contentHtml).toContain('href="file:///srv/demo/news/other.html"');
    const web = extractArticle(local.replace('other.html', 'file:///etc/passwd'), 'https://news.test/ferries');
    expect(web.contentHtml).not.toContain('file:///etc/passwd');
  });
});
