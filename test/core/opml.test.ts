import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FeedParseError } from '../../src/core/errors.js';
import { parseOpml, serializeOpml, type OpmlOutline } from '../../src/core/opml.js';
import { isTerminalSafe } from '../../src/core/text/sanitize.js';
import { fixtureDir } from './feed/feed-fixtures.js';

const feed = (title: string, xmlUrl: string, htmlUrl?: string): OpmlOutline => (htmlUrl ? { title, xmlUrl, htmlUrl, children: [] } : { title, xmlUrl, children: [] });

describe('parseOpml', () => {
  it('reads nested folders, text-or-title, attribute case and entities (OPML 1.0 file)', () => {
    const outlines = parseOpml(readFileSync(path.join(fixtureDir, 'subscriptions.opml'), 'utf8'));
    expect(outlines).toEqual([
      {
        title: 'News',
        children: [
          feed('The Guardian', 'https://www.theguardian.com/us/rss', 'https://www.theguardian.com/us'),
          feed('Only a title attribute', 'https://only-title.example/feed?a=1&b=2'),
          { title: 'Tech', children: [feed('Heise & Co', 'https://www.heise.de/rss/heise-atom.xml'), { title: 'Empty folder', children: [] }] },
        ],
      },
      feed('Top level feed', 'https://top.example/rss', 'https://top.example/'),
      { title: 'A plain link', children: [] },
      feed('Café ☕ é', 'https://cafe.example/feed'),
    ]);
  });

  it('tolerates junk around and inside the document', () => {
    const text = `garbage before <opml version="2.0"><head><title>t</title></head><body>
      <p>not an outline</p>
      <outline text="kept" xmlUrl="https://kept.example/rss"></outline>
      <outline text="unclosed" xmlUrl="https://unclosed.example/rss">
      </body></opml> trailing`;
    expect(parseOpml(text)).toEqual([feed('kept', 'https://kept.example/rss'), feed('unclosed', 'https://unclosed.example/rss')]);
  });

  it('sanitises titles and URLs', () => {
    const outlines = parseOpml('<opml><body><outline text="Evil&#27;]0;x&#7; name &#8238;" xmlUrl="https://e.example/&#27;[2J"/></body></opml>');
    expect(outlines[0].title).toBe('Evil name');
    expect(isTerminalSafe(outlines[0].xmlUrl ?? '')).toBe(true);
  });

  it('flattens absurdly deep nesting instead of recursing', () => {
    const depth = 50_000;
    const text = `<opml><body>${'<outline text="f">'.repeat(depth)}<outline text="deep" xmlUrl="https://deep.example/rss"/>${'</outline>'.repeat(depth)}</body></opml>`;
    let level = parseOpml(text);
    let levels = 0;
    while (level.length === 1 && !level[0].xmlUrl) {
      level = level[0].children;
      levels++;
    }
    expect(levels).toBeLessThan(40);
    expect(level).toEqual([feed('deep', 'https://deep.example/rss')]);
  });

  it.each([
    ['', 'empty'],
    ['<rss><channel/></rss>', 'a feed'],
    ['<opml version="2.0"><head/></opml>', 'no body'],
    ['<html><body><outline text="x"/></body></html>', 'HTML'],
  ])('rejects %j (%s)', (text) => {
    expect(() => parseOpml(text)).toThrow(FeedParseError);
    expect(() => parseOpml(text)).toThrow(/not an OPML file/);
  });
});

describe('serializeOpml', () => {
  const outlines: OpmlOutline[] = [
    {
      title: 'News & "Views" <daily>',
      children: [feed("Tom's feed", 'https://a.example/rss?x=1&y=<2>', 'https://a.example/'), feed('Ünïcødé ☕ עברית', 'https://b.example/feed')],
    },
    { title: 'Empty folder', children: [] },
    feed('Top', 'https://top.example/rss'),
  ];

  it('writes OPML 2.0 with escaped attributes', () => {
    const text = serializeOpml('My & your feeds', outlines, 'Mon, 01 Jan 2024 00:00:00 GMT');
    expect(text).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        '  <head>',
        '    <title>My &amp; your feeds</title>',
        '    <dateCreated>Mon, 01 Jan 2024 00:00:00 GMT</dateCreated>',
        '  </head>',
        '  <body>',
        '    <outline text="News &amp; &quot;Views&quot; &lt;daily&gt;" title="News &amp; &quot;Views&quot; &lt;daily&gt;">',
        '      <outline text="Tom&apos;s feed" title="Tom&apos;s feed" type="rss" xmlUrl="https://a.example/rss?x=1&amp;y=&lt;2&gt;" htmlUrl="https://a.example/"/>',
        '      <outline text="Ünïcødé ☕ עברית" title="Ünïcødé ☕ עברית" type="rss" xmlUrl="https://b.example/feed"/>',
        '    </outline>',
        '    <outline text="Empty folder" title="Empty folder"/>',
        '    <outline text="Top" title="Top" type="rss" xmlUrl="https://top.example/rss"/>',
        '  </body>',
        '</opml>',
        '',
      ].join('\n'),
    );
  });

  it('round-trips through parseOpml', () => {
    expect(parseOpml(serializeOpml('t', outlines, 'd'))).toEqual(outlines);
  });

  it('never writes characters XML forbids, and escapes line breaks in attributes', () => {
    const text = serializeOpml('a\u0001b', [feed('x\u0000y\nz', 'https://c.example/')], 'd');
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/); // eslint-disable-line no-control-regex
    expect(text).toContain('<title>ab</title>');
    expect(text).toContain('text="xy&#10;z"');
  });
});
