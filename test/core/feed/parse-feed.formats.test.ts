import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/core/feed/parse-feed.js';
import { parseFixture } from './feed-fixtures.js';

describe('RSS 0.91 / 0.92', () => {
  it('reads a 0.91 feed with a Netscape DOCTYPE', () => {
    const feed = parseFixture('rss-091.xml');
    expect(feed).toMatchObject({ format: 'rss', title: 'WriteTheWeb', link: 'http://writetheweb.com/', language: 'en-us' });
    expect(feed.items.map((i) => i.title)).toEqual(['Giving the world a pluggable Gnutella', 'Syndication discussions hot up']);
    // No guid: the link is the id. `&amp;nbsp;` is an HTML entity inside the description.
    expect(feed.items[0]).toMatchObject({ id: 'http://writetheweb.com/read.php?item=24', link: 'http://writetheweb.com/read.php?item=24', published: null });
    expect(feed.items[0].summary).toContain('like Freenet or Gnutella -allowing distributed');
  });

  it('reads 0.92 items that have only a description', () => {
    const feed = parseFixture('rss-092.xml');
    expect(feed.items).toHaveLength(2);
    const [first, second] = feed.items;
    // No title of its own: the first sentence of its text stands in.
    expect(first).toMatchObject({ title: "It's been a few days since I added a song to the Grateful Dead channel.", link: '', categories: ['Music/Bands/Grateful_Dead'], image: null });
    expect(first.summary).toBe("It's been a few days since I added a song to the Grateful Dead channel. Weather Report Suite is on the way.");
    expect(first.contentHtml).toContain('<a href="http://www.scripting.com/mp3s/weatherReportSuite.mp3">');
    expect(first.id).not.toBe(second.id);
    expect(second.image).toBe('http://example.com/covers/dead.jpg'); // image/* enclosure
  });
});

describe('RSS 2.0', () => {
  const feed = parseFixture('rss-20.xml', 'https://news.example.com/feeds/all.xml');

  it('reads channel metadata, not the atom self link', () => {
    expect(feed).toMatchObject({ format: 'rss', title: 'Example & Co. News', link: 'https://news.example.com/', description: 'All the news fit to print', language: 'en-GB' });
  });

  it('reads a full item: entities, markup in the title, relative link, author email form', () => {
    expect(feed.items[0]).toEqual({
      id: 'urn:example:1',
      title: 'First story – café opens today',
      link: 'https://news.example.com/2024/05/first-story',
      published: '2024-05-14T07:30:00.000Z',
      updated: null,
      author: 'Jane Doe',
      summary: 'The new café serves coffee & cake. Second paragraph.',
      contentHtml: '<p>Full text with <img src="/img/cafe.jpg" alt="café"> inside.</p>',
      categories: ['Local', 'Food'], // "local" folded into "Local"; dc:subject counted
      image: 'https://news.example.com/img/cafe.jpg', // first <img> in the content
    });
  });

  it('takes media:thumbnail, the widest media:content, and a permalink guid as link', () => {
    expect(feed.items[1]).toMatchObject({ author: 'John Roe', image: 'https://cdn.example.com/second-thumb.jpg', contentHtml: null });
    expect(feed.items[2]).toMatchObject({ link: 'https://news.example.com/2024/05/third', published: '2024-05-16T14:00:00.000Z', image: 'https://cdn.example.com/third-large.jpg' });
  });

  it('merges a duplicate guid into the first occurrence, filling its gaps', () => {
    expect(feed.items).toHaveLength(3);
    expect(feed.items[1]).toMatchObject({ title: 'Second story', summary: 'Plain text description, no markup.', categories: ['World'] });
  });
});

