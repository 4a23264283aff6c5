import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeFeedBytes } from '../../../src/core/feed/decode.js';
import { discoverFeedLinks, looksLikeFeed } from '../../../src/core/feed/discover.js';
import { corpusFeedDir, fixtureDir, hasCorpus, readBytes } from './feed-fixtures.js';

describe('discoverFeedLinks', () => {
  const page = readFileSync(path.join(fixtureDir, 'html-page.html'), 'utf8');

  it('finds alternate feed links in page order, resolved against <base>, deduped', () => {
    expect(discoverFeedLinks(page, 'https://www.example.com/index.html')).toEqual([
      { url: 'https://www.example.com/news/feed.rss', title: 'Example News (RSS)', type: 'application/rss+xml' },
      { url: 'https://www.example.com/atom.xml', title: 'Example News (Atom)', type: 'application/atom+xml' },
      { url: 'https://www.example.com/feed.json', title: 'JSON & more', type: 'application/feed+json' },
      { url: 'https://www.example.com/index.rdf', title: 'RDF', type: 'application/rdf+xml' },
    ]);
  });

  it('resolves against the page URL when there is no <base>', () => {
    const html = '<head><link rel=alternate type=application/atom+xml href="../feed.atom"><link rel="alternate" type="application/json" href="feed.json"></head>';
    expect(discoverFeedLinks(html, 'https://site.example/blog/post/')).toEqual([
      { url: 'https://site.example/blog/feed.atom', title: '', type: 'application/atom+xml' },
      { url: 'https://site.example/blog/post/feed.json', title: '', type: 'application/json' },
    ]);
  });

  it('ignores non-feed alternates, other rels and unsafe schemes', () => {
    const html = `<link rel="alternate" type="text/html" href="/fr/">
      <link rel="stylesheet" type="application/rss+xml" href="/x.rss">
      <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
      <link rel="alternate" type="application/rss+xml">`;
    expect(discoverFeedLinks(html, 'https://site.example/')).toEqual([]);
  });

  it('sanitises titles', () => {
    const html = '<link rel="alternate" type="application/rss+xml" title="News&#27;]0;pwned&#7; \u202efeed" href="/f">';
    expect(discoverFeedLinks(html, 'https://site.example/')).toEqual([{ url: 'https://site.example/f', title: 'News feed', type: 'application/rss+xml' }]);
  });

  it('stays linear on deeply nested pages', () => {
    const html = `${'<div>'.repeat(200_000)}<link rel="alternate" type="application/rss+xml" href="/deep.rss">`;
    expect(discoverFeedLinks(html, 'https://site.example/')[0].url).toBe('https://site.example/deep.rss');
  });
});

describe('looksLikeFeed', () => {
  it.each([
    ['<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', true],
    ['\ufeff  <rss>', true],
    ['<?xml version="1.0"?><!-- generator --><?xml-stylesheet href="x.xsl"?>\n<feed xmlns="http://www.w3.org/2005/Atom">', true],
    ['<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="0.91">', true],
    ['<!DOCTYPE rss [<!ENTITY a "b">]><rss>', true],
    ['<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', true],
    ['<atom:feed xmlns:atom="http://www.w3.org/2005/Atom">', true],
    ['{"version": "https://jsonfeed.org/version/1.1", "items": []}', true],
    ['{"items": [], "version":"http://jsonfeed.org/version/1"}', true],
    ['<!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" href="/feed"></head></html>', false],
    ['<html><body><rss>', false],
    ['{"version": "1.0", "items": []}', false],
    ['<rssfeed>', false],
    ['<feedback/>', false],
    ['plain text', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeFeed(text)).toBe(expected);
  });

  it('says yes to our feed fixtures and no to the HTML page', () => {
    for (const name of readdirSync(fixtureDir)) {
      const text = decodeFeedBytes(readBytes(path.join(fixtureDir, name)));
      expect(looksLikeFeed(text), name).toBe(name !== 'html-page.html' && !name.endsWith('.opml'));
    }
  });

  it.skipIf(!hasCorpus)('says yes to every corpus feed', () => {
    for (const name of readdirSync(corpusFeedDir)) {
      expect(looksLikeFeed(decodeFeedBytes(readBytes(path.join(corpusFeedDir, name)))), name).toBe(true);
    }
  });
});
