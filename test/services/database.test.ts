import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
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