describe('RSS 1.0 (RDF)', () => {
  it('reads items beside the channel, dc:date and content:encoded', () => {
    const feed = parseFixture('rdf-10.xml');
    expect(feed).toMatchObject({ format: 'rdf', title: 'XML.com', link: 'http://xml.com/pub', language: 'en' });
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]).toMatchObject({
      id: 'http://xml.com/pub/2000/08/09/xslt/xslt.html',
      title: 'Processing Inclusions with XSLT',
      published: '2000-08-09T17:00:00.000Z',
      author: 'Bob DuCharme',
      categories: ['XSLT'],
    });
    expect(feed.items[1]).toMatchObject({
      published: '2000-08-09T00:00:00.000Z',
      summary: 'Tool and API support for the Resource Description Framework is slowly coming of age.',
      contentHtml: '<p>Tool and API support for the <strong>Resource Description Framework</strong> is slowly coming of age.</p>',
    });
  });
});

describe('Atom 1.0', () => {
  const feed = parseFixture('atom-10-xmlbase.xml', 'https://feeds.example.test/blog.atom');

  it('reads feed metadata: html title, text subtitle kept literally, xml:lang', () => {
    expect(feed).toMatchObject({ format: 'atom', title: "Ann & Bob's Blog", description: 'Notes <not markup>', language: 'en-US' });
    expect(feed.link).toBe('https://blog.example.org/'); // rel=alternate, resolved against xml:base
  });

  it('resolves links against nested xml:base, prefers rel=alternate', () => {
    const [entry] = feed.items;
    expect(entry.link).toBe('https://blog.example.org/posts/2024/relative-links.html');
    expect(entry.image).toBe('https://blog.example.org/img/cover.png'); // rel=enclosure image
  });

  it('reads dates, inherited author, label-or-term categories, xhtml content', () => {
    const [entry, second] = feed.items;
    expect(entry).toMatchObject({
      id: 'tag:blog.example.org,2024:1',
      published: '2024-03-01T09:00:00.000Z',
      updated: '2024-03-01T12:00:00.500Z',
      author: 'Ann Author',
      categories: ['The Web', 'xml'],
      summary: 'Why xml:base matters.',
    });
    expect(entry.contentHtml).toBe('<p>Body with <a href="x.html">a link</a> and <img src="pic.jpg" alt=""/>.</p>');
    expect(second).toMatchObject({ title: 'Plain <b> text title', author: 'Guest Writer', published: null, updated: '2024-02-28T08:00:00.000Z' });
    expect(second.summary).toBe('Just some text content, long enough to be a summary.');
    expect(second.contentHtml).toBeNull(); // type="text" content is not HTML
  });

  it('prefixes the Atom namespace at the root (atom:feed) too', () => {
    const text = `<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:title>Prefixed</a:title>
      <a:entry><a:id>p1</a:id><a:title>One</a:title><a:link href="https://p.example/1"/></a:entry></a:feed>`;
    const prefixed = parseFeed(text, { url: 'https://p.example/feed' });
    expect(prefixed).toMatchObject({ format: 'atom', title: 'Prefixed' });
    expect(prefixed.items[0]).toMatchObject({ id: 'p1', title: 'One', link: 'https://p.example/1' });
  });
});

describe('Atom 0.3', () => {
  it('reads tagline, issued/modified and escaped-mode content', () => {
    const feed = parseFixture('atom-03.xml');
    expect(feed).toMatchObject({ format: 'atom', title: 'dive into mark', link: 'http://diveintomark.org/', description: 'A lot of effort went into making this effortless', language: 'en' });
    expect(feed.items[0]).toMatchObject({
      title: 'Atom 0.3 snapshot',
      link: 'http://diveintomark.org/2003/12/13/atom03',
      published: '2003-12-13T12:29:29.000Z',
      updated: '2003-12-13T18:30:02.000Z',
      author: 'Mark Pilgrim',
      summary: '[Update: The Atom draft is finished.]',
      contentHtml: '<p><i>[Update: The Atom draft is finished.]</i></p>',
    });
  });
});

