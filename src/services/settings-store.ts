import type Conf from 'conf';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { EditionOverlay } from '../core/edition/types.js';
import { quarantineFile } from './quarantine.js';

/** How right-to-left text is laid out for terminals that do or do not reorder bidi text. */
export type BidiMode = 'auto' | 'terminal' | 'reorder';

/** Everything a user can set; stored as JSON in the config dir. */
export interface Settings {
  /** Edition opened when none is named. */
  edition: string;
  /** Minutes between background refreshes in the app; 0 turns it off. */
  refreshMinutes: number;
  bidi: BidiMode;
  /** OSC 8 hyperlinks for article links: auto-detect, always, never. */
  hyperlinks: 'auto' | 'on' | 'off';
  /** Per-edition user changes (added feeds and sections, removed feeds). */
  overlays: Record<string, EditionOverlay>;
  /** Items are kept this many days after they were last seen in their feed… */
  retentionDays: number;
  /** …or, when that keeps more, this many of each feed (the newest). */
  retentionItems: number;
  /** The article cache's size cap in MB; the least recently read pages go first (bookmarks never). */
  articleCacheMB: number;
}

/** Defaults a fresh install starts with. */
export const DEFAULT_SETTINGS: Settings = {
  edition: 'world',
  refreshMinutes: 15,
  bidi: 'auto',
  hyperlinks: 'auto',
  overlays: {},
  retentionDays: 90,
  retentionItems: 2000,
  articleCacheMB: 200,
};

/** Typed settings: reads are plain JSON, writes go through conf. */
export interface SettingsStore {
  get<K extends keyof Settings>(key: K): Settings[K];
  set<K extends keyof Settings>(key: K, value: Settings[K]): void;
  overlay(edition: string): EditionOverlay;
  updateOverlay(edition: string, change: (overlay: EditionOverlay) => EditionOverlay): void;
  readonly path: string;
}

// conf (with ajv) costs ~90 ms to load: only writes need it, so it is required on first
// write (Node >= 20.19 can require ES modules synchronously).
const requireLazily = createRequire(import.meta.url);

/**
 * Opens `settings.json` in `dir`. A file that is not valid JSON is moved aside with a
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
    try {
      const value: unknown = JSON.parse(text);
      if (!value || typeof value !== 'object' || Array.isArray(value)) throw new SyntaxError('not an object');
      return (cached = value as Partial<Settings>);
    } catch {
      const aside = quarantineFile(path, options.now());
      options.warn(`settings were unreadable and were moved to ${aside}; using defaults`);
      return (cached = {});
    }
  };

  const writer = (): Conf<Settings> => {
    read(); // quarantines a broken file first, so conf never sees (or clears) it
    if (!conf) {
      const { default: ConfClass } = requireLazily('conf') as { default: typeof Conf };
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

  const get = <K extends keyof Settings>(key: K): Settings[K] => read()[key] ?? DEFAULT_SETTINGS[key];
  return {
    get,
    set(key, value) {
      writer().set(key, value);
      cached = { ...read(), [key]: value };
    },
    overlay: (edition) => get('overlays')[edition] ?? {},
    updateOverlay(edition, change) {
      const overlays = { ...get('overlays') };
      overlays[edition] = change(overlays[edition] ?? {});
      this.set('overlays', overlays);
    },
    path,
  };
}
