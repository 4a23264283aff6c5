import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTerminalSafe } from '../../src/core/text/sanitize.js';
import { SEARCH_LIMIT } from '../../src/services/bookmark-store.js';
import { MIGRATIONS } from '../../src/services/db-schema.js';
import { makeArticle, tempDataDir, tempStore } from '../helpers/bookmarks.js';

const input = (n: number, over: Record<string, unknown> = {}) => ({
  url: `https://news.example/story/${n}`,
  title: `Story ${n}`,
  source: 'Example News',
  section: 'world',
  article: makeArticle({ url: `https://news.example/story/${n}`, contentHtml: `<p>Body of story ${n} about harbour${n}.</p>` }),
  ...over,
});

describe('bookmark store', () => {
  it('adds, lists newest first, gets by id, URL or prefix', async () => {
    const { store, tick } = tempStore();
    expect(await store.list()).toEqual([]);
    const first = await store.add(input(1, { tags: ['later'] }));
    tick();
    const second = await store.add(input(2));
    expect(first).toMatchObject({ url: 'https://news.example/story/1', title: 'Story 1', source: 'Example News', section: 'world', tags: ['later'], note: '', hasArticle: true, savedAt: '2026-11-25T10:00:00.000Z' });
    expect(first.id).toMatch(/^[0-9a-f]{12}$/);
    expect((await store.list()).map((b) => b.id)).toEqual([second.id, first.id]);
    expect(await store.get(first.id)).toEqual(first);
    expect(await store.get('https://news.example/story/1#section-2')).toEqual(first);
    expect(await store.get(first.id.slice(0, 6))).toEqual(first);
    expect(await store.get('nope')).toBeUndefined();
    expect([...await store.urls()].sort()).toEqual(['https://news.example/story/1', 'https://news.example/story/2']);
  });

  it('upserts by URL: adding twice updates, merges tags, keeps the note unless given, never duplicates', async () => {
    const { store, tick } = tempStore();
    const a = await store.add(input(1, { tags: ['later', 'rivers'], note: 'first note' }));
    await store.add(input(2));
    tick();
    const b = await store.add(input(1, { title: 'Story 1, updated', tags: ['Later', 'weather'], article: makeArticle({ contentHtml: '<p>new body with lighthouse</p>' }) }));
    expect(b.id).toBe(a.id);
    expect(b).toMatchObject({ title: 'Story 1, updated', tags: ['later', 'rivers', 'weather'], note: 'first note', savedAt: '2026-11-25T10:01:00.000Z' });
    const list = await store.list();
    expect(list).toHaveLength(2);
    expect(list[0].id).toBe(a.id);
    expect((await store.search('lighthouse')).map((x) => x.id)).toEqual([a.id]);
    expect(await store.search('harbour1')).toEqual([]);
    expect((await store.add(input(1, { note: '' }))).note).toBe('');
  });

  it('filters by tag (any case) and searches title, source, tags, note and body', async () => {
    const { store, tick } = tempStore();
    const one = await store.add(input(1, { tags: ['Weather'], note: 'check the tide tables' }));
    tick();
    const two = await store.add(input(2, { source: 'Harbour Gazette' }));
    tick();
    const three = await store.add(input(3, { article: makeArticle({ contentHtml: '<p>The tide came in early.</p>' }) }));
    expect((await store.list({ tag: 'weather' })).map((b) => b.id)).toEqual([one.id]);
    expect((await store.search('weather')).map((b) => b.id)).toEqual([one.id]);
    expect((await store.search('gazette')).map((b) => b.id)).toEqual([two.id]);
    expect((await store.search('TIDE')).map((b) => b.id).sort()).toEqual([three.id, one.id].sort());
    expect((await store.search('story 2')).map((b) => b.id)).toEqual([two.id]);
    expect((await store.search('harb*')).map((b) => b.id).sort()).toEqual([one.id, two.id].sort());
    expect((await store.search('harbour3 story')).map((b) => b.id)).toEqual([]);
    expect((await store.search('harbour2')).map((b) => b.id)).toEqual([two.id]);
  });

  it('reads the saved article back exactly', async () => {
    const { store, open } = tempStore();
    const article = makeArticle({ title: 'Exact', contentHtml: '<p>كلمات <b>bold</b></p>', dir: 'rtl', lang: 'ar', leadImage: { url: 'https://x.example/i.jpg', caption: 'A caption' } });
    const saved = await store.add({ ...input(1), article });
    expect(await open().readArticle(saved.id)).toEqual(article);
    expect(await store.readArticle('missing')).toBeUndefined();
  });

  it('removes by id or URL, and take + restore undoes a removal', async () => {
    const { store, tick } = tempStore();
    const a = await store.add(input(1, { tags: ['x'], note: 'keep me' }));
    tick();
    const b = await store.add(input(2));
    expect(await store.remove('https://news.example/story/2')).toEqual(b);
    expect(await store.search('harbour2')).toEqual([]);
    expect(await store.remove(b.id)).toBeUndefined();
    const taken = await store.take(a.id);
    expect(taken?.article?.contentHtml).toContain('harbour1');
    expect(await store.list()).toEqual([]);
    const back = await store.restore(taken!);
    expect(back).toEqual(a);
    expect(await store.list()).toEqual([a]);
    expect((await store.readArticle(a.id))?.contentHtml).toContain('harbour1');
    expect((await store.search('harbour1')).map((x) => x.id)).toEqual([a.id]);
  });

  it('replaces tags, and refuses an unknown id', async () => {
    const { store, open } = tempStore();
    const a = await store.add(input(1, { tags: ['old'] }));
    expect((await store.setTags(a.id, ['new', 'New', 'two,three'])).tags).toEqual(['new', 'two', 'three']);
    expect((await open().get(a.id))?.tags).toEqual(['new', 'two', 'three']);
    await expect(store.setTags('ffffffffffff', ['x'])).rejects.toThrow('no bookmark ffffffffffff');
  });

  it('sanitises hostile titles, notes and tags before they are stored', async () => {
    const { store } = tempStore();
    const saved = await store.add(input(1, {
      title: '\u001b]52;c;cHduZWQ=\u0007Evil \u202etitle\u202c\u001b[2J',
      note: 'line\u001b[31m red\u001b[0m\nsecond \u009b31m',
      source: 'Src\u0007',
      tags: ['\u001b[1mbold'],
    }));
    expect(saved).toMatchObject({ title: 'Evil title', note: 'line red\nsecond', source: 'Src', tags: ['bold'] });
    for (const b of await store.list()) expect(isTerminalSafe(JSON.stringify(b))).toBe(true);
  });

  it('refuses URLs that are not http(s) or file', async () => {
    const { store } = tempStore();
    await expect(store.add(input(1, { url: 'javascript:alert(1)' }))).rejects.toThrow('not an http(s) or file URL');
  });

  it('imports entries (merging by URL) and exports them with their articles', async () => {
    const { store, open } = tempStore();
    await store.add(input(1, { tags: ['mine'] }));
    const result = await store.importEntries([
      { bookmark: { id: '', url: 'https://news.example/story/1', title: '', source: '', section: '', savedAt: '2020-01-01T00:00:00.000Z', tags: ['theirs'], note: 'imported note', hasArticle: false }, article: null },
      { bookmark: { id: '', url: 'https://other.example/x', title: 'Other', source: 'O', section: '', savedAt: '2020-01-02T00:00:00.000Z', tags: [], note: '', hasArticle: false }, article: null },
    ]);
    expect(result).toEqual({ added: 1, updated: 1 });
    const entries = await open().exportEntries();
    expect(entries.map((e) => [e.bookmark.title, e.bookmark.tags, e.bookmark.note, e.article !== null, e.bookmark.hasArticle])).toEqual([
      ['Story 1', ['mine', 'theirs'], 'imported note', true, true],
      ['Other', [], '', false, false],
    ]);
    expect(await store.readArticle('https://other.example/x')).toBeUndefined();
  });

  it('serialises concurrent adds from one process', async () => {
    const { store, open } = tempStore();
    await Promise.all(Array.from({ length: 30 }, (_, i) => store.add(input(i))));
    const other = open();
    await Promise.all(Array.from({ length: 10 }, (_, i) => other.add(input(100 + i))));
    expect(await open().list()).toHaveLength(40);
    expect(await open().search('harbour105')).toHaveLength(1);
  });
});