describe('JSON Feed', () => {
  it('reads 1.0: numeric id, author object, relative url, content_text', () => {
    const feed = parseFixture('jsonfeed-10.json', 'https://example.org/feed.json');
    expect(feed).toMatchObject({ format: 'json', title: 'My Example Feed', link: 'https://example.org/', language: null });
    expect(feed.items[0]).toMatchObject({ id: '2', title: 'This is a second item.', link: 'https://example.org/second-item', published: '2010-02-07T19:04:00.000Z', author: 'Feed Author', summary: 'This is a second item.', categories: ['one', 'two'] });
    expect(feed.items[1]).toMatchObject({
      id: '1',
      title: 'Hello, world',
      link: 'https://example.org/first-item',
      author: 'Item Author',
      summary: 'Hello, world!',
      contentHtml: '<p>Hello, <b>world</b>!</p><img src="/hello.png">',
      image: 'https://example.org/banner.jpg',
    });
  });

  it('reads 1.1: authors array, language, summary, attachments, external_url', () => {
    const feed = parseFixture('jsonfeed-11.json');
    expect(feed).toMatchObject({ format: 'json', title: 'JSON Feed 1.1', description: 'Version 1.1 with authors and language', language: 'fr-FR' });
    expect(feed.items[0]).toMatchObject({
      title: 'Élan',
      author: 'Marie',
      summary: 'Un résumé court.',
      published: '2021-06-01T08:00:00.000Z',
      updated: '2021-06-02T10:00:00.000Z',
      categories: ['Actualité', 'Monde'],
      image: 'https://example.com/a.png',
    });
    expect(feed.items[1]).toMatchObject({ link: 'https://other.example.net/b', author: 'Auteur du flux', summary: 'Linked item with no title' });
  });
});

describe('character encodings through decodeFeedBytes', () => {
  it('windows-1252 bytes 0x80–0x9F (declared iso-8859-1) become smart quotes, € and dashes', () => {
    const feed = parseFixture('windows-1252.rss');
    expect(feed.title).toBe('Café “Quotes”');
    expect(feed.description).toBe('Prices in € – ‘single’ … ŠšŽžŒœŸ');
    expect(feed.items[0]).toMatchObject({ title: '“Smart quotes” cost €5 — naïve résumé', summary: 'It’s ™ and † ‡ ‰ ƒ' });
  });

  it.each(['utf16le-bom.xml', 'utf16be-bom.xml'])('UTF-16 with a BOM: %s', (name) => {
    const feed = parseFixture(name);
    expect(feed).toMatchObject({ format: 'atom', title: 'UTF-16 über 日本語' });
    expect(feed.items[0]).toMatchObject({ id: 'urn:utf16:1', title: 'Emoji 😀 and 中文', link: 'https://u16.example.com/1' });
  });

  it('ISO-8859-15 and ISO-8859-2', () => {
    expect(parseFixture('iso-8859-15.rss').items[0].title).toBe('Prix : 10 €, cœur');
    expect(parseFixture('iso-8859-15.rss').title).toBe('Euro € Œuvre Š');
    expect(parseFixture('iso-8859-2.rss').items[0].title).toBe('Łódź: żółw śpi - český');
  });

  it('an HTTP charset overrides the declaration', () => {
    // The file says iso-8859-1 but a server claiming UTF-8 wins; its 0x93 bytes become U+FFFD.
    expect(parseFixture('windows-1252.rss', undefined, 'text/xml; charset=utf-8').title).toBe('Caf\ufffd \ufffdQuotes\ufffd');
  });
});

