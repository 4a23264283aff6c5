import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/core/feed/parse-feed.js';
import { buildXmlTree, type XmlElement } from '../../../src/core/feed/xml-tree.js';
import { bigAtomFeed, bigRssFeed } from '../../../bench/big-feed.mjs';

// Items are read as their elements close and dropped from the tree; these pin down that the
// feed still comes out as if the whole tree had been built first.
const titles = (text: string) => parseFeed(text, { url: 'https://example.test/feed' }).items.map((i) => i.title);

describe('buildXmlTree take', () => {
  it('offers each element as it closes, with its parent and depth, and leaves out the taken ones', () => {
    const seen: string[] = [];
    const roots = buildXmlTree('<a><b><c>x</c></b><d/><e>y</e></a>', '', {
      take: (element: XmlElement, parent: XmlElement | undefined, depth: number) => {
        seen.push(`${element.name}<${parent?.name ?? ''}@${depth}`);
        return element.name === 'b' || element.name === 'd';
      },
    });
    expect(seen).toEqual(['c<b@2', 'b<a@1', 'd<a@1', 'e<a@1', 'a<@0']);
    expect(roots[0].children.map((c) => c.name)).toEqual(['e']);
  });

  it('hands over an element left open at the end of the input, complete as far as it went', () => {
    const taken: XmlElement[] = [];
    buildXmlTree('<rss><channel><item><title>cut off</title><description>half', '', {
      take: (element: XmlElement) => element.name === 'item' && taken.push(element) > 0,
    });
    expect(taken.map((e) => e.children.map((c) => c.name))).toEqual([['title', 'description']]);
  });
});

describe('parseFeed reading items as they close', () => {
  it('gives entries the feed author even when <author> follows them', () => {
    const feed = parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
      <entry><id>1</id><title>a</title></entry>
      <entry><id>2</id><title>b</title><author><name>Own Name</name></author></entry>
      <author><name>Feed Person</name></author></feed>`, { url: 'https://example.test/atom' });
    expect(feed.items.map((i) => [i.title, i.author])).toEqual([['a', 'Feed Person'], ['b', 'Own Name']]);
  });

  it('lists RDF items in the channel first, then those beside it, in document order', () => {
    expect(titles(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
      <item><title>root1</title></item><channel><title>C</title><item><title>ch1</title></item></channel>
      <item><title>root2</title></item></rdf:RDF>`)).toEqual(['ch1', 'root1', 'root2']);
    expect(titles('<rss><item><title>before</title></item><channel><title>X</title><item><title>inside</title></item></channel><item><title>after</title></item></rss>'))
      .toEqual(['inside', 'before', 'after']);
  });

  it('ignores items nested in an item, in a description or in a second channel', () => {
    expect(titles(`<rss><channel><title>N</title><description><item><title>in description</title></item></description>
      <item><title>outer</title><item><title>inner</title></item></item><item><title>next</title></item>
      <channel><item><title>second channel</title></item></channel></channel></rss>`)).toEqual(['outer', 'next']);
  });

  it('keeps the last item of a feed cut off mid-item', () => {
    expect(titles('<rss><channel><title>Cut</title><item><title>one</title></item><item><title>two</title><description>half'))
      .toEqual(['one', 'two']);
  });

  it('reads a feed one wrapper element down, and an <rss> whose root is its channel', () => {
    expect(titles('<wrap><rss><channel><title>W</title><item><title>w1</title></item></channel></rss></wrap>')).toEqual(['w1']);
    expect(titles('<channel><title>RC</title><item><title>r1</title></item></channel>')).toEqual(['r1']);
    expect(titles('<wrap><feed xmlns="http://www.w3.org/2005/Atom"><entry><id>e</id><title>e1</title></entry></feed></wrap>')).toEqual(['e1']);
  });

  it('reads only the format of the root: no Atom entries in RSS, no RSS items in Atom', () => {
    expect(titles('<rss><channel><title>R</title><entry><title>an entry</title></entry><item><title>an item</title></item></channel></rss>')).toEqual(['an item']);
    expect(titles('<feed xmlns="http://www.w3.org/2005/Atom"><item><title>an item</title></item><entry><id>1</id><title>an entry</title></entry></feed>')).toEqual(['an entry']);
  });

  it.each([['RSS', bigRssFeed], ['Atom', bigAtomFeed]])('reads every item of a 5,000-item %s archive, in order', (_format, make) => {
    const feed = parseFeed(make(5000), { url: 'https://example.test/archive' });
    expect(feed.title).toBe('The Big Archive');
    expect(feed.items).toHaveLength(5000);
    expect(feed.items[0]).toMatchObject({ id: 'archive-0', link: 'https://archive.example/s/0.html', author: 'Reporter 0', categories: ['Topic 0'] });
    expect(feed.items[4999]).toMatchObject({ id: 'archive-4999', title: expect.stringMatching(/^Story 4999: .* & more$/) });
    expect(new Set(feed.items.map((i) => i.id)).size).toBe(5000);
  });

  it('merges a duplicate read thousands of items later into the first, and titles an untitled one', () => {
    const extra = '<item><guid isPermaLink="false">archive-0</guid><enclosure url="https://archive.example/0.jpg" type="image/jpeg"/></item>' +
      '<item><guid isPermaLink="false">untitled</guid><link>https://archive.example/s/0.html</link><description>Harbour reopens. More later.</description></item>';
    const feed = parseFeed(bigRssFeed(5000).replace('</channel>', `${extra}</channel>`), { url: 'https://example.test/archive' });
    expect(feed.items).toHaveLength(5001);
    expect(feed.items[0]).toMatchObject({ id: 'archive-0', image: 'https://archive.example/0.jpg' });
    // Its own id, though it shares item 0's link: an item of its own.
    expect(feed.items[5000]).toMatchObject({ id: 'untitled', title: 'Harbour reopens.', link: 'https://archive.example/s/0.html' });
  });
});
