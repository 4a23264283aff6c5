/**
 * The one SQLite database (`<data>/tidings.db`) behind feeds, items, read marks, bookmarks,
 * the article cache and the user's edition changes. Opened once per process: WAL (readers
 * never wait for a writer), a busy timeout (writers queue up across processes), foreign keys,
 * and numbered migrations from db-schema.ts run in one transaction.
 *
 * Faults, each told in one line:
 * - a file that does not open as a database, that a command met damage in, or that failed
 *   `PRAGMA quick_check` (run once a day as a command closes) is moved to `damaged/` and a new
 *   one started; bookmarks and edition changes are copied back row by row from what is
 *   readable. The copy is redone at every start until it has committed, so an interrupted
 *   repair loses nothing;
 * - a full disk: a reserve file kept beside the database is given up so the write (say,
 *   `bookmarks remove` to make room) can still go through; then an error naming the path;
 * - a read-only directory: the database opens read-only, so reading still works.
 */
import Database from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { StoreError } from '../core/errors.js';
import { copyReadableRows, damageMarker, markDamaged, moveAside, pendingRecoveries, recoveredSummary } from './db-repair.js';
import { MIGRATIONS } from './db-schema.js';

// better-sqlite3 reads this once, when its addon loads at the first `new Database`: it lets
// openReadOnly's last resort name `file:…?immutable=1`. tidings' own paths are absolute, so
// none is taken for a URI.
process.env.SQLITE_USE_URI ??= '1';

/** A better-sqlite3 connection. */
export type Db = Database.Database;

/** The open database and the ways to write to it. */
export interface TidingsDatabase {
  readonly path: string;
  readonly db: Db;
  /** False when only reading is possible (read-only directory or file). */
  readonly writable: boolean;
  /**
   * Runs `work` in one IMMEDIATE transaction (other writers wait; nothing is half-written).
   * Disk full, read-only and damage come out as a one-line StoreError naming the file.
   */
  write<T>(work: () => T): T;
  /** Turns any error met while using the database into what to tell the user (see `write`). */
  explain(error: unknown): unknown;
  close(): void;
}

/** What {@link openDatabase} needs. */
export interface OpenDatabaseOptions {
  /** The database file, `<data>/tidings.db`. */
  path: string;
  now: () => Date;
  warn: (message: string) => void;
  /**
   * Copies what older tidings kept in files into the new database, inside the transaction
   * that creates it; returns a summary for the user ("12 bookmarks, 3 feeds") or nothing.
   */
  importLegacy?: (db: Db) => string | undefined;
  /** Called once the import has committed (old files are then moved to a backup). */
  afterLegacyImport?: () => void;
  /** How often the full `quick_check` runs (a day). */
  checkEveryMs?: number;
}

// Space given up when the disk is full, so the user can still delete to make room.
const RESERVE_BYTES = 2 * 1024 * 1024;
const DAY_MS = 86_400_000;

function sqliteCode(error: unknown): string {
  return error instanceof Database.SqliteError ? error.code : '';
}

/** True for errors that mean the file is not a sound database. */
export function isDamage(error: unknown): boolean {
  const code = sqliteCode(error);
  return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';
}

function isDiskFull(error: unknown): boolean {
  const code = sqliteCode(error);
  // SHMSIZE: the WAL index could not be given its pages (tmpfs and other filesystems full).
  return code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_SHMSIZE' || (error as NodeJS.ErrnoException)?.code === 'ENOSPC';
}

function isReadOnly(error: unknown): boolean {
  const code = sqliteCode(error);
  return code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || ['EACCES', 'EPERM', 'EROFS'].includes((error as NodeJS.ErrnoException)?.code ?? '');
}

const reservePath = (path: string) => `${path}.reserve`;
const diskFullMessage = (path: string) =>
  `the disk holding ${path} is full: nothing was saved (free some space, or remove bookmarks with \`tidings bookmarks remove\`)`;
const readOnlyMessage = (path: string) => `cannot write ${path}: the file or its directory is read-only`;