describe('awkward but real input', () => {
  it('keeps RTL titles, authors and categories intact', () => {
    const feed = parseFixture('rtl.rss');
    expect(feed).toMatchObject({ title: 'أخبار اليوم', description: 'آخر الأخبار من العالم العربي', language: 'ar' });
    expect(feed.items[0]).toMatchObject({ title: 'الرئيس يفتتح معرض الكتاب الدولي', author: 'محمد علي', categories: ['ثقافة'] });
    expect(feed.items[1]).toMatchObject({ title: 'ממשלה חדשה הושבעה בירושלים', author: 'דנה כהן', categories: ['פוליטיקה'], published: '2024-03-10T18:00:00.000Z' });
  });

  it('turns bad dates into null and odd ones into UTC', () => {
    const dates = Object.fromEntries(parseFixture('bad-dates.rss').items.map((i) => [i.title, i.published]));
    expect(dates).toEqual({
      'no date': null,
      garbage: null,
      'wrong weekday, 2-digit year, no seconds': '2021-01-02T23:04:00.000Z',
      'Portuguese month': '2015-02-05T12:00:00.000Z',
      'German month': '2019-10-03T05:00:00.000Z',
      'impossible day': null,
      'only dc:date, lowercase t': '2023-01-01T00:59:59.999Z',
      'empty date': null,
    });
  });

  it('keeps items with any one field, drops empty ones and unsafe link schemes', () => {
    const feed = parseFixture('missing-fields.rss');
    expect(feed).toMatchObject({ title: '', link: '', description: '', language: null });
    expect(feed.items.map((i) => [i.id, i.title, i.link, i.summary])).toEqual([
      ['Only a title', 'Only a title', '', ''],
      // Untitled: a title from the link's last path segment, or the text's first sentence.
      ['https://missing.example.com/only-link', 'Only link', 'https://missing.example.com/only-link', ''],
      ['Only a description', 'Only a description', '', 'Only a description'],
      ['only-a-guid', '', '', ''],
      ['Bad link scheme', 'Bad link scheme', '', ''],
    ]);
  });

  it('reads tags and attributes case-insensitively', () => {
    const feed = parseFeed('<RSS><Channel><Title>Shouty</Title><ITEM><TITLE>Up</TITLE><LINK>https://c.example/1</LINK><PubDate>Tue, 14 May 2024 09:30:00 GMT</PubDate><GUID IsPermaLink="false">x</GUID></ITEM></Channel></RSS>', { url: 'https://c.example/' });
    expect(feed.title).toBe('Shouty');
    expect(feed.items[0]).toMatchObject({ id: 'x', title: 'Up', link: 'https://c.example/1', published: '2024-05-14T09:30:00.000Z' });
  });

  it('maps unusual namespace prefixes by their URI', () => {
    const text = `<rss xmlns:creator="http://purl.org/dc/elements/1.1/" xmlns:body="http://purl.org/rss/1.0/modules/content/"><channel><item>
      <title>NS</title><creator:creator>Ns Author</creator:creator><body:encoded>&lt;p&gt;body&lt;/p&gt;</body:encoded></item></channel></rss>`;
    expect(parseFeed(text, { url: 'https://ns.example/' }).items[0]).toMatchObject({ author: 'Ns Author', contentHtml: '<p>body</p>' });
  });

  it('reads raw (unescaped) markup inside a description as HTML, in order', () => {
    const text = '<rss><channel><item><title>Raw</title><description>Hello <b>bold</b> world<br/>again</description></item></channel></rss>';
    const [item] = parseFeed(text, { url: 'https://raw.example/' }).items;
    expect(item.summary).toBe('Hello bold world again');
    expect(item.contentHtml).toBe('Hello <b>bold</b> world<br/>again');
  });

  it('caps long summaries at a word boundary with an ellipsis', () => {
    const words = Array.from({ length: 300 }, (_, i) => `word${i}`).join(' ');
    const [item] = parseFeed(`<rss><channel><item><title>Long</title><description>${words}</description></item></channel></rss>`, { url: 'https://l.example/' }).items;
    expect(item.summary.length).toBeLessThanOrEqual(601);
    expect(item.summary).toMatch(/ word\d+…$/);
    expect(words.startsWith(item.summary.slice(0, -1))).toBe(true);
  });

  it('keeps entries with distinct ids apart though they share a link (a live page)', () => {
    const text = `<rss><channel>
      <item><guid>a</guid><title>First</title><link>https://d.example/live</link></item>
      <item><guid>b</guid><title>Again</title><link>https://d.example/live</link><author>x@y.z (Later Author)</author></item>
      <item><guid>c</guid><title>Other</title><link>https://d.example/y</link></item></channel></rss>`;
    const feed = parseFeed(text, { url: 'https://d.example/' });
    expect(feed.items.map((i) => [i.id, i.title, i.author])).toEqual([['a', 'First', null], ['b', 'Again', 'Later Author'], ['c', 'Other', null]]);
  });

  it('merges entries with equal ids, and entries without ids whose links are equal', () => {
    const text = `<rss><channel>
      <item><guid>a</guid><title>First</title><link>https://d.example/x</link></item>
      <item><guid>a</guid><title>First again</title><link>https://d.example/x</link><author>x@y.z (Later Author)</author></item>
      <item><title>No id</title><link>https://d.example/z</link></item>
      <item><title>No id, same link</title><link>https://d.example/z</link><description>Filled in.</description></item>
      <item><title>Own id, same link</title><guid>own</guid><link>https://d.example/z</link></item></channel></rss>`;
    const feed = parseFeed(text, { url: 'https://d.example/' });
    expect(feed.items.map((i) => [i.id, i.title, i.author, i.summary])).toEqual([
      ['a', 'First', 'Later Author', ''],
      ['https://d.example/z', 'No id', null, 'Filled in.'],
      ['own', 'Own id, same link', null, ''],
    ]);
  });

  it.each([
    ['<description>Harbour cranes return after forty years. The port is busy again.</description><link>https://e.example/a</link>', 'Harbour cranes return after forty years.'],
    ['<link>https://e.example/2026/12/harbour-cranes_return.html</link>', 'Harbour cranes return'],
    ['<link>https://e.example/2026/12/04/</link><guid>g1</guid>', ''],
    [`<description>${'Word '.repeat(40)}</description><guid>g2</guid>`, `${'Word '.repeat(15)}Word…`],
  ])('titles an untitled entry from its text or link: %s', (entry, title) => {
    const feed = parseFeed(`<rss><channel><item>${entry}</item></channel></rss>`, { url: 'https://e.example/' });
    expect(feed.items[0].title).toBe(title);
  });
});

