import Database from 'better-sqlite3';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/services/db-schema.js';
import { openDatabase } from '../../src/services/database.js';

const now = () => new Date('2026-12-04T10:00:00Z');

function fresh() {
  const dir = mkdtempSync(join(tmpdir(), 'tidings-db-'));
  const warnings: string[] = [];
  const open = () => openDatabase({ path: join(dir, 'tidings.db'), now, warn: (m) => warnings.push(m) });
  return { dir, warnings, open };
}

describe('openDatabase', () => {
  it('creates the schema in WAL mode with foreign keys and a busy timeout', () => {
    const { open } = fresh();
    const database = open();
    const { db } = database;
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(5000);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['feeds', 'items', 'bookmarks', 'articles', 'edition_changes', 'bookmark_search']));
    database.close();
  });

  it('refuses a database from a newer tidings and leaves it as it is', () => {
    const { dir, open } = fresh();
    const raw = new Database(join(dir, 'tidings.db'));
    raw.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    raw.close();
    expect(() => open()).toThrow(/newer tidings/);
    expect(readdirSync(dir)).not.toContain('damaged');
  });

  it('moves a file that is no database aside with one warning and starts a new one', () => {
    const { dir, warnings, open } = fresh();
    writeFileSync(join(dir, 'tidings.db'), 'not a database at all '.repeat(500));
    const database = open();
    expect(database.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    database.close();
    expect(warnings[0]).toMatch(/tidings\.db was damaged .*moved to .*damaged/);
    const aside = readdirSync(join(dir, 'damaged'));
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatch(/\.recovered\.db$/);
    // The last line names the file as it is left, not as it was before the copy.
    expect(warnings.at(-1)).toContain(join(dir, 'damaged', aside[0]));
  });

  it('finds damage in its daily check as a command closes, and repairs it at the next start keeping the bookmarks', () => {
    const { dir, warnings, open } = fresh();
    const path = join(dir, 'tidings.db');
    const first = open();
    first.write(() => {
      const add = first.db.prepare("INSERT INTO bookmarks (id, url, title, source, section, saved_at, tags, note) VALUES (?, ?, ?, '', '', '2026-12-01T00:00:00.000Z', '[]', '')");
      for (let i = 0; i < 3; i++) add.run(`b${i}`, `https://news.test/${i}`, `Story ${i}`);
    });
    const root = first.db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'bookmarks_saved'").pluck().get() as number;
    const pageSize = first.db.pragma('page_size', { simple: true }) as number;
    first.close();
    // Garbage over one index page: rows are intact, but quick_check fails.
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (root - 1) * pageSize);
    closeSync(fd);
    const later = openDatabase({ path, now: () => new Date('2026-12-06T10:00:00Z'), warn: (m) => warnings.push(m) });
    later.close();
    expect(warnings.join('\n')).toMatch(/failed its check/);
    expect(existsSync(`${path}.damaged`)).toBe(true);
    const repaired = open();
    expect(repaired.db.prepare('SELECT count(*) FROM bookmarks').pluck().get()).toBe(3);
    repaired.close();
    expect(warnings.join('\n')).toMatch(/was damaged .*moved to/);
    expect(warnings.join('\n')).toMatch(/3 bookmarks and 0 edition changes recovered/);
  });

  it('keeps a reserve beside the database that a full disk can give up', () => {
    const { dir, open } = fresh();
    open().close();
    expect(existsSync(join(dir, 'tidings.db.reserve'))).toBe(true);
  });

  it('turns a full database into one line naming the file, after giving up the reserve', () => {
    const { dir, open } = fresh();
    const database = open();
    database.db.pragma('max_page_count = ' + String(database.db.pragma('page_count', { simple: true })));
    const big = 'x'.repeat(100_000);
    expect(() => database.write(() => database.db.prepare("INSERT INTO meta (key, value) VALUES ('filler', ?)").run(big))).toThrow(/disk holding .*tidings\.db is full/);
    expect(existsSync(join(dir, 'tidings.db.reserve'))).toBe(false);
    database.close();
  });
});
