/**
 * Repairing a damaged database: the file is moved to `damaged/`, and the rows the user made
 * (bookmarks, their pages, edition changes) are copied back from whatever is readable. Used
 * by database.ts, which decides when.
 */
import Database from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Db } from './database.js';

/** Tables copied back from a damaged database: what the user made and cannot fetch again. */
const PRECIOUS_TABLES = ['bookmarks', 'bookmark_pages', 'edition_changes'] as const;

const stamp = (now: Date) => now.toISOString().replace(/[:.]/g, '-');
const damagedDir = (path: string) => join(dirname(path), 'damaged');
/** The note a command leaves for the next start: repair this file. */
export const damageMarker = (path: string) => `${path}.damaged`;

/** Moves the database and its WAL files to `damaged/`; returns the new path of the main file. */
export function moveAside(path: string, now: Date): string {
  const dir = damagedDir(path);
  mkdirSync(dir, { recursive: true });
  let aside = join(dir, `${basename(path, '.db')}-${stamp(now)}.db`);
  for (let n = 2; existsSync(aside); n++) aside = join(dir, `${basename(path, '.db')}-${stamp(now)}-${n}.db`);
  // The WAL first: it holds committed rows the main file does not have yet.
  for (const suffix of ['-wal', '-shm']) if (existsSync(path + suffix)) renameSync(path + suffix, aside + suffix);
  if (existsSync(path)) renameSync(path, aside);
  rmSync(damageMarker(path), { force: true });
  return aside;
}

/** Leaves a note for the next start to repair the database (this process may hold it open). */
export function markDamaged(path: string): void {
  try {
    closeSync(openSync(damageMarker(path), 'w'));
  } catch {
    // cannot even leave the note: the daily check will find the damage again
  }
}

/** Damaged files whose rows have not been copied back yet, oldest first. */
export function pendingRecoveries(path: string): string[] {
  const dir = damagedDir(path);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((n) => n.endsWith('.db') && !n.endsWith('.recovered.db')).sort().map((n) => join(dir, n));
}

/**
 * Copies every readable row of the precious tables from `source` into `target` (rows the
 * target already has win). Reads row by row by rowid, so one bad page costs only its rows.
 */
export function copyReadableRows(target: Db, source: string): Map<string, number> {
  const copied = new Map<string, number>();
  let from: Db;
  try {
    from = new Database(source, { readonly: true, fileMustExist: true });
  } catch {
    return copied;
  }
  try {
    for (const table of PRECIOUS_TABLES) {
      const columns = (target.pragma(`table_info(${table})`) as { name: string; pk: number }[])
        .filter((c) => !(table === 'bookmarks' && c.name === 'seq'))
        .map((c) => c.name);
      let count = 0;
      let read: Database.Statement;
      let bounds: { lo: number | null; hi: number | null };
      try {
        read = from.prepare(`SELECT ${columns.join(', ')} FROM ${table} WHERE rowid = ?`);
        bounds = from.prepare(`SELECT min(rowid) AS lo, max(rowid) AS hi FROM ${table}`).get() as typeof bounds;
      } catch {
        copied.set(table, 0);
        continue;
      }
      const insert = target.prepare(`INSERT OR IGNORE INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
      for (let rowid = bounds.lo ?? 1; bounds.hi !== null && rowid <= bounds.hi; rowid++) {
        let row: Record<string, unknown> | undefined;
        try {
          row = read.get(rowid) as Record<string, unknown> | undefined;
        } catch {
          continue; // this row's page is damaged
        }
        if (!row) continue;
        try {
          if (insert.run(...columns.map((c) => row[c])).changes > 0) count++;
        } catch {
          // a row whose values no longer fit the table (damaged contents): skipped
        }
      }
      copied.set(table, count);
    }
  } finally {
    from.close();
  }
  return copied;
}

export function recoveredSummary(copied: Map<string, number>): string {
  const bookmarks = copied.get('bookmarks') ?? 0;
  const changes = copied.get('edition_changes') ?? 0;
  return `${bookmarks} bookmark${bookmarks === 1 ? '' : 's'} and ${changes} edition change${changes === 1 ? '' : 's'} recovered`;
}

