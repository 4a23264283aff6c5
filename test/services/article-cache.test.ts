import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleCacheKey, createArticleCache, type ArticleCache } from '../../src/services/article-cache.js';
import { makeArticle } from '../core/article/article-fixtures.js';

const URL_A = 'https://news.example.com/a.html';

describe('createArticleCache', () => {
  let dir: string;
  let cache: ArticleCache;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tidings-articles-'));
    cache = createArticleCache({ dir: join(dir, 'articles'), now: () => new Date('2026-01-02T03:04:05Z') });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stores an article as JSON under the sha256 of its URL and reads it back', async () => {
    const article = makeArticle('<p>Body</p>', { url: URL_A, tags: ['a'], leadImage: { url: 'https://x/i.jpg', caption: 'c' } });
    await cache.put(URL_A, article);
    expect(readdirSync(join(dir, 'articles'))).toEqual([`${articleCacheKey(URL_A)}.json`]);
    expect(await cache.get(URL_A)).toEqual({ article, savedAt: '2026-01-02T03:04:05.000Z' });
  });

  it('ignores the fragment', async () => {
    await cache.put(`${URL_A}#top`, makeArticle('<p>x</p>'));
    expect(await cache.get(URL_A)).toBeDefined();
  });

  it.each([
    ['not JSON', '{"format":1,'],
    ['another URL', JSON.stringify({ format: 1, url: 'https://other/', savedAt: 'x', article: makeArticle('') })],
    ['an old format', JSON.stringify({ format: 0, url: URL_A, savedAt: 'x', article: makeArticle('') })],
    ['a broken article', JSON.stringify({ format: 1, url: URL_A, savedAt: 'x', article: { title: 1 } })],
  ])('treats %s as a miss', async (_name, content) => {
    await cache.put(URL_A, makeArticle('<p>x</p>'));
    writeFileSync(join(dir, 'articles', `${articleCacheKey(URL_A)}.json`), content);
    expect(await cache.get(URL_A)).toBeUndefined();
  });

  it('misses when nothing was stored', async () => {
    expect(await cache.get('https://never.example/')).toBeUndefined();
  });
});
