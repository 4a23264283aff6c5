import Conf from 'conf';
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
}

/** Defaults a fresh install starts with. */
export const DEFAULT_SETTINGS: Settings = {
  edition: 'world',
  refreshMinutes: 15,
  bidi: 'auto',
  hyperlinks: 'auto',
  overlays: {},
};

/** Typed settings over conf. */
export interface SettingsStore {
  get<K extends keyof Settings>(key: K): Settings[K];
  set<K extends keyof Settings>(key: K, value: Settings[K]): void;
  overlay(edition: string): EditionOverlay;
  updateOverlay(edition: string, change: (overlay: EditionOverlay) => EditionOverlay): void;
  readonly path: string;
}

/**
 * Opens `settings.json` in `dir`. A file that is not valid JSON is moved aside with a
 * warning (through `warn`) and a fresh one is started; it is never silently cleared.
 */
export function createSettingsStore(options: { dir: string; now: () => Date; warn: (message: string) => void }): SettingsStore {
  const open = () => new Conf<Settings>({
    projectName: 'tidings',
    projectSuffix: '',
    cwd: options.dir,
    configName: 'settings',
    defaults: DEFAULT_SETTINGS,
    clearInvalidConfig: false,
  });
  let conf: Conf<Settings>;
  try {
    conf = open();
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const file = join(options.dir, 'settings.json');
    const aside = quarantineFile(file, options.now());
    options.warn(`settings were unreadable and were moved to ${aside}; starting with defaults`);
    conf = open();
  }
  return {
    get: (key) => conf.get(key) ?? DEFAULT_SETTINGS[key],
    set: (key, value) => conf.set(key, value),
    overlay: (edition) => conf.get('overlays')?.[edition] ?? {},
    updateOverlay(edition, change) {
      const overlays = { ...(conf.get('overlays') ?? {}) };
      overlays[edition] = change(overlays[edition] ?? {});
      conf.set('overlays', overlays);
    },
    path: conf.path,
  };
}
