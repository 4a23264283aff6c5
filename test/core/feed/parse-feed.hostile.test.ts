import { describe, expect, it } from 'vitest';
import { FeedParseError } from '../../../src/core/errors.js';
import { parseFeed } from '../../../src/core/feed/parse-feed.js';
import { isTerminalSafe } from '../../../src/core/text/sanitize.js';
import { displayStrings, parseFixture } from './feed-fixtures.js';

function expectAllSafe(strings: string[]): void {
  for (const s of strings) {
    expect(isTerminalSafe(s), JSON.stringify(s)).toBe(true);
    expect(s).not.toContain('\u001b');
  }
}

describe('terminal escapes in feeds', () => {
  it('strips ESC/CSI/OSC 52/OSC 8/C1/bidi from every RSS display field, keeping the visible text', () => {
    const feed = parseFixture('hostile.rss');
    expectAllSafe(displayStrings(feed));
    expect(feed).toMatchObject({ title: 'Feed name ok', description: 'Desc bold end', language: 'en' });
    const [first, second] = feed.items;
    expect(first.title).toBe('Visible title red evil');
    expect(first.title).not.toContain('pwned'); // the OSC payload goes with its sequence
    expect(first.author).toBe('Mallory X');
    expect(first.categories[0]).toBe('click here'); // OSC 8 hyperlink: text kept, target gone
    expect(first.summary).toBe('Summary with bold text here');
    expect(first.id).toBe('id--1');
    // Controls in URLs are percent-encoded by the URL parser.
    expect(first.link.startsWith('https://hostile.example.com/1?q=%1B')).toBe(true);
    expect(first.image).toBe('https://hostile.example.com/pic%1B[1m.jpg');
    // contentHtml is raw by contract: the article renderer sanitises it.
    expect(first.contentHtml).toContain('\u001b[31m');
    expect(second.link).toBe(''); // javascript: rejected
    expect(second.author).toBe('Eve');
    expect(second.summary).toBe('After script'); // <script> contents dropped
  });

  it('strips controls that arrive as numeric character references', () => {
    const [first, second] = parseFixture('hostile.rss').items;
    // &#27;[31m, &#x1b;[0m and &#x9d;…&#7; vanish; &#155; / &#x9b; decode (HTML rules) to "›".
    expect(first.categories[1]).toBe('numeric ›31m ›32m end');
    // Double-escaped in a title: &amp;#27; → &#27; → ESC, still stripped after the HTML pass.
    expect(second.title).toBe('Escaped link rtl');
  });

  it('cleans Atom text constructs of every type', () => {
    const feed = parseFixture('hostile.atom');
    expectAllSafe(displayStrings(feed));
    expect(feed).toMatchObject({ title: 'Atom feed', description: 'Sub title' });
    expect(feed.items[0]).toMatchObject({ title: 'Xhtml title', id: 'urn:hostile:1', author: 'Feed Author', categories: ['Label shown'], summary: 'Text summary next' });
  });

  it('cleans JSON Feed strings and rejects javascript: images', () => {
    const feed = parseFixture('hostile.json');
    expectAllSafe(displayStrings(feed));
    expect(feed).toMatchObject({ title: 'JSON feed', description: 'd' });
    expect(feed.items[0]).toMatchObject({ id: 'j1', title: 'Title shown', summary: 'Summary', author: 'Author', categories: ['tag'], image: null });
  });
});

describe('XML attacks', () => {
  it('never expands DTD entities (billion laughs)', () => {
    const feed = parseFixture('billion-laughs.xml');
    expect(feed.title).toBe('Laughs &lol9;');
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0].title).toBe('Item &lol9;');
    expect(feed.items[0].summary).toBe('&lol9;');
    expect(JSON.stringify(feed)).not.toContain('lollol');
  });

  it('leaves external (SYSTEM) entities inert', () => {
    const feed = parseFixture('xxe.xml');
    expect(feed.title).toBe('XXE &xxe;');
    expect(feed.items[0].title).toBe('Secret: &xxe;&remote;');
    expect(JSON.stringify(feed)).not.toContain('root:');
  });
});

