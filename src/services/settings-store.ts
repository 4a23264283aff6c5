/**
 * Preferences in `<config>/settings.json`, checked against settings-schema.ts when read: each
 * bad value is told in one line naming the file and the key, and its default used; the rest
 * applies. Edition changes no longer live here (see edition-changes.ts).
 */
import type Conf from 'conf';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { StoreError } from '../core/errors.js';
import { quarantineFile } from './quarantine.js';
import { checkSettings, DEFAULT_SETTINGS, settingProblem, type Settings } from './settings-schema.js';

export { DEFAULT_SETTINGS, type BidiMode, type Settings } from './settings-schema.js';

/** Typed settings: reads are plain JSON checked against the schema, writes go through conf. */
export interface SettingsStore {
  get<K extends keyof Settings>(key: K): Settings[K];
  /** Sets one key, keeping every other key of the file as it is (even ones the schema refuses). */
  set<K extends keyof Settings>(key: K, value: Settings[K]): void;
  readonly path: string;
}

// conf (with ajv) costs ~90 ms to load: only writes need it, so it is required on first
// write (Node >= 20.19 can require ES modules synchronously).
const requireLazily = createRequire(import.meta.url);

/** Parses the file's text: the object, or why it is not one. */
function parseSettings(text: string): Record<string, unknown> | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'not valid JSON';
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return `valid JSON but not an object (${Array.isArray(value) ? 'a list' : JSON.stringify(value)})`;
  return value as Record<string, unknown>;
}

/**
 * Opens `settings.json` in `dir`. A file that is not a JSON object is moved aside with a
 * warning (through `warn`) and defaults are used; it is never silently cleared.
 */
export function createSettingsStore(options: { dir: string; now: () => Date; warn: (message: string) => void }): SettingsStore {
  const path = join(options.dir, 'settings.json');
  let cached: Partial<Settings> | undefined;
  let conf: Conf<Settings> | undefined;

  const read = (): Partial<Settings> => {
    if (cached) return cached;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return (cached = {});
    }
    const parsed = parseSettings(text);
    if (typeof parsed === 'string') {
      let where = 'it was left in place';
      try {
        where = `it was moved to ${quarantineFile(path, options.now())}`;
      } catch {
        // a read-only config dir: the file stays, and writes will say so
      }
      options.warn(`${path}: ${parsed}; ${where}; using the default settings`);
      return (cached = {});
    }
    const { values, problems } = checkSettings(parsed);
    for (const problem of problems) options.warn(`${path}: ${problem}`);
    return (cached = values);
  };

  const writer = (): Conf<Settings> => {
    read(); // quarantines a broken file first, so conf never sees (or clears) it
    if (!conf) {
      const { default: ConfClass } = requireLazily('conf') as { default: typeof Conf };
      // No schema for conf: it would check the whole file on every write and throw on a bad
      // key the user wrote, while this store reports those on read and skips them.
      conf = new ConfClass<Settings>({
        projectName: 'tidings',
        projectSuffix: '',
        cwd: options.dir,
        configName: 'settings',
        clearInvalidConfig: false,
      });
    }
    return conf;
  };

  return {
    get: (key) => read()[key] ?? DEFAULT_SETTINGS[key],
    set(key, value) {
      const problem = settingProblem(key, value);
      if (problem) throw new StoreError(`${path}: ${problem}`);
      try {
        writer().set(key, value);
      } catch (error) {
        throw new StoreError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
      cached = { ...read(), [key]: value };
    },
    path,
  };
}
