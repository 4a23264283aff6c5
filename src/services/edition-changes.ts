/**
 * The user's changes to editions (added and removed feeds and sections), one JSON overlay
 * per edition in the database's `edition_changes` table. A change is a read-modify-write in
 * one IMMEDIATE transaction, so parallel `feeds add` and `sections add` never lose each
 * other's changes. Older tidings kept them in settings.json under `overlays`: they are
 * imported with the rest of the old files, then that key is removed from settings.json.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkOverlay } from '../core/edition/overlay-shape.js';
import type { EditionOverlay } from '../core/edition/types.js';
import { StoreError } from '../core/errors.js';
import type { TidingsDatabase } from './database.js';
import { registerLegacyImporter, type LegacyImporter } from './legacy-import.js';
import type { TidingsPaths } from './paths.js';

/** The user's edition changes. */
export interface EditionChanges {
  /** The changes to `edition` ({} when none); parts of the wrong shape are told once and left out. */
  get(edition: string): EditionOverlay;
  /** Applies `change` to the stored overlay in one transaction; returns what was stored. */
  update(edition: string, change: (overlay: EditionOverlay) => EditionOverlay): EditionOverlay;
  /** Forgets every change to `edition` (when the edition itself goes). */
  remove(edition: string): void;
}

/** Parses and checks one stored overlay, telling each bad part through `warn` with `where`. */
function readOverlay(json: string | undefined, where: string, warn: (message: string) => void): EditionOverlay {
  if (json === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    warn(`${where}: not valid JSON; ignored`);
    return {};
  }
  const { overlay, problems } = checkOverlay(value);
  for (const problem of problems) warn(`${where}: ${problem}`);
  return overlay;
}

/** The store over the runtime's database (opened on first use). */
export function createEditionChanges(options: { database: () => TidingsDatabase; warn: (message: string) => void }): EditionChanges {
  // A bad overlay is told once per command, not at every read.
  const told = new Set<string>();
  const warnOnce = (message: string) => {
    if (told.has(message)) return;
    told.add(message);
    options.warn(message);
  };
  const select = (database: TidingsDatabase, edition: string) =>
    database.db.prepare('SELECT overlay FROM edition_changes WHERE edition = ?').pluck().get(edition) as string | undefined;
  const where = (database: TidingsDatabase, edition: string) => `${database.path}: changes to edition "${edition}"`;
  return {
    get(edition) {
      let database: TidingsDatabase;
      try {
        database = options.database();
      } catch (error) {
        // No database to read (say, a read-only directory where none was made yet): the
        // edition as it ships still reads.
        if (!(error instanceof StoreError)) throw error;
        warnOnce(`${error.message}; edition changes are not applied`);
        return {};
      }
      return readOverlay(select(database, edition), where(database, edition), warnOnce);
    },
    update(edition, change) {
      const database = options.database();
      return database.write(() => {
        const next = change(readOverlay(select(database, edition), where(database, edition), warnOnce));
        database.db.prepare('INSERT OR REPLACE INTO edition_changes (edition, overlay) VALUES (?, ?)').run(edition, JSON.stringify(next));
        return next;
      });
    },
    remove(edition) {
      const database = options.database();
      database.write(() => database.db.prepare('DELETE FROM edition_changes WHERE edition = ?').run(edition));
    },
  };
}

const settingsFile = (paths: TidingsPaths) => join(paths.config, 'settings.json');

/** settings.json as an object, or undefined when it is missing or not a JSON object. */
function readSettingsObject(path: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Edition changes kept in settings.json's `overlays` by older tidings. */
export const legacyOverlaysImporter: LegacyImporter = {
  files: (paths: TidingsPaths) => (readSettingsObject(settingsFile(paths))?.overlays !== undefined ? [settingsFile(paths)] : []),
  run({ db, paths, warn }) {
    const path = settingsFile(paths);
    const overlays = readSettingsObject(path)?.overlays;
    if (!overlays || typeof overlays !== 'object' || Array.isArray(overlays)) {
      warn(`${path}: "overlays" must be an object of editions; ignored`);
      return undefined;
    }
    const insert = db.prepare('INSERT OR IGNORE INTO edition_changes (edition, overlay) VALUES (?, ?)');
    let count = 0;
    for (const [edition, value] of Object.entries(overlays)) {
      const overlay = readOverlay(JSON.stringify(value), `${path}: "overlays" of edition "${edition}"`, warn);
      count += insert.run(edition, JSON.stringify(overlay)).changes;
    }
    return count > 0 ? `changes to ${count} edition${count === 1 ? '' : 's'}` : undefined;
  },
  // settings.json keeps the preferences: a copy goes into the backup, and only the imported
  // key is taken out. If that fails (read-only config), the settings store ignores the key.
  tidyInPlace(file) {
    const settings = readSettingsObject(file);
    if (!settings) return;
    delete settings.overlays;
    try {
      writeFileSync(`${file}.tmp`, `${JSON.stringify(settings, null, '\t')}\n`);
      renameSync(`${file}.tmp`, file);
    } catch {
      // left as it is: harmless, see above
    }
  },
};

registerLegacyImporter(legacyOverlaysImporter);