describe('bookmark search (FTS5)', () => {
  const page = (n: number, html: string, over: Record<string, unknown> = {}) => input(n, { article: makeArticle({ byline: null, siteName: null, excerpt: null, contentHtml: html }), ...over });

  it('matches phrases and prefixes, ranks title hits first, and never breaks on user syntax', async () => {
    const { store, tick } = tempStore();
    const body = await store.add(page(1, '<p>The mill by the river: a river mill of old.</p>', { title: 'Old buildings' }));
    tick();
    const title = await store.add(page(2, '<p>Nothing here.</p>', { title: 'River mill reopens' }));
    tick();
    const apart = await store.add(page(3, '<p>The river was high; the mill was closed.</p>', { title: 'Weather' }));
    expect((await store.search('river mill')).map((b) => b.id)).toEqual([title.id, expect.any(String), expect.any(String)]);
    expect((await store.search('"river mill"')).map((b) => b.id).sort()).toEqual([body.id, title.id].sort());
    expect((await store.search('"mill was clo"*')).map((b) => b.id)).toEqual([apart.id]);
    expect((await store.search('reop*')).map((b) => b.id)).toEqual([title.id]);
    for (const hostile of ['river OR', 'NEAR(river mill)', 'title:river', '"', 'river"', '*', '(((', '-river', 'AND']) {
      await expect(store.search(hostile)).resolves.toBeInstanceOf(Array);
    }
    expect(await store.search('?!')).toEqual([]);
    expect(await store.search('"  "')).toEqual([]);
  });

  it('answers prefixes from a prefix index, built for the bookmarks of an older database (schema 3)', async () => {
    const data = tempDataDir();
    mkdirSync(data, { recursive: true });
    const old = new Database(join(data, 'tidings.db'));
    old.exec(MIGRATIONS.slice(0, 3).join('\n'));
    old.exec(`INSERT INTO bookmarks (seq, id, url, title, source, section, saved_at, tags, note)
      VALUES (1, 'aaaaaaaaaaaa', 'https://s.test/1', 'Lighthouse keepers', 'Gazette', 'world', '2026-01-01T00:00:00.000Z', '[]', '');
      INSERT INTO bookmark_pages (id, article, body) VALUES ('aaaaaaaaaaaa', '{}', 'The shoreline at dusk');`);
    old.pragma('user_version = 3');
    old.close();
    const { store, database } = tempStore(undefined, data);
    expect(database.db.prepare("SELECT sql FROM sqlite_master WHERE name = 'bookmark_search'").pluck().get()).toMatch(/prefix = '2 3'/);
    for (const query of ['li*', 'lig*', 'ligh*', 'sho*', 'gaz*', 'dusk']) {
      expect((await store.search(query)).map((b) => b.id), query).toEqual(['aaaaaaaaaaaa']);
    }
  });

  it('finds words in tags and notes, and follows updates and removals', async () => {
    const { store, database } = tempStore();
    const indexed = () => database.db.prepare('SELECT count(*) FROM bookmark_search').pluck().get();
    const a = await store.add(page(1, '<p>plain</p>', { tags: ['lighthouses'], note: 'ask the keeper' }));
    expect((await store.search('lighthouses')).map((b) => b.id)).toEqual([a.id]);
    expect((await store.search('keeper')).map((b) => b.id)).toEqual([a.id]);
    await store.setTags(a.id, ['beacons']);
    expect(await store.search('lighthouses')).toEqual([]);
    expect((await store.search('beacons')).map((b) => b.id)).toEqual([a.id]);
    await store.restore((await store.take(a.id))!);
    expect((await store.search('plain')).map((b) => b.id)).toEqual([a.id]);
    expect(indexed()).toBe(1);
    await store.remove(a.id);
    expect(await store.search('beacons')).toEqual([]);
    expect(indexed()).toBe(0);
  });
});

