import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTerminalSafe } from '../../src/core/text/sanitize.js';
import { makeArticle, tempStore } from '../helpers/bookmarks.js';

const input = (n: number, over: Record<string, unknown> = {}) => ({
  url: `https://news.example/story/${n}`,
  title: `Story ${n}`,
  source: 'Example News',
  section: 'world',
  article: makeArticle({ url: `https://news.example/story/${n}`, contentHtml: `<p>Body of story ${n} about harbour${n}.</p>` }),
  ...over,
});

describe('bookmark store', () => {
  it('adds, lists newest first, gets by id, URL or prefix; nothing on disk before the first write', async () => {
    const { store, dir, tick } = tempStore();
    expect(await store.list()).toEqual([]);
    expect(existsSync(dir)).toBe(false);
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
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
    expect(index.schemaVersion).toBe(2);
    expect(existsSync(join(dir, 'articles', `${first.id}.json`))).toBe(true);
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
    expect((await store.search('TIDE')).map((b) => b.id)).toEqual([three.id, one.id]);
    expect((await store.search('story 2')).map((b) => b.id)).toEqual([two.id]);
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
    const { store, dir, tick } = tempStore();
    const a = await store.add(input(1, { tags: ['x'], note: 'keep me' }));
    tick();
    const b = await store.add(input(2));
    expect(await store.remove('https://news.example/story/2')).toEqual(b);
    expect(existsSync(join(dir, 'articles', `${b.id}.json`))).toBe(false);
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
