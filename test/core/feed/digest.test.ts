import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeFeedBytes } from '../../../src/core/feed/decode.js';
import { digestFeed, digestOf, type FeedDigest } from '../../../src/core/feed/digest.js';
import { parseFeed } from '../../../src/core/feed/parse-feed.js';
import { corpusFeedDir, fixtureDir, hasCorpus, readBytes, repoRoot } from './feed-fixtures.js';

const URL_ = 'https://feeds.example.test/dir/feed.xml';

/** What the full parser says, as a digest; null when it refuses the text. */
function parsedDigest(text: string, url = URL_): FeedDigest | null {
  try {
    return digestOf(parseFeed(text, { url }));
  } catch {
    return null;
  }
}

const read = (file: string) => decodeFeedBytes(readBytes(file));
const ownFeeds = [
  ...readdirSync(fixtureDir).filter((n) => !n.endsWith('.opml')).map((n) => path.join(fixtureDir, n)),
  ...['cli/hostile.xml', 'cli/wire.xml', 'services/demo-feed.xml'].map((n) => path.join(repoRoot, 'test/fixtures', n)),
  ...readdirSync(path.join(repoRoot, 'editions/demo/feeds')).map((n) => path.join(repoRoot, 'editions/demo/feeds', n)),
];
const corpusFeeds = hasCorpus ? readdirSync(corpusFeedDir).sort().map((n) => path.join(corpusFeedDir, n)) : [];

describe('digestFeed', () => {
  it.each(ownFeeds.map((f) => [path.relative(repoRoot, f), f]))('%s: the parser\'s format, title and item ids', (_name, file) => {
    const text = read(file);
    const digest = digestFeed(text, URL_);
    if (digest) expect(digest).toEqual(parsedDigest(text));
    else expect(path.basename(file)).toMatch(/^(html-page\.html|missing-fields\.rss|hostile\.rss|rss-092\.xml)$/);
  });

  it.skipIf(!hasCorpus).each(corpusFeeds.map((f) => [path.basename(f), f]))('corpus %s: same as the parser, and digested (not handed back) unless an item is empty', (name, file) => {
    const text = read(file);
    const digest = digestFeed(text, URL_);
    if (name === 'incomplete-fields.atom') expect(digest).toBeNull();
    else expect(digest).toEqual(parsedDigest(text));
  });

  it('gives up (null) on what only the parser can word: not a feed, bad JSON, an empty document', () => {
    expect(digestFeed(read(path.join(fixtureDir, 'html-page.html')), URL_)).toBeNull();
    expect(digestFeed(read(path.join(fixtureDir, 'subscriptions.opml')), URL_)).toBeNull();
    expect(digestFeed('{"items": [', URL_)).toBeNull();
    expect(digestFeed('{"title": "no items, no version"}', URL_)).toBeNull();
    expect(digestFeed('  \n ', URL_)).toBeNull();
  });

  it('gives up on an item named by neither id nor link (the parser names it by title and date)', () => {
    const text = '<rss><channel><title>T</title><item><title>Only a title</title></item></channel></rss>';
    expect(digestFeed(text, URL_)).toBeNull();
    expect(parsedDigest(text)?.ids).toEqual(['Only a title']);
  });

  it('gives up on a feed root wrapped in another element, which the parser still finds', () => {
    const text = '<wrapper><rss><channel><item><guid>a</guid></item></channel></rss></wrapper>';
    expect(digestFeed(text, URL_)).toBeNull();
    expect(parsedDigest(text)?.ids).toEqual(['a']);
  });

  const cases: [string, string][] = [
    ['duplicates by link merge into the first', '<rss><channel><item><guid>1</guid><link>https://a.test/x</link></item><item><guid>2</guid><link>https://a.test/x</link></item><item><link>https://a.test/x</link></item></channel></rss>'],
    ['a link gained by merging becomes a key', '<rss><channel><item><guid>1</guid></item><item><guid>1</guid><link>https://a.test/y</link></item><item><guid>3</guid><link>https://a.test/y</link></item></channel></rss>'],
    ['relative links resolve against xml:base of channel and item', '<rss><channel xml:base="https://b.test/dir/"><item xml:base="sub/"><link>a.html</link></item><item><link>../up.html</link></item></channel></rss>'],
    ['atom:link under any prefix bound to the Atom namespace', '<rss xmlns:x="http://www.w3.org/2005/Atom"><channel><item><x:link rel="alternate" href="https://c.test/1"/></item><item><x:link rel="self" href="https://c.test/self"/><guid>g</guid></item></channel></rss>'],
    ['a namespace declared on a left-out element still maps later prefixes', '<rss><channel><description xmlns:fb="http://rssnamespace.org/feedburner/ext/1.0">d</description><item><link>https://f.test/click</link><fb:origLink>https://f.test/real</fb:origLink></item></channel></rss>'],
    ['markup inside a guid is read as its text', '<rss><channel><item><guid>abc<b>def</b>ghi</guid></item></channel></rss>'],
    ['a permalink guid fills the link; isPermaLink="false" does not', '<rss><channel><item><guid>https://g.test/1</guid></item><item><guid isPermaLink="false">https://g.test/1</guid></item></channel></rss>'],
    ['RDF items beside the channel come after the channel\'s own', '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><item rdf:about="https://r.test/2"/><channel><title>R</title><item rdf:about="https://r.test/1"/></channel><item rdf:about="https://r.test/3"/></rdf:RDF>'],
    ['only the first channel counts', '<rss><channel><title>One</title><item><guid>1</guid></item></channel><channel><title>Two</title><item><guid>2</guid></item></channel></rss>'],
    ['a second top-level element is not read', '<rss><channel><item><guid>1</guid></item></channel></rss><rss><channel><item><guid>2</guid></item></channel></rss>'],
    ['an unclosed description is closed by its item', '<rss><channel><item><description>open<item><guid>inner</guid></item></description><guid>1</guid></item><item><guid>2</guid></item></channel></rss>'],
    ['items inside CDATA and comments are text', '<rss><channel><item><guid>1</guid><description><![CDATA[<item><guid>x</guid></item>]]></description></item><!-- <item><guid>y</guid></item> --></channel></rss>'],
    ['a truncated feed keeps what parsed', '<rss><channel><title>Cut</title><item><guid>1</guid></item><item><guid>2</gu'],
    ['Atom: ids, alternate links, feedburner origLink and an xhtml title', '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">A <b>bold</b> title</div></title><entry><id>urn:1</id><link rel="enclosure" href="https://a.test/e"/><link href="https://a.test/1" type="text/html"/></entry><entry><link rel="related" href="/rel"/></entry><entry><id> </id><feedburner:origLink>https://a.test/orig</feedburner:origLink></entry></feed>'],
    ['Atom rooted at a prefixed <atom:feed>', '<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:title type="html">&lt;i&gt;T&lt;/i&gt;</a:title><a:entry><a:id>x</a:id></a:entry></a:feed>'],
    ['JSON Feed: numeric ids, links from url or external_url, odd entries skipped', '{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":7},{"url":"/a"},{"external_url":"https://e.test/b"},"junk",{"id":"7","url":"/c"}]}'],
    ['hostile titles come out sanitised', '<rss><channel><title>Evil\u001b]0;pwned\u0007 title\u202e</title><item><guid>g\u009b31m</guid></item></channel></rss>'],
  ];
  it.each(cases)('%s: same as the parser', (_what, text) => {
    const digest = digestFeed(text, URL_);
    expect(digest).not.toBeNull();
    expect(digest).toEqual(parsedDigest(text));
  });
});