function configure(db: Db): void {
  db.pragma('foreign_keys = ON');
  // NORMAL in WAL mode: a power cut may lose the last commits, never corrupt the file.
  db.pragma('synchronous = NORMAL');
  // A 4 MB page cache, not better-sqlite3's 16 MB: the counts scan over a long history (200,000
  // items) filled it, for ~14 MB more of the app's memory and no measurable speed (the OS keeps
  // the file's pages cached anyway).
  db.pragma('cache_size = -4000');
  // Each item upsert (its search trigger, ON CONFLICT) keeps a statement journal of the pages
  // it touches; in a temp file that was a write() per page, ~a quarter of storing a 50,000-item
  // feed. In memory it holds only the one statement's pages.
  db.pragma('temp_store = MEMORY');
}

/** A read-write connection in WAL mode; the busy timeout is set first, so opening waits its turn too. */
function connect(path: string): Db {
  const db = new Database(path, { timeout: 10_000 });
  try {
    db.pragma('journal_mode = WAL');
    configure(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

function migrate(db: Db, options: OpenDatabaseOptions): string | undefined {
  let summary: string | undefined;
  if ((db.pragma('user_version', { simple: true }) as number) >= MIGRATIONS.length) return undefined;
  db.transaction(() => {
    // Another process may have migrated while we waited for the write lock.
    const current = db.pragma('user_version', { simple: true }) as number;
    for (let v = current; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v]);
    if (current === 0) summary = options.importLegacy?.(db);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  }).immediate();
  return summary;
}

function ensureReserve(path: string): void {
  const reserve = reservePath(path);
  if (existsSync(reserve)) return;
  try {
    const fd = openSync(reserve, 'wx', 0o600);
    try {
      writeSync(fd, Buffer.alloc(RESERVE_BYTES));
    } finally {
      closeSync(fd);
    }
  } catch {
    rmSync(reserve, { force: true }); // no room for it now: tried again next time
  }
}

function openReadOnly(path: string): Db {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get(); // the WAL index is opened here, not above
      return db;
    } catch (error) {
      db.close();
      throw error;
    }
  } catch {
    // A WAL database in a directory we cannot write, or on a disk with no room for its index:
    // read it as a file nobody changes (commits still in a leftover -wal are not seen).
    const uri = `file:${path.split('/').map(encodeURIComponent).join('/')}?immutable=1`;
    return new Database(uri, { readonly: true, fileMustExist: true });
  }
}

