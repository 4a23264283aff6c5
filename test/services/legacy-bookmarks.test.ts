import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTidings, tempHome } from '../helpers/run-cli.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/bookmarks');

interface Listed { id: string; url: string; title: string; savedAt: string; tags: string[]; note: string; offline: boolean }

async function listed(home: string): Promise<{ bookmarks: Listed[]; stderr: string }> {
  const run = await runTidings(['bookmarks', 'list', '--json'], { home });
  expect(run.code).toBe(0);
  return { bookmarks: JSON.parse(run.stdout).bookmarks as Listed[], stderr: run.stderr };
}

function withLayouts(layouts: { v1?: boolean; v2?: boolean }): string {
  const home = tempHome();
  const data = join(home, 'data');
  mkdirSync(data, { recursive: true });
  if (layouts.v1) cpSync(join(FIXTURES, 'v1', 'bookmarks.json'), join(data, 'bookmarks.json'));
  if (layouts.v2) cpSync(join(FIXTURES, 'v2', 'bookmarks'), join(data, 'bookmarks'), { recursive: true });
  return home;
}

const backup = (home: string) => join(home, 'data', 'backup-2026-11-25');

describe('first run after the upgrade: old bookmark files move into the database', () => {
  it('the directory layout: every bookmark with its page and search, and pages the index had lost', async () => {
    const home = withLayouts({ v2: true });
    const { bookmarks, stderr } = await listed(home);
    expect(bookmarks.map((b) => [b.id, b.title, b.tags, b.offline])).toEqual([
      ['3a1b2c3d4e5f', 'Storm closes the quay', ['weather'], true],
      ['0a1b2c3d4e5f', 'The lighthouse keeper retires', ['later'], true],
      ['1a1b2c3d4e5f', 'Ferry timetable changes', [], true],
      ['2a1b2c3d4e5f', 'A link kept without its page', ['links'], false],
    ]);
    expect(bookmarks[1]).toMatchObject({ note: 'for the weekend', savedAt: '2026-10-03T08:00:00.000Z' });
    expect(stderr).toMatch(/moved your tidings data into .*tidings\.db: 4 bookmarks/);
    expect(stderr).toMatch(/your old files were kept in .*backup-2026-11-25/);
    expect((await runTidings(['bookmarks', 'read', '0a1b2c3d4e5f', '--plain'], { home })).stdout).toContain('hands over the lamp');
    const search = await runTidings(['bookmarks', 'search', 'quay', '--json'], { home });
    expect(JSON.parse(search.stdout).bookmarks.map((b: Listed) => b.id)).toEqual(['3a1b2c3d4e5f']);
    expect(existsSync(join(home, 'data', 'bookmarks'))).toBe(false);
    expect(readdirSync(join(backup(home), 'bookmarks', 'articles')).sort()).toEqual(['0a1b2c3d4e5f.json', '1a1b2c3d4e5f.json', '3a1b2c3d4e5f.json', '9a1b2c3d4e5f.json']);
  });

  it('a damaged index: the bookmarks are taken from the saved pages', async () => {
    const home = withLayouts({ v2: true });
    writeFileSync(join(home, 'data', 'bookmarks', 'index.json'), '{"schemaVersion":2,"bookmarks":[{"id":"0a1b');
    const { bookmarks, stderr } = await listed(home);
    expect(bookmarks.map((b) => b.id)).toEqual(['3a1b2c3d4e5f', '0a1b2c3d4e5f', '1a1b2c3d4e5f']);
    expect(bookmarks[1]).toMatchObject({ tags: ['later'], note: 'for the weekend' });
    expect(stderr).toMatch(/index\.json was unreadable .*taken from the saved pages/);
  });

  it('schema 1 (bookmarks.json): every bookmark, the old file in the backup', async () => {
    const home = withLayouts({ v1: true });
    const { bookmarks, stderr } = await listed(home);
    expect(bookmarks.map((b) => [b.title, b.savedAt, b.tags, b.offline])).toEqual([
      ['النهر يجري إلى الوراء', '2023-11-15T09:30:00.000Z', [], true],
      ['Rivers run backwards for a day', '2023-11-14T22:13:20.000Z', ['rivers', 'later'], true],
      ['A link without a page', '2023-11-03T08:26:40.000Z', ['links'], false],
    ]);
    expect(stderr).toMatch(/2 entries of .*bookmarks\.json were not bookmarks/);
    expect(stderr).toMatch(/3 bookmarks/);
    expect(existsSync(join(home, 'data', 'bookmarks.json'))).toBe(false);
    expect(existsSync(join(backup(home), 'bookmarks.json'))).toBe(true);
    const search = await runTidings(['bookmarks', 'search', 'millwheel', '--json'], { home });
    expect(JSON.parse(search.stdout).bookmarks.map((b: Listed) => b.title)).toEqual(['Rivers run backwards for a day']);
  });

  it('both layouts at once: merged by URL, nothing lost; the second run imports nothing again', async () => {
    const home = withLayouts({ v1: true, v2: true });
    const { bookmarks, stderr } = await listed(home);
    expect(bookmarks).toHaveLength(7);
    expect(stderr).toMatch(/: 7 bookmarks/);
    const again = await listed(home);
    expect(again.bookmarks).toEqual(bookmarks);
    expect(again.stderr).toBe('');
  });

  it('a bookmarks.json that is not a schema-1 store is left out with a warning', async () => {
    const home = tempHome();
    mkdirSync(join(home, 'data'), { recursive: true });
    writeFileSync(join(home, 'data', 'bookmarks.json'), '[1, 2');
    const { bookmarks, stderr } = await listed(home);
    expect(bookmarks).toEqual([]);
    expect(stderr).toMatch(/bookmarks\.json is not a bookmark file/);
  });
});
