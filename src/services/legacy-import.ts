/**
 * First run after upgrading: what older tidings kept in hand-made files (bookmark index and
 * article files, schema-1 bookmarks.json, read-state.json, the feed cache's segments, edition
 * changes in settings.json) is copied into the new database inside the transaction that
 * creates it, so it is all there or none of it is. Only once that has committed are the old
 * files moved into a dated backup folder (`<data>/backup-YYYY-MM-DD/`); a run killed before
 * then imports them again next time.
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Db } from './database.js';
import type { TidingsPaths } from './paths.js';

/** What an importer is given. Importers run inside a transaction: synchronous I/O only. */
export interface LegacyContext {
  db: Db;
  paths: TidingsPaths;
  now: Date;
  warn: (message: string) => void;
}

/** One old layout: the files it lives in, and how to copy them into the database. */
export interface LegacyImporter {
  /** Files or folders of the old layout that exist now (none: nothing to import). */
  files(paths: TidingsPaths): string[];
  /** Copies them in; returns a summary ("12 bookmarks") or undefined when there was nothing. */
  run(context: LegacyContext): string | undefined;
  /** True for files that may simply be deleted after the import (caches), not backed up. */
  disposable?: boolean;
  /**
   * For a file that stays where it is (settings.json also holds preferences): after the import
   * committed, a copy goes into the backup and this takes the imported part out of the file.
   */
  tidyInPlace?(file: string): void;
}

const importers: LegacyImporter[] = [];

/** Adds an old layout to the import (each store registers its own). */
export function registerLegacyImporter(importer: LegacyImporter): void {
  if (!importers.includes(importer)) importers.push(importer);
}

/** Runs every importer whose files exist; the joined summaries, or undefined when none ran. */
export function importLegacyData(context: LegacyContext): string | undefined {
  const done = importers.filter((i) => i.files(context.paths).length > 0).map((i) => i.run(context)).filter((s): s is string => Boolean(s));
  return done.length > 0 ? done.join(', ') : undefined;
}

/**
 * After the import committed: moves the old files into `<data>/backup-<date>/` (caches are
 * deleted). Returns the backup folder, or undefined when nothing was moved.
 */
export function backUpLegacyFiles(paths: TidingsPaths, now: Date): string | undefined {
  const backup = join(paths.data, `backup-${now.toISOString().slice(0, 10)}`);
  let moved = false;
  for (const importer of importers) {
    for (const file of importer.files(paths)) {
      if (!existsSync(file)) continue;
      if (importer.disposable) {
        rmSync(file, { recursive: true, force: true });
        continue;
      }
      mkdirSync(backup, { recursive: true });
      let target = join(backup, basename(file));
      for (let n = 2; existsSync(target); n++) target = join(backup, `${basename(file)}-${n}`);
      if (importer.tidyInPlace) {
        copyFileSync(file, target);
        importer.tidyInPlace(file);
      } else renameSync(file, target);
      moved = true;
    }
  }
  return moved ? backup : undefined;
}
