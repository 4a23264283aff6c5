import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createArticleCache, type ArticleCache } from '../../src/services/article-cache.js';
import type { TidingsDatabase } from '../../src/services/database.js';
import { makeArticle } from '../core/article/article-fixtures.js';
import { tempDatabase } from '../helpers/temp-database.js';

const URL_A = 'https://news.example.com/a.html';

describe('createArticleCache', () => {
  let dir: string;
  let database: TidingsDatabase;
  let clock: Date;
  let cache: ArticleCache;
  const open = (capBytes = 1e9, warn?: (m: string) => void) =>
    createArticleCache({ database: () => database, now: () => clock, capBytes, warn });
  beforeEach(() => {
    ({ database, dir } = tempDatabase());
    clock = new Date('2026-01-02T03:04:05Z');
    cache = open();
  });
  afterEach(() => {
    database.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const tick = () => (clock = new Date(clock.getTime() + 1000));
  const urls = () => database.db.prepare('SELECT url FROM articles ORDER BY url').pluck().all();

  it('stores an article as a row with its size and reads it back', async () => {
    const article = makeArticle('<p>Body</p>', { url: URL_A, tags: ['a'], leadImage: { url: 'https://x/i.jpg', caption: 'c' } });
    await cache.put(URL_A, article);
    const row = database.db.prepare('SELECT * FROM articles').get() as Record<string, unknown>;
    expect(row).toMatchObject({ url: URL_A, size: Buffer.byteLength(JSON.stringify(article)), saved_at: '2026-01-02T03:04:05.000Z' });
    expect(await cache.get(URL_A)).toEqual({ article, savedAt: '2026-01-02T03:04:05.000Z' });
  });

  it('ignores the fragment', async () => {
    await cache.put(`${URL_A}#top`, makeArticle('<p>x</p>'));
    expect(await cache.get(URL_A)).toBeDefined();
  });

  it('a put replaces the page, a get moves its read time', async () => {
    await cache.put(URL_A, makeArticle('<p>old</p>'));
    tick();
    await cache.put(URL_A, makeArticle('<p>new</p>'));
    tick();
    expect((await cache.get(URL_A))?.article.contentHtml).toBe('<p>new</p>');
    expect(database.db.prepare('SELECT read_at FROM articles').pluck().get()).toBe('2026-01-02T03:04:07.000Z');
  });

  it.each([
    ['not JSON', '{"url":'],
    ['a broken article', JSON.stringify({ title: 1 })],
  ])('treats a row holding %s as a miss', async (_name, content) => {
    await cache.put(URL_A, makeArticle('<p>x</p>'));
    database.db.prepare('UPDATE articles SET article = ?').run(content);
    expect(await cache.get(URL_A)).toBeUndefined();
  });

  it('misses when nothing was stored', async () => {
    expect(await cache.get('https://never.example/')).toBeUndefined();
  });

  it('past the cap, evicts the least recently read pages down to 90% of it, never the page just stored', async () => {
    const body = `<p>${'x'.repeat(1000)}</p>`;
    const size = Buffer.byteLength(JSON.stringify(makeArticle(body, { url: 'https://n.test/0' })));
    cache = open(size * 5);
    for (let i = 0; i < 5; i++) {
      await cache.put(`https://n.test/${i}`, makeArticle(body, { url: `https://n.test/${i}` }));
      tick();
    }
    await cache.get('https://n.test/0'); // read again: now the most recent
    tick();
    await cache.put('https://n.test/5', makeArticle(body, { url: 'https://n.test/5' }));
    // 6 pages > cap of 5: down to 4.5 pages' worth, so the two least recently read (1, 2) go.
    expect(urls()).toEqual(['https://n.test/0', 'https://n.test/3', 'https://n.test/4', 'https://n.test/5']);
  });

  it('eviction never touches bookmarks, which keep their own copy of the article', async () => {
    const article = makeArticle('<p>saved</p>', { url: URL_A });
    const { db } = database;
    // The bookmark's page is where the schema keeps it: a bookmark_pages row, or the bookmarks row's article column.
    const pages = (db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'bookmark_pages'").pluck().get() as number) > 0;
    db.prepare(`INSERT INTO bookmarks (id, url, title, source, section, saved_at, tags, note)
      VALUES ('b1', ?, 'Saved', 'src', '', '2026-01-01T00:00:00Z', '[]', '')`).run(URL_A);
    if (pages) db.prepare("INSERT INTO bookmark_pages (id, article, body) VALUES ('b1', ?, 'saved')").run(JSON.stringify(article));
    else db.prepare("UPDATE bookmarks SET article = ?, body = 'saved' WHERE id = 'b1'").run(JSON.stringify(article));
    const page = () => db.prepare(pages ? "SELECT article FROM bookmark_pages WHERE id = 'b1'" : "SELECT article FROM bookmarks WHERE id = 'b1'").pluck().get() as string;
    await cache.put(URL_A, article);
    cache = open(10); // every page is over this cap
    for (let i = 0; i < 20; i++) {
      tick();
      await cache.put(`https://n.test/${i}`, makeArticle('<p>y</p>'));
    }
    expect(urls()).toEqual(['https://n.test/19']);
    expect(db.prepare('SELECT url FROM bookmarks').pluck().all()).toEqual([URL_A]);
    expect(JSON.parse(page())).toEqual(article);
  });

  it('a write that fails is told once and the put does not throw', async () => {
    const warnings: string[] = [];
    cache = open(1e9, (m) => warnings.push(m));
    database.db.exec('CREATE TRIGGER no_articles BEFORE INSERT ON articles BEGIN SELECT RAISE(ABORT, \'nope\'); END');
    await cache.put('https://n.test/1', makeArticle('<p>y</p>'));
    await cache.put('https://n.test/2', makeArticle('<p>y</p>'));
    expect(warnings).toEqual(['the article cache was not saved: nope']);
  });
});