// Mangled feeds: cut, dropped, repeated and inserted markup at random places. Wherever the
// digest answers at all, it must be the parser's answer.
describe('digestFeed on mangled feeds', () => {
  const SNIPPETS = [
    '<item>', '</item>', '<entry>', '</entry>', '<channel>', '</channel>', '<guid>', '</guid>', '<link>', '</link>',
    '<link href="rel/x"/>', '<id>dup</id>', '<guid>https://dup.test/</guid>', '<link>https://dup.test/</link>',
    ' xml:base="https://base.test/b/"', ' xmlns:q="http://www.w3.org/2005/Atom"', '<q:link href="https://q.test/"/>',
    '<![CDATA[', ']]>', '<!--', '-->', '<title>', '</title>', '&amp;', '&#x1b;', '<', '>', '"', '</', '<rss>', '<feed>',
  ];

  function mulberry32(seed: number) {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function mangle(text: string, random: () => number): string {
    const at = () => Math.floor(random() * (text.length + 1));
    for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
      const kind = Math.floor(random() * 4);
      const a = at();
      if (kind === 0) text = text.slice(0, a);
      else if (kind === 1) text = text.slice(0, a) + text.slice(a + 1 + Math.floor(random() * 200));
      else if (kind === 2) text = text.slice(0, a) + text.slice(a, a + 1 + Math.floor(random() * 400)) + text.slice(a);
      else text = text.slice(0, a) + SNIPPETS[Math.floor(random() * SNIPPETS.length)] + text.slice(a);
    }
    return text;
  }

  function check(files: string[], perFile: number, seed: number): { answered: number; total: number } {
    const random = mulberry32(seed);
    let answered = 0;
    let total = 0;
    for (const file of files) {
      const original = read(file);
      for (let i = 0; i < perFile; i++) {
        const text = mangle(original, random);
        const digest = digestFeed(text, URL_);
        total++;
        if (!digest) continue;
        answered++;
        const parsed = parsedDigest(text);
        if (!parsed || JSON.stringify(parsed) !== JSON.stringify(digest)) {
          // Shown whole on failure, so the case can be kept as a fixture.
          expect({ file, text, digest }).toEqual({ file, text, digest: parsed });
        }
      }
    }
    return { answered, total };
  }

  it('our fixtures, 150 variants each', () => {
    const { answered, total } = check(ownFeeds, 150, 1);
    expect(answered / total).toBeGreaterThan(0.5); // the fast path was really exercised
  });

  it.skipIf(!hasCorpus)('the corpus, 40 variants each', () => {
    const { answered, total } = check(corpusFeeds, 40, 2);
    expect(answered / total).toBeGreaterThan(0.5);
  });

  it('the demo edition\'s feeds are digested, not handed back', () => {
    for (const file of ownFeeds.filter((f) => f.includes(`${path.sep}editions${path.sep}`))) {
      expect(digestFeed(read(file), URL_), file).not.toBeNull();
    }
    expect(ownFeeds.some((f) => f.includes(`${path.sep}editions${path.sep}`))).toBe(true);
  });
});

// Guards the fixture list itself: a renamed directory would otherwise test nothing.
it('finds the feed fixtures', () => {
  expect(ownFeeds.length).toBeGreaterThan(20);
  expect(readFileSync(ownFeeds[0]).length).toBeGreaterThan(0);
});
