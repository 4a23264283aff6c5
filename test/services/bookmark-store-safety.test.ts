import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/core/errors.js';
import { createBookmarkStore } from '../../src/services/bookmark-store.js';
import { makeArticle, tempStore } from '../helpers/bookmarks.js';

const FIXTURE_V1 = join(import.meta.dirname, '../fixtures/bookmarks/v1/bookmarks.json');

const input = (n: number) => ({
  url: `https://news.example/story/${n}`, title: `Story ${n}`, source: 'Example News', section: 'world',
  article: makeArticle({ contentHtml: `<p>Body ${n} mentions the lighthouse${n}.</p>` }),
});

/** A pid that certainly belonged to a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

const asideFiles = (dir: string, name: string) => readdirSync(dir).filter((f) => f.startsWith(`${name}.corrupt-`));

describe('a corrupt index', () => {
  it.each([
    ['garbage', 'not json at all \u0000\u0001'],
    ['truncated', '{"schemaVersion":2,"bookmarks":[{"id":"0123'],
    ['wrong shape', '{"hello": "world"}'],
  ])('(%s) is moved aside with a warning and rebuilt from the article files', async (_name, content) => {
    const { store, dir, warnings, open } = tempStore();
    const a = await store.add({ ...input(1), tags: ['keep'] });
    await store.add(input(2));
    writeFileSync(join(dir, 'index.json'), content);

    const fresh = open();
    const list = await fresh.list();
    expect(list.map((b) => b.url).sort()).toEqual(['https://news.example/story/1', 'https://news.example/story/2']);
    expect(list.find((b) => b.id === a.id)).toEqual(a);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/bookmarks index was unreadable .*moved it to .*index\.json\.corrupt-.* and rebuilt 2 bookmarks/);
    const aside = asideFiles(dir, 'index.json');
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dir, aside[0]), 'utf8')).toBe(content);

    await fresh.add(input(3));
    expect(await open().list()).toHaveLength(3);
    expect((await open().search('lighthouse3')).map((b) => b.url)).toEqual(['https://news.example/story/3']);
    expect(warnings).toHaveLength(1);
  });

  it('with no article files left starts empty, and the fresh store works', async () => {
    const { dir, warnings, open } = tempStore();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.json'), '{{{{');
    const store = open();
    expect(await store.list()).toEqual([]);
    expect(warnings[0]).toMatch(/moved it to .* and started an empty one/);
    await store.add(input(1));
    expect(await open().list()).toHaveLength(1);
    expect(asideFiles(dir, 'index.json')).toHaveLength(1);
  });

  it('from a newer tidings is refused and left alone', async () => {
    const { dir, open } = tempStore();
    mkdirSync(dir, { recursive: true });
    const newer = JSON.stringify({ schemaVersion: 9, bookmarks: [], future: true });
    writeFileSync(join(dir, 'index.json'), newer);
    await expect(open().list()).rejects.toThrow(StoreError);
    await expect(open().add(input(1))).rejects.toThrow(/newer tidings/);
    expect(readFileSync(join(dir, 'index.json'), 'utf8')).toBe(newer);
    expect(asideFiles(dir, 'index.json')).toEqual([]);
  });
});

describe('other damage', () => {
  it('an unreadable article file is moved aside and the bookmark kept as a link', async () => {
    const { store, dir, warnings, open } = tempStore();
    const a = await store.add(input(1));
    writeFileSync(join(dir, 'articles', `${a.id}.json`), '{"schemaVersion":2,"article":');
    expect(await open().readArticle(a.id)).toBeUndefined();
    expect(warnings[0]).toMatch(new RegExp(`saved article of bookmark ${a.id} was unreadable and was moved to .*corrupt-`));
    expect(asideFiles(join(dir, 'articles'), `${a.id}.json`)).toHaveLength(1);
    expect(await open().get(a.id)).toMatchObject({ hasArticle: false, url: a.url });
  });

  it('a lost search file is rebuilt from the articles', async () => {
    const { store, dir, open } = tempStore();
    await store.add(input(1));
    await store.add(input(2));
    writeFileSync(join(dir, 'search.txt'), 'something else entirely');
    expect((await open().search('lighthouse2')).map((b) => b.title)).toEqual(['Story 2']);
    expect(readFileSync(join(dir, 'search.txt'), 'utf8')).toMatch(/^tidings-bookmark-search 2\n/);
  });

  it('a lock left by a dead process is broken at once', async () => {
    const { store, dir } = tempStore();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.lock'), JSON.stringify({ pid: deadPid(), host: (await import('node:os')).hostname(), token: 'x', time: Date.now() }));
    await store.add(input(1));
    expect(existsSync(join(dir, 'index.lock'))).toBe(false);
  });

  it('a lock not refreshed within the stale limit is broken; a live one makes writers wait, then give up', async () => {
    const { dir } = tempStore();
    mkdirSync(dir, { recursive: true });
    const lock = join(dir, 'index.lock');
    const live = { pid: process.pid, host: (await import('node:os')).hostname(), token: 'held', time: Date.now() };
    writeFileSync(lock, JSON.stringify(live));
    const impatient = createBookmarkStore({ dir, now: () => new Date(), warn: () => undefined, lock: { timeoutMs: 150 } });
    await expect(impatient.add(input(1))).rejects.toThrow(/index\.lock is held by process \d+/);
    expect(JSON.parse(readFileSync(lock, 'utf8')).token).toBe('held');
    writeFileSync(lock, JSON.stringify({ ...live, time: Date.now() - 60_000 }));
    const longAgo = new Date(Date.now() - 60_000);
    utimesSync(lock, longAgo, longAgo);
    await impatient.add(input(1));
    expect(existsSync(lock)).toBe(false);
  });

  it('temp files of killed writers are swept on the next write', async () => {
    const { store, dir } = tempStore();
    await store.add(input(1));
    const orphan = join(dir, `.index.json.${deadPid()}.abcdef012345.tmp`);
    writeFileSync(orphan, '{"half":');
    await createBookmarkStore({ dir, now: () => new Date(), warn: () => undefined }).add(input(2));
    expect(existsSync(orphan)).toBe(false);
  });
});

describe('migration from schema 1', () => {
  it('moves <data>/bookmarks.json into the directory layout and keeps the old file', async () => {
    const { dir, warnings, open } = tempStore();
    const legacy = join(dirname(dir), 'bookmarks.json');
    copyFileSync(FIXTURE_V1, legacy);
    const store = open();
    const list = await store.list();
    expect(list.map((b) => [b.title, b.savedAt, b.tags, b.hasArticle])).toEqual([
      ['النهر يجري إلى الوراء', '2023-11-15T09:30:00.000Z', [], true],
      ['Rivers run backwards for a day', '2023-11-14T22:13:20.000Z', ['rivers', 'later'], true],
      ['A link without a page', '2023-11-03T08:26:40.000Z', ['links'], false],
    ]);
    expect(existsSync(legacy)).toBe(false);
    expect(existsSync(`${legacy}.v1-backup`)).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')).schemaVersion).toBe(2);
    expect(warnings).toEqual([expect.stringMatching(/2 entries of .*bookmarks\.json were not bookmarks/)]);

    const rivers = list[1];
    expect((await open().readArticle(rivers.id))?.contentHtml).toContain('millwheel');
    expect((await store.search('millwheel')).map((b) => b.id)).toEqual([rivers.id]);
    expect((await store.search('الطاحونة')).map((b) => b.title)).toEqual(['النهر يجري إلى الوراء']);
    expect(await open().list()).toEqual(list);
  });

  it('moves aside a bookmarks.json that is not a schema-1 store', async () => {
    const { dir, warnings, open } = tempStore();
    mkdirSync(dirname(dir), { recursive: true });
    writeFileSync(join(dirname(dir), 'bookmarks.json'), '[1, 2');
    expect(await open().list()).toEqual([]);
    expect(warnings[0]).toMatch(/bookmarks\.json is not a bookmark file .* moved it to .*corrupt-/);
    expect(asideFiles(dirname(dir), 'bookmarks.json')).toHaveLength(1);
  });
});