describe('broken and non-feed input', () => {
  it('keeps the items of a truncated feed', () => {
    const feed = parseFixture('truncated.rss');
    expect(feed.title).toBe('Cut off');
    expect(feed.items.map((i) => i.title)).toEqual(['Complete item one', 'Complete item two', 'Half an item']);
    expect(feed.items[0].published).toBe('2024-01-01T10:00:00.000Z');
  });

  it('rejects an HTML page', () => {
    expect(() => parseFixture('html-page.html')).toThrow(new FeedParseError('not a feed (looks like an HTML page)'));
    expect(() => parseFeed('<html><body><p>hi</p></body></html>', { url: 'https://x.example/' })).toThrow(/looks like an HTML page/);
  });

  it.each([
    ['', 'not a feed (empty document)'],
    ['  \n\t ', 'not a feed (empty document)'],
    ['\ufeff', 'not a feed (empty document)'],
    ['just some plain text', 'not a feed (no <rss>, <feed> or <rdf:RDF> root)'],
    ['<?xml version="1.0"?><note><to>Tove</to></note>', 'not a feed (no <rss>, <feed> or <rdf:RDF> root)'],
  ])('rejects %j', (text, message) => {
    expect(() => parseFeed(text, { url: 'https://x.example/' })).toThrow(new FeedParseError(message));
  });

  it.each([
    ['{"version": "https://jsonfeed.org/version/1", "items": [', /^invalid JSON Feed: /],
    ['{"title": "no items"}', /^invalid JSON Feed: no "version" or "items"$/],
    ['{ "items": 5, "version": 1 }', /^invalid JSON Feed/],
  ])('rejects bad JSON Feed %j', (text, message) => {
    expect(() => parseFeed(text, { url: 'https://x.example/' })).toThrow(message);
  });

  it('tolerates junk JSON Feed items', () => {
    const feed = parseFeed('{"version":"https://jsonfeed.org/version/1.1","title":7,"items":[null,1,"x",{"id":{},"title":["a"],"url":42,"content_text":"ok"}]}', { url: 'https://j.example/' });
    expect(feed.title).toBe('');
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({ id: 'ok', title: 'ok', link: '', summary: 'ok' });
  });

  it('survives elements nested far deeper than the call stack', () => {
    const depth = 200_000;
    const text = `<rss><channel><item><title>${'<b>'.repeat(depth)}deep${'</b>'.repeat(depth)}</title><link>https://deep.example/</link></item></channel></rss>`;
    const feed = parseFeed(text, { url: 'https://deep.example/' });
    expect(feed.items[0].title).toBe('deep');
  });

  it('parses a 5 MB feed', () => {
    const item = (i: number) =>
      `<item><title>Item ${i} &amp; more</title><link>https://big.example/${i}</link><guid>g${i}</guid>` +
      `<pubDate>Tue, 14 May 2024 09:30:00 GMT</pubDate><description>&lt;p&gt;${'Lorem ipsum dolor sit amet. '.repeat(40)}&lt;/p&gt;</description></item>`;
    const parts: string[] = ['<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>'];
    let size = 0;
    let n = 0;
    while (size < 5 * 1024 * 1024) {
      const chunk = item(n++);
      parts.push(chunk);
      size += chunk.length;
    }
    parts.push('</channel></rss>');
    const feed = parseFeed(parts.join(''), { url: 'https://big.example/feed' });
    expect(feed.items).toHaveLength(n);
    expect(feed.items[n - 1]).toMatchObject({ id: `g${n - 1}`, title: `Item ${n - 1} & more`, link: `https://big.example/${n - 1}` });
    expect(feed.items[0].summary.length).toBeLessThanOrEqual(601);
  });
});
