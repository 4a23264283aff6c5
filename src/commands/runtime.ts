import { join } from 'node:path';
import { sanitizeLine } from '../core/text/sanitize.js';
import { openDatabase, type TidingsDatabase } from '../services/database.js';
import { backUpLegacyFiles, importLegacyData } from '../services/legacy-import.js';
import { hasLegacyFiles } from '../services/legacy-paths.js';
import { createEditionChanges, type EditionChanges } from '../services/edition-changes.js';
import { createEditionStore, type EditionStore } from '../services/edition-store.js';
import { createFeedFetcher, type FeedFetcher } from '../services/feed-fetcher.js';
import { createFeedStore, type FeedStore } from '../services/feed-store.js';
import { createItemStore, type ItemStore } from '../services/item-store.js';
import { createHttpClient, type HttpClient } from '../services/http-client.js';
import { sharedParsePool, type ParsePool } from '../services/parse-pool.js';
import { resolvePaths, type TidingsPaths } from '../services/paths.js';
import { createSettingsStore, type SettingsStore } from '../services/settings-store.js';
import { SETTINGS_SCHEMA } from '../services/settings-schema.js';

/** A stream the CLI writes to (process.stdout in real life, a buffer in tests). */
export interface OutStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
  rows?: number;
}

/** Everything the CLI takes from its process, injected so tests run it in-process. */
export interface CliIO {
  stdout: OutStream;
  stderr: OutStream;
  stdinIsTTY: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
  now: () => Date;
}

/** Options every subcommand accepts (commander's global options). */
export interface GlobalOptions {
  edition?: string;
  /** `tidings --section S` (commander also hands a subcommand's --section here). */
  section?: string;
  home?: string;
  offline?: boolean;
  timeout?: number;
  concurrency?: number;
  color?: boolean;
  width?: number;
  debug?: boolean;
  /** The language of the app's own words, over the edition's (`--lang`). */
  lang?: string;
}

/** Services and resolved settings for one CLI invocation, built lazily. */
export interface Runtime {
  io: CliIO;
  globals: GlobalOptions;
  paths: TidingsPaths;
  /** Colour and escapes allowed on stdout. */
  color: boolean;
  /** Columns to lay text out in. */
  width: number;
  /**
   * Columns one-line rows (headline and bookmark lists) are cut to: as `width` in a terminal
   * or with --width or COLUMNS; unlimited when piped without them, so scripts get whole titles.
   */
  rowWidth: number;
  readonly settings: SettingsStore;
  /** The one database (`<data>/tidings.db`), opened on first use. */
  readonly database: TidingsDatabase;
  /** The user's changes to editions, in the database (importing this module registers their legacy import). */
  readonly editionChanges: EditionChanges;
  readonly http: HttpClient;
  /** Feed rows and item writes, over the database. */
  readonly feeds: FeedStore;
  /** Item lookups and read marks, over the database. */
  readonly items: ItemStore;
  /** Fetches into the database. */
  readonly fetcher: FeedFetcher;
  readonly editions: EditionStore;
  /** Worker threads for parsing many feeds; undefined when running from TypeScript sources. */
  readonly parsePool: ParsePool | undefined;
  /** Name of the edition to use: --edition, else the setting. */
  editionName(): string;
  warn(message: string): void;
  /** A warning printed once the command is over (until then the app may own the screen). */
  warnAfter(message: string): void;
  /** The warnings held back by `warnAfter`, in order; the CLI prints them after each command. */
  heldWarnings(): string[];
  /** A fetcher's database write failed (the fetch itself stood): one held warning per problem. */
  noteCacheError(url: string, error: unknown): void;
  /** What to tell the user about an error the command ended with (database faults in one line). */
  explain(error: unknown): unknown;
  /** Closes what the command opened (the database). */
  close(): void;
  /**
   * Loads the importers of older tidings' files when any of those files is still there, so
   * the database can import them when it is first opened; a no-op (a few stats) otherwise.
   */
  prepare(): Promise<void>;
}