describe('a feed read from a file', () => {
  const file = 'file:///home/me/feeds/saved.xml';

  it('resolves relative links against the site link the feed names, never to a file: URL', () => {
    const rss = parseFeed(`<rss><channel><title>Saved</title><link>https://site.example/news/</link>
      <item><title>One</title><link>/story/1.html</link><description>&lt;img src="img/a.jpg"&gt;</description></item>
      <item><title>Two</title><link>story/2.html</link></item></channel></rss>`, { url: file });
    expect(rss.items.map((i) => i.link)).toEqual(['https://site.example/story/1.html', 'https://site.example/news/story/2.html']);
    expect(rss.items[0].image).toBe('https://site.example/news/img/a.jpg');
    const atom = parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><title>Saved</title><link rel="alternate" href="https://atom.example/"/>
      <entry><id>e1</id><title>One</title><link href="posts/1"/></entry></feed>`, { url: file });
    expect(atom.items[0].link).toBe('https://atom.example/posts/1');
    const json = parseFeed(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Saved', home_page_url: 'https://json.example/blog/', items: [{ id: '1', url: 'p/1', title: 'One' }] }), { url: file });
    expect(json.items[0].link).toBe('https://json.example/blog/p/1');
  });

  it('lets xml:base win over the site link', () => {
    const feed = parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://base.example/a/"><title>T</title><link rel="alternate" href="https://site.example/"/>
      <entry><id>e1</id><title>One</title><link href="x"/></entry></feed>`, { url: file });
    expect(feed.items[0].link).toBe('https://base.example/a/x');
  });

  it('keeps neighbouring files for a feed whose site link is itself relative (a local edition)', () => {
    const feed = parseFeed('<rss><channel><title>Local</title><link>../articles/</link><item><title>One</title><link>../articles/one.html</link></item></channel></rss>', { url: file });
    expect(feed.items[0].link).toBe('file:///home/me/articles/one.html');
  });
});
