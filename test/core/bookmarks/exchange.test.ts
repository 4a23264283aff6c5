import { describe, expect, it } from 'vitest';
import { bookmarkJson, exportJson, parseJsonBookmarks } from '../../../src/core/bookmarks/exchange-json.js';
import { escapeMarkdown, exportMarkdown } from '../../../src/core/bookmarks/markdown.js';
import { exportNetscape, looksLikeNetscape, parseNetscape } from '../../../src/core/bookmarks/netscape.js';
import type { Bookmark, BookmarkEntry } from '../../../src/core/bookmarks/types.js';
import { isTerminalSafe } from '../../../src/core/text/sanitize.js';
import { makeArticle } from '../../helpers/bookmarks.js';

const now = new Date('2026-11-25T10:00:00Z');
const mark = (over: Partial<Bookmark>): Bookmark => ({
  id: '0123456789ab', url: 'https://news.example/a', title: 'A title', source: 'Example News', section: 'world',
  savedAt: '2026-11-20T08:30:00.000Z', tags: ['later', 'rivers'], note: 'read on the train', hasArticle: true, ...over,
});

const entries: BookmarkEntry[] = [
  { bookmark: mark({}), article: makeArticle({ url: 'https://news.example/a' }) },
  { bookmark: mark({ id: '0123456789ac', url: 'https://akhbar.example/ar/%D9%86%D9%87%D8%B1', title: 'النهر يجري إلى الوراء', source: 'أخبار', section: '', tags: [], note: '' }), article: makeArticle({ lang: 'ar', dir: 'rtl', contentHtml: '<p>وصل المد</p>' }) },
  { bookmark: mark({ id: '0123456789ad', url: 'https://blog.example/q?a=1&b=2', title: 'Quotes "double" & \'single\' <b>bold</b>', note: 'line one\nline two', tags: ['a b'], hasArticle: false }), article: null },
];

// What survives a format without articles: the listing fields, dates to the second.
const listing = (e: BookmarkEntry) => ({ ...e.bookmark, id: undefined, hasArticle: undefined, savedAt: e.bookmark.savedAt.slice(0, 19) });

describe('JSON export and import', () => {
  it('round-trips bookmarks with their whole articles', () => {
    const { entries: back, skipped } = parseJsonBookmarks(exportJson(entries, now), now);
    expect(skipped).toBe(0);
    expect(back).toEqual(entries);
  });

  it('has stable keys and a format tag', () => {
    const parsed = JSON.parse(exportJson(entries, now));
    expect(Object.keys(parsed)).toEqual(['format', 'schemaVersion', 'exportedAt', 'bookmarks']);
    expect(Object.keys(parsed.bookmarks[0])).toEqual(['id', 'url', 'title', 'source', 'section', 'savedAt', 'tags', 'note', 'article']);
    expect(Object.keys(bookmarkJson(entries[0].bookmark))).toEqual(['id', 'url', 'title', 'source', 'section', 'savedAt', 'tags', 'note', 'offline']);
  });

  it('accepts a bare array, skips what is not a bookmark, rejects non-JSON', () => {
    const { entries: got, skipped } = parseJsonBookmarks(JSON.stringify([{ url: 'https://x.example/', title: 'X' }, { title: 'no url' }, { url: 'javascript:alert(1)' }]), now);
    expect(got.map((e) => e.bookmark.url)).toEqual(['https://x.example/']);
    expect(got[0].bookmark.savedAt).toBe(now.toISOString());
    expect(skipped).toBe(2);
    expect(() => parseJsonBookmarks('<html>', now)).toThrow(SyntaxError);
    expect(() => parseJsonBookmarks('{"hello": 1}', now)).toThrow(SyntaxError);
  });
});

