import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type TidingsDatabase } from '../../src/services/database.js';

/** A fresh real database in a temp dir, and the warnings it gave. */
export function tempDatabase(now: () => Date = () => new Date('2026-12-04T10:00:00Z')): { database: TidingsDatabase; dir: string; warnings: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'tidings-db-'));
  const warnings: string[] = [];
  const database = openDatabase({ path: join(dir, 'tidings.db'), now, warn: (m) => warnings.push(m) });
  return { database, dir, warnings };
}