/** Opens (creating, migrating or repairing as needed) the database at `options.path`. */
export function openDatabase(options: OpenDatabaseOptions): TidingsDatabase {
  const { path, warn } = options;
  const now = () => options.now();
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    if (!existsSync(path)) throw new StoreError(`cannot create ${dirname(path)}: ${(error as Error).message}`);
  }

  let db: Db | undefined;
  let writable = true;
  // What a write is told when the database could only be opened for reading.
  let refusal = readOnlyMessage(path);
  // Told when the database closes, unless a refused write already said it in its error.
  let readingOnly: string | undefined;
  let damage: string | undefined = existsSync(damageMarker(path)) ? 'a command found it damaged' : undefined;
  if (!damage) {
    const openWritable = (): Db => {
      const conn = connect(path);
      try {
        // Reads the header and schema: a file that is no database fails here.
        conn.prepare('SELECT count(*) FROM sqlite_master').get();
        return conn;
      } catch (error) {
        conn.close();
        throw error;
      }
    };
    try {
      try {
        db = openWritable();
      } catch (error) {
        // A full disk cannot even size the WAL index (-shm): the reserve makes room for it.
        if (!isDiskFull(error) || !existsSync(reservePath(path))) throw error;
        rmSync(reservePath(path), { force: true });
        db = openWritable();
      }
    } catch (error) {
      db = undefined;
      if (isDamage(error)) damage = 'not a readable database';
      else if ((isReadOnly(error) || isDiskFull(error)) && existsSync(path)) {
        try {
          db = openReadOnly(path);
        } catch (again) {
          throw new StoreError(`cannot open ${path}: ${(again as Error).message}`);
        }
        writable = false;
        if (isDiskFull(error)) refusal = diskFullMessage(path);
        // Opened as immutable, the last commits still in a -wal file are not seen: say so.
        const walSize = existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0;
        readingOnly = `${isDiskFull(error) ? `the disk holding ${path} is full` : `${dirname(path)} is read-only`}: reading only, nothing will be saved${walSize > 0 ? ' (the latest changes may not show)' : ''}`;
      } else throw new StoreError(`cannot open ${path}: ${(error as Error).message}`);
    }
  }

  if (db && writable && !damage) {
    try {
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version > MIGRATIONS.length) {
        db.close();
        throw new StoreError(`${path} was written by a newer tidings (schema ${version}); upgrade tidings to use it`);
      }
    } catch (error) {
      // A full disk only delays recording the check; it is run again next time.
      if (isDiskFull(error)) warn(`the disk holding ${path} is full: nothing will be saved until there is room`);
      else if (!isDamage(error)) throw error;
      else damage = 'not a readable database';
    }
  }

  if (damage) {
    db?.close();
    const aside = moveAside(path, now());
    db = connect(path);
    warn(`the database ${path} was damaged (${damage}): it was moved to ${aside} and a new one started`);
  }
  const conn = db as Db;
  const created = writable && (conn.pragma('user_version', { simple: true }) as number) === 0;

  if (writable) {
    const summary = migrate(conn, options);
    if (summary !== undefined) {
      // Told before the backup's own line, which it explains.
      if (summary) warn(`moved your tidings data into ${path}: ${summary}`);
      options.afterLegacyImport?.();
    }
    for (const source of pendingRecoveries(path)) {
      let copied = new Map<string, number>();
      conn.transaction(() => {
        copied = copyReadableRows(conn, source);
      }).immediate();
      // Renamed once copied, so an interrupted start copies it again and a finished one never does.
      const kept = source.replace(/\.db$/, '.recovered.db');
      for (const suffix of ['', '-wal', '-shm']) {
        if (existsSync(source + suffix)) renameSync(source + suffix, kept + suffix);
      }
      warn(`${recoveredSummary(copied)} from the damaged copy, now kept as ${kept}`);
    }
    ensureReserve(path);
  }

  const explain = (error: unknown): unknown => {
    if (error instanceof StoreError) return error;
    if (isDamage(error)) {
      markDamaged(path);
      return new StoreError(`the database ${path} is damaged: it will be repaired the next time tidings starts`);
    }
    if (isDiskFull(error)) return new StoreError(diskFullMessage(path));
    if (isReadOnly(error)) return new StoreError(readOnlyMessage(path));
    return error;
  };

  // The full check reads every page (~0.2 s for 180 MB): once a day, after the command's
  // work, so no first frame waits for it; damage found then is repaired at the next start.
  const checkIfDue = () => {
    // A file this process made needs no check yet (it cost a first refresh ~15 ms).
    if (created) return;
    try {
      const last = conn.prepare("SELECT value FROM meta WHERE key = 'checked_at'").pluck().get() as string | undefined;
      if (last && now().getTime() - Date.parse(last) < (options.checkEveryMs ?? DAY_MS)) return;
      const result = conn.pragma('quick_check', { simple: true });
      if (result !== 'ok') {
        markDamaged(path);
        // quick_check lists every bad page; its first real line says enough for one line.
        const first = String(result).split('\n').filter((l) => !l.startsWith('***'))[0] ?? 'failed';
        warn(`the database ${path} failed its check (${first}): it will be repaired the next time tidings starts`);
      } else conn.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('checked_at', ?)").run(now().toISOString());
    } catch (error) {
      if (isDamage(error)) markDamaged(path);
    }
  };

  return {
    path,
    db: conn,
    writable,
    write<T>(work: () => T): T {
      if (!writable) {
        readingOnly = undefined;
        throw new StoreError(refusal);
      }
      const run = () => conn.transaction(work).immediate();
      try {
        return run();
      } catch (error) {
        if (isDiskFull(error) && existsSync(reservePath(path))) {
          // Give up the reserve so this write (often a delete to make room) can go through.
          rmSync(reservePath(path), { force: true });
          try {
            return run();
          } catch (again) {
            throw explain(again);
          }
        }
        throw explain(error);
      }
    },
    explain,
    close: () => {
      if (writable) checkIfDue();
      if (readingOnly) warn(readingOnly);
      readingOnly = undefined;
      conn.close();
    },
  };
}