/** Colour only for a terminal, and never with NO_COLOR, --no-color or TERM=dumb. */
export function colorEnabled(io: CliIO, globals: GlobalOptions): boolean {
  if (globals.color === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  if (io.env.TERM === 'dumb') return false;
  return Boolean(io.stdout.isTTY);
}

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

/** Builds the runtime; services are created on first use so `--help` touches no disk. */
export function createRuntime(io: CliIO, globals: GlobalOptions): Runtime {
  const paths = resolvePaths(io.env, globals.home);
  const warn = (message: string) => io.stderr.write(`tidings: warning: ${message}\n`);
  const settings = once(() => createSettingsStore({ dir: paths.config, now: io.now, warn }));
  const held: string[] = [];
  const warnAfter = (message: string) => {
    held.push(message);
  };
  // A refresh reports its feeds, not the database: a failed write is told once, at the end.
  const cacheProblems = new Set<string>();
  const noteCacheError = (_url: string, error: unknown) => {
    const problem = sanitizeLine(error instanceof Error ? error.message : String(error));
    if (cacheProblems.has(problem)) return;
    cacheProblems.add(problem);
    warnAfter(`fetched feeds could not be saved (${problem}); they will be fetched again`);
  };
  const http = once(() => createHttpClient({
    timeoutMs: (globals.timeout ?? 15) * 1000,
    // The body limit: big archives and podcast feeds are legitimate; gzip bombs and endless bodies still stop here.
    maxBytes: settings().get('maxFeedMB') * 1024 * 1024,
  }));
  const feeds = once(() => createFeedStore(database().db, { days: settings().get('retentionDays'), items: settings().get('retentionItems') }));
  const items = once(() => createItemStore(database().db));
  const fetcher = once(() => createFeedFetcher({ http: http(), feeds: feeds(), write: (work) => database().write(work), now: io.now, pool: parsePool(), onStoreError: noteCacheError }));
  const database = once(() => {
    let summary: string | undefined;
    const opened = openDatabase({
      path: join(paths.data, 'tidings.db'),
      now: io.now,
      warn: warnAfter,
      importLegacy: (db) => (summary = importLegacyData({ db, paths, now: io.now(), warn: warnAfter })),
      afterLegacyImport: () => {
        const backup = backUpLegacyFiles(paths, io.now());
        if (summary && backup) warnAfter(`your old files were kept in ${backup}`);
      },
    });
    databaseOpened = true;
    return opened;
  });
  let databaseOpened = false;
  const editionChanges = once(() => createEditionChanges({ database, warn }));
  const editions = once(() => createEditionStore({ userDir: join(paths.config, 'editions') }));
  const parsePool = once(sharedParsePool);
  // settings.json's edition, when a file names it; else one line naming the file, and the default.
  const settingsEdition = once(() => {
    const name = settings().get('edition');
    if (editions().has(name)) return name;
    const fallback = SETTINGS_SCHEMA.edition.default;
    warn(`${join(paths.config, 'settings.json')}: "edition" is "${name}", which no edition file names (see: tidings editions); using "${fallback}"`);
    return fallback;
  });
  const envWidth = Number(io.env.COLUMNS);
  const width = globals.width ?? (io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : envWidth > 0 ? envWidth : 80);
  const fitted = globals.width !== undefined || Boolean(io.stdout.isTTY) || envWidth > 0;
  return {
    io,
    globals,
    paths,
    color: colorEnabled(io, globals),
    width,
    rowWidth: fitted ? width : Number.POSITIVE_INFINITY,
    get settings() { return settings(); },
    get database() { return database(); },
    get editionChanges() { return editionChanges(); },
    get http() { return http(); },
    get feeds() { return feeds(); },
    get items() { return items(); },
    get fetcher() { return fetcher(); },
    get editions() { return editions(); },
    get parsePool() { return parsePool(); },
    editionName: () => globals.edition ?? io.env.TIDINGS_EDITION ?? settingsEdition(),
    warn,
    warnAfter,
    heldWarnings: () => [...held],
    noteCacheError,
    async prepare() {
      if (hasLegacyFiles(paths)) await Promise.all([import('../services/legacy-feeds.js'), import('../services/legacy-bookmarks.js')]);
    },
    explain: (error) => (databaseOpened ? database().explain(error) : error),
    close: () => {
      if (databaseOpened) database().close();
    },
  };
}
