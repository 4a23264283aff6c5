import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ExtractError, FetchError } from '../../src/core/errors.js';
import { createArticleCache } from '../../src/services/article-cache.js';
import { assertHtml, createArticleService, type ArticleService, type FeedFallback } from '../../src/services/article-service.js';
import { createHttpClient } from '../../src/services/http-client.js';
import type { TidingsDatabase } from '../../src/services/database.js';
import { fixture } from '../core/article/article-fixtures.js';
import { tempDatabase } from '../helpers/temp-database.js';
import { redirect, sendBody, startLoopbackServer, type LoopbackServer } from '../helpers/loopback-server.js';

const HTML = { 'content-type': 'text/html; charset=utf-8' };
const latin1 = (text: string) => Buffer.from(text, 'latin1');
const story = 'Die Stadtverwaltung hat am Dienstag über das Hafenbudget beraten. ';

const fallback: FeedFallback = {
  title: 'Feed title',
  link: '',
  contentHtml: '<p>The feed carried <b>this text</b> in full.</p>',
  summary: 'The feed carried this text.',
  author: 'Feed Author',
  published: '2024-01-01T00:00:00Z',
};

describe('createArticleService', () => {
  let server: LoopbackServer;
  let dir: string;
  let database: TidingsDatabase;
  let service: ArticleService;

  beforeAll(async () => {
    server = await startLoopbackServer({
      '/story': sendBody(fixture('structures.html'), { headers: HTML }),
      '/old': redirect('/moved'),
      '/moved': redirect('/story', 301),
      '/pdf': sendBody('%PDF-1.4', { headers: { 'content-type': 'application/pdf' } }),
      '/missing': sendBody('gone', { status: 404, headers: HTML }),
      '/nav': sendBody('<html><body><a href="/a">a</a> <a href="/b">b</a></body></html>', { headers: HTML }),
      '/latin1': sendBody(latin1(`<html><head><title>Gr\u00fc\u00dfe</title></head><body><article><p>${story.repeat(6)}M\u00fcnchen \u0093zitiert\u0094</p></article></body></html>`), { headers: { 'content-type': 'text/html; charset=iso-8859-1' } }),
      '/meta1252': sendBody(latin1(`<html><head><meta charset="windows-1252"><title>Caf\u00e9</title></head><body><article><p>${story.repeat(6)}\u0080 5 \u2013 caf\u00e9</p></article></body></html>`.replace('\u2013', '\u0096')), { headers: { 'content-type': 'text/html' } }),
      '/untyped': sendBody(`<!doctype html><html><body><article><p>${story.repeat(6)}</p></article></body></html>`, { headers: { 'content-type': '' } }),
      '/with-resources': sendBody(`<html><head><link rel="stylesheet" href="/style.css"><script src="/app.js"></script></head><body><article>
        <p>${story.repeat(6)}</p><img src="/photo.jpg" alt="photo"><iframe src="/frame"></iframe><video src="/clip.mp4"></video></article></body></html>`, { headers: HTML }),
    });
  });
  afterAll(() => server.close());

  beforeEach(() => {
    ({ database, dir } = tempDatabase());
    const cache = createArticleCache({ database: () => database, now: () => new Date('2026-01-01T00:00:00Z'), capBytes: 1e9 });
    service = createArticleService({ http: createHttpClient({ timeoutMs: 5000 }), cache, now: () => new Date() });
  });
  afterEach(() => {
    database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('fetches, extracts and caches; the second open comes from the cache without a request', async () => {
    const first = await service.load(server.url('/story'));
    expect(first).toMatchObject({ fromCache: false, notice: null });
    expect(first.article.title).toBe('Harbour cranes return to the old port');
    expect(server.requestsTo('/story').at(-1)?.headers.accept).toMatch(/^text\/html/);
    const before = server.requestsTo('/story').length;
    const second = await service.load(server.url('/story'));
    expect(second.fromCache).toBe(true);
    expect(second.article).toEqual(first.article);
    expect(server.requestsTo('/story').length).toBe(before);
  });

  it('opens a cached article offline, and refuses an uncached one', async () => {
    await service.load(server.url('/story'));
    expect((await service.load(server.url('/story'), { offline: true })).fromCache).toBe(true);
    await expect(service.load(server.url('/latin1'), { offline: true })).rejects.toMatchObject({ reason: 'offline-miss' });
  });

  it('follows redirects and keeps the final URL (links resolve against it)', async () => {
    const { article } = await service.load(server.url('/old'));
    expect(article.url).toBe(server.url('/story'));
    expect(article.leadImage?.url).toBe(server.url('/images/cranes-large.jpg'));
    expect((await service.load(server.url('/story'), { offline: true })).fromCache).toBe(true);
  });

  it('decodes legacy charsets from the header and from <meta>', async () => {
    const a = await service.load(server.url('/latin1'));
    expect(a.article.title).toBe('Grüße');
    expect(a.article.contentHtml).toContain('München “zitiert”');
    const b = await service.load(server.url('/meta1252'));
    expect(b.article.title).toBe('Café');
    expect(b.article.contentHtml).toContain('€ 5 – café');
  });

  it('sniffs HTML served without a type', async () => {
    expect((await service.load(server.url('/untyped'))).article.wordCount).toBeGreaterThan(50);
  });

  it('never fetches subresources (images, scripts, styles, frames)', async () => {
    await service.load(server.url('/with-resources'));
    expect(server.requests.map((r) => r.path).filter((p) => ['/style.css', '/app.js', '/photo.jpg', '/frame', '/clip.mp4'].includes(p))).toEqual([]);
  });

  it('reports HTTP errors, non-HTML and non-articles as typed errors', async () => {
    await expect(service.load(server.url('/missing'))).rejects.toMatchObject({ reason: 'http-status', status: 404 });
    await expect(service.load(server.url('/pdf'))).rejects.toThrow(new ExtractError('not HTML (application/pdf)'));
    await expect(service.load(server.url('/nav'))).rejects.toThrow('not an article (no readable content found)');
  });

  it("falls back to the feed's text with a notice when the page fails", async () => {
    const missing = await service.load(server.url('/missing'), { fallback });
    expect(missing.notice).toBe("Showing the feed's text: HTTP 404 Not Found");
    expect(missing.article).toMatchObject({ title: 'Feed title', byline: 'Feed Author', url: server.url('/missing'), contentHtml: fallback.contentHtml });
    const nav = await service.load(server.url('/nav'), { fallback: { ...fallback, contentHtml: null } });
    expect(nav.notice).toBe("Showing the feed's text: not an article (no readable content found)");
    expect(nav.article.contentHtml).toBe('<p>The feed carried this text.</p>');
    const offline = await service.load(server.url('/story?x'), { offline: true, fallback });
    expect(offline.notice).toMatch(/^Showing the feed's text: not in the article cache/);
  });

  it('reports "too large" from the client limit', async () => {
    const small = createArticleService({ http: createHttpClient({ maxBytes: 1000 }), cache: createArticleCache({ database: () => database, now: () => new Date(), capBytes: 1e9 }), now: () => new Date() });
    await expect(small.load(server.url('/story'))).rejects.toMatchObject({ reason: 'too-large' });
  });

  it('reads local files without caching them', async () => {
    const file = join(dir, 'page.html');
    writeFileSync(file, fixture('structures.html'));
    const url = pathToFileURL(file).href;
    expect((await service.load(url)).article.title).toBe('Harbour cranes return to the old port');
    expect((await service.load(url)).fromCache).toBe(false);
    await expect(service.load(pathToFileURL(join(dir, 'nope.html')).href)).rejects.toBeInstanceOf(FetchError);
  });
});

describe('assertHtml', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it.each([
    ['text/html; charset=utf-8', 'x'],
    ['application/xhtml+xml', 'x'],
    [null, '\ufeff<!DOCTYPE html><p>x'],
    ['text/plain', '  <html><body>x'],
  ])('accepts %s', (type, body) => expect(() => assertHtml(type, bytes(body))).not.toThrow());
  it.each([
    ['application/json', '{"a":1}', 'not HTML (application/json)'],
    [null, '%PDF-1.4', 'not HTML (unknown type)'],
    ['text/plain', 'just words', 'not HTML (text/plain)'],
  ])('refuses %s', (type, body, message) => expect(() => assertHtml(type, bytes(body))).toThrow(message));
});