describe('Netscape bookmark HTML', () => {
  it('round-trips url, title, dates (to the second), tags, note, source and section', () => {
    const html = exportNetscape(entries.map((e) => e.bookmark));
    expect(html.startsWith('<!DOCTYPE NETSCAPE-Bookmark-file-1>\n')).toBe(true);
    expect(looksLikeNetscape(html)).toBe(true);
    const { entries: back } = parseNetscape(html, now);
    expect(back.map(listing)).toEqual(entries.map(listing));
    expect(back.every((e) => e.article === null && !e.bookmark.hasArticle)).toBe(true);
  });

  it('writes the attributes browsers read, escaped', () => {
    const html = exportNetscape([entries[2].bookmark]);
    expect(html).toContain('<DT><A HREF="https://blog.example/q?a=1&amp;b=2" ADD_DATE="1795163400" TAGS="a b"');
    expect(html).toContain('>Quotes &quot;double&quot; &amp; &#39;single&#39; &lt;b&gt;bold&lt;/b&gt;</A>');
    expect(html).toContain('<DD>line one<BR>line two');
  });

  it('reads a browser export with folders, attributes in any case and no DD', () => {
    const browser = `<!DOCTYPE NETSCAPE-Bookmark-file-1>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<TITLE>Bookmarks</TITLE><H1>Bookmarks Menu</H1>
<DL><p>
  <DT><H3 ADD_DATE="1600000000">Toolbar</H3>
  <DL><p>
    <DT><a href="https://one.example/" add_date="1600000001" last_modified="1600000002">One &amp; only</a>
    <DT><A HREF="https://two.example/" TAGS="x,y">Two</A>
    <DD>Second's note
  </DL><p>
  <DT><A HREF="place:sort=8">Recent</A>
</DL><p>`;
    const { entries: got, skipped } = parseNetscape(browser, now);
    expect(got.map((e) => [e.bookmark.url, e.bookmark.title, e.bookmark.tags, e.bookmark.note])).toEqual([
      ['https://one.example/', 'One & only', [], ''],
      ['https://two.example/', 'Two', ['x', 'y'], "Second's note"],
    ]);
    expect(got[0].bookmark.savedAt).toBe('2020-09-13T12:26:41.000Z');
    expect(skipped).toBe(1);
  });
});

describe('Markdown export', () => {
  it('lists links with source, date, tags and quoted notes', () => {
    const md = exportMarkdown(entries.map((e) => e.bookmark), now);
    expect(md).toContain('# Bookmarks\n');
    expect(md).toContain('- [A title](<https://news.example/a>) — Example News · 2026-11-20 · #later · #rivers\n  > read on the train\n');
    expect(md).toContain('[Quotes "double" \\& \'single\' \\<b\\>bold\\</b\\>]');
    expect(md).toContain('  > line one\n  > line two\n');
  });

  it('escapes what would become links, HTML or list items', () => {
    expect(escapeMarkdown('[x](javascript:1) <script>')).toBe('\\[x\\]\\(javascript:1\\) \\<script\\>');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
  });
});

describe('hostile titles and notes', () => {
  const hostile = mark({
    title: '\u001b]52;c;cHduZWQ=\u0007Evil \u202egnirts\u202c <script>alert("x")</script> \u001b[2J',
    note: 'note \u001b[31mred\u001b[0m </A><A HREF="javascript:alert(1)">',
    source: '"><img src=x onerror=alert(1)>',
    tags: ['a"b', '<t>'],
  });

  it('leave no escape sequence or bidi override in any export', () => {
    const outputs = [exportNetscape([hostile]), exportMarkdown([hostile], now), exportJson([{ bookmark: hostile, article: null }], now)];
    for (const out of outputs) {
      expect(out).not.toContain('\u001b');
      expect(out).not.toContain('\u202e');
      expect(isTerminalSafe(out)).toBe(true);
    }
  });

  it('cannot break out of the Netscape markup', () => {
    const html = exportNetscape([hostile]);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<A HREF="javascript');
    const { entries: back } = parseNetscape(html, now);
    expect(back).toHaveLength(1);
    expect(back[0].bookmark.title).toBe('Evil gnirts <script>alert("x")</script>');
    expect(back[0].bookmark.tags).toEqual(['a"b', '<t>']);
    expect(back[0].bookmark.note).toBe('note red </A><A HREF="javascript:alert(1)">');
  });

  it('are sanitised when imported from JSON', () => {
    const { entries: back } = parseJsonBookmarks(JSON.stringify([{ url: 'https://x.example/', title: hostile.title, note: hostile.note }]), now);
    expect(isTerminalSafe(back[0].bookmark.title)).toBe(true);
    expect(isTerminalSafe(back[0].bookmark.note)).toBe(true);
  });
});