describe('bookmark search limits', () => {
  it('returns the best SEARCH_LIMIT hits: title matches before body matches', async () => {
    const { store } = tempStore();
    const links = Array.from({ length: SEARCH_LIMIT + 5 }, (_, i) => ({
      bookmark: { id: '', url: `https://l.example/${i}`, title: `Note ${i}`, source: '', section: '', savedAt: '2026-01-01T00:00:00.000Z', tags: [], note: 'a lantern in the note', hasArticle: false },
      article: null,
    }));
    await store.importEntries(links);
    const titled = await store.add(input(1, { title: 'The lantern festival' }));
    const found = await store.search('lantern');
    expect(found).toHaveLength(SEARCH_LIMIT);
    expect(found[0].id).toBe(titled.id);
  });
});

describe('damaged rows', () => {
  it('a bookmark whose saved page is not an article reads as none and exports with article null, with a warning', async () => {
    const { store, database, warnings } = tempStore();
    const good = await store.add(input(1));
    const bad = await store.add(input(2));
    database.db.prepare("UPDATE bookmark_pages SET article = '{\"broken\":' WHERE id = ?").run(bad.id);
    expect(await store.readArticle(bad.id)).toBeUndefined();
    const entries = await store.exportEntries();
    expect(entries.find((e) => e.bookmark.id === bad.id)).toMatchObject({ article: null, bookmark: { hasArticle: false } });
    expect(entries.find((e) => e.bookmark.id === good.id)?.article?.contentHtml).toContain('harbour1');
    expect(warnings.at(-1)).toMatch(new RegExp(`saved page of bookmark ${bad.id} \\(https://news.example/story/2\\) is unreadable`));
  });
});
