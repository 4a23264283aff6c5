import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TidingsDatabase } from '../../src/services/database.js';
import { createEditionChanges, type EditionChanges } from '../../src/services/edition-changes.js';
import { runTidings, tempHome } from '../helpers/run-cli.js';
import { tempDatabase } from '../helpers/temp-database.js';

describe('edition changes in the database', () => {
  let dir: string;
  let database: TidingsDatabase;
  let warnings: string[];
  let changes: EditionChanges;
  beforeEach(() => {
    ({ database, dir } = tempDatabase());
    warnings = [];
    changes = createEditionChanges({ database: () => database, warn: (m) => warnings.push(m) });
  });
  afterEach(() => {
    database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts empty, and an update is read back by a new store', () => {
    expect(changes.get('world')).toEqual({});
    changes.update('world', (o) => ({ ...o, removeFeeds: ['https://x.test/a.xml'] }));
    changes.update('world', (o) => ({ ...o, addSections: [{ id: 'mine', title: 'Mine' }] }));
    const again = createEditionChanges({ database: () => database, warn: () => undefined });
    expect(again.get('world')).toEqual({ removeFeeds: ['https://x.test/a.xml'], addSections: [{ id: 'mine', title: 'Mine' }] });
    expect(again.get('demo')).toEqual({});
  });

  it('an update that throws changes nothing', () => {
    changes.update('world', () => ({ removeFeeds: ['a'] }));
    expect(() => changes.update('world', () => { throw new Error('no'); })).toThrow('no');
    expect(changes.get('world')).toEqual({ removeFeeds: ['a'] });
  });

  it('a stored overlay of the wrong shape is told once per part, naming where it is, and the rest applies', () => {
    const store = database.db.prepare('INSERT INTO edition_changes (edition, overlay) VALUES (?, ?)');
    store.run('world', JSON.stringify({ removeFeeds: 'y', addFeeds: [null, { url: 'https://ok.test/' }], addSections: 5 }));
    store.run('demo', '{not json');
    expect(changes.get('world')).toEqual({ addFeeds: [{ url: 'https://ok.test/' }] });
    expect(changes.get('world')).toEqual({ addFeeds: [{ url: 'https://ok.test/' }] });
    expect(changes.get('demo')).toEqual({});
    const where = `${database.path}: changes to edition`;
    expect(warnings).toEqual([
      `${where} "world": "addFeeds" must be a list of {"url", "title"?, "section"?}: entry 0 ignored`,
      `${where} "world": "removeFeeds" must be a list of feed URLs; ignored`,
      `${where} "world": "addSections" must be a list of {"id", "title", "parent"?}; ignored`,
      `${where} "demo": not valid JSON; ignored`,
    ]);
    // The next update stores the overlay in its right shape.
    changes.update('world', (o) => o);
    expect(JSON.parse(database.db.prepare("SELECT overlay FROM edition_changes WHERE edition = 'world'").pluck().get() as string))
      .toEqual({ addFeeds: [{ url: 'https://ok.test/' }] });
  });
});

describe('edition changes kept in settings.json by older tidings', () => {
  it('are imported into the database on first run, the bad parts told in one line each, and the key taken out of settings.json', async () => {
    const home = tempHome();
    const config = join(home, 'config');
    mkdirSync(config, { recursive: true });
    const old = {
      edition: 'demo',
      overlays: {
        demo: { removeFeeds: 'y', addFeeds: [null, { url: 'https://kept.test/feed.xml', title: 'Kept' }], addSections: 5 },
        world: { removeSections: ['sport'] },
      },
    };
    writeFileSync(join(config, 'settings.json'), JSON.stringify(old));
    const run = await runTidings(['feeds', 'list', '--json'], { home });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).feeds.map((f: { url: string }) => f.url)).toContain('https://kept.test/feed.xml');
    const file = join(config, 'settings.json');
    expect(run.stderr).toContain(`tidings: warning: ${file}: "overlays" of edition "demo": "removeFeeds" must be a list of feed URLs; ignored\n`);
    expect(run.stderr).toContain(`tidings: warning: ${file}: "overlays" of edition "demo": "addFeeds" must be a list of {"url", "title"?, "section"?}: entry 0 ignored\n`);
    expect(run.stderr).toContain(`tidings: warning: ${file}: "overlays" of edition "demo": "addSections" must be a list of {"id", "title", "parent"?}; ignored\n`);
    expect(run.stderr).toMatch(/moved your tidings data into .*tidings\.db: changes to 2 editions/);
    expect(run.stderr).not.toMatch(/at .*\.js:\d+|TypeError/);

    const db = new Database(join(home, 'data', 'tidings.db'), { readonly: true });
    const rows = Object.fromEntries((db.prepare('SELECT edition, overlay FROM edition_changes').all() as { edition: string; overlay: string }[])
      .map((r) => [r.edition, JSON.parse(r.overlay)]));
    db.close();
    expect(rows).toEqual({ demo: { addFeeds: [{ url: 'https://kept.test/feed.xml', title: 'Kept' }] }, world: { removeSections: ['sport'] } });
    // settings.json keeps the preferences without the imported key; the backup has the file as it was.
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ edition: 'demo' });
    const backup = readdirSync(join(home, 'data')).find((n) => n.startsWith('backup-')) as string;
    expect(JSON.parse(readFileSync(join(home, 'data', backup, 'settings.json'), 'utf8'))).toEqual(old);

    // The next command imports nothing and says nothing.
    const again = await runTidings(['feeds', 'list', '--json'], { home });
    expect(again.stderr).toBe('');
    expect(existsSync(join(home, 'data', 'tidings.db'))).toBe(true);
  });

  it('an "overlays" that is not an object is told in one line and left (settings ignore it)', async () => {
    const home = tempHome();
    mkdirSync(join(home, 'config'), { recursive: true });
    const file = join(home, 'config', 'settings.json');
    writeFileSync(file, JSON.stringify({ overlays: 5, refreshMinutes: 3 }));
    const run = await runTidings(['--edition', 'demo', 'feeds', 'list'], { home });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`tidings: warning: ${file}: "overlays" must be an object of editions; ignored\n`);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ overlays: 5, refreshMinutes: 3 });
  });
});
