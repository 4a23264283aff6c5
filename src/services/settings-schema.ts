/**
 * The settings schema: one table of keys, defaults and checks. The store validates the file
 * against it on read (a bad value is told in one line and its default used) and never hands
 * conf a schema, so a bad key elsewhere in the file can never make a write throw.
 */

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
  /** Items are kept this many days after they were last seen in their feed… */
  retentionDays: number;
  /** …or, when that keeps more, this many of each feed (the newest). */
  retentionItems: number;
  /** The article cache's size cap in MB; the least recently read pages go first (bookmarks never). */
  articleCacheMB: number;
  /** The largest feed (or page) body accepted, in MB after decompression. */
  maxFeedMB: number;
}

/** One key's rule: its default, a check, and what the check wants, in words. */
interface Rule<T> {
  default: T;
  valid: (value: unknown) => boolean;
  /** Completes `"key" must be …`. */
  wants: string;
}

const wholeNumber = (min: number): Pick<Rule<number>, 'valid' | 'wants'> => ({
  valid: (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= min,
  wants: `a whole number ≥ ${min}`,
});
const oneOf = <T extends string>(...values: T[]): Pick<Rule<T>, 'valid' | 'wants'> => ({
  valid: (v) => values.includes(v as T),
  wants: `one of ${values.map((v) => `"${v}"`).join(', ')}`,
});

/** The schema: every setting, its default and its check. */
export const SETTINGS_SCHEMA: { readonly [K in keyof Settings]: Rule<Settings[K]> } = {
  edition: { default: 'world', valid: (v) => typeof v === 'string' && v.trim() !== '', wants: 'an edition name' },
  refreshMinutes: { default: 15, ...wholeNumber(0) },
  bidi: { default: 'auto', ...oneOf<BidiMode>('auto', 'terminal', 'reorder') },
  hyperlinks: { default: 'auto', ...oneOf('auto', 'on', 'off') },
  retentionDays: { default: 90, ...wholeNumber(1) },
  retentionItems: { default: 2000, ...wholeNumber(1) },
  articleCacheMB: { default: 200, ...wholeNumber(1) },
  maxFeedMB: { default: 50, ...wholeNumber(1) },
};

/** Defaults a fresh install starts with. */
export const DEFAULT_SETTINGS: Settings = Object.fromEntries(
  Object.entries(SETTINGS_SCHEMA).map(([key, rule]) => [key, rule.default]),
) as unknown as Settings;

/** Keys older tidings kept in settings.json that now live elsewhere: skipped without a word. */
const MOVED_KEYS = new Set(['overlays']);

/**
 * The valid settings of a parsed file, and one message per key that is not (`"bidi" must be
 * one of "auto", …; using "auto"`). Unknown keys are kept out and not reported (a newer
 * tidings may have written them).
 */
export function checkSettings(raw: Record<string, unknown>): { values: Partial<Settings>; problems: string[] } {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (MOVED_KEYS.has(key) || !Object.hasOwn(SETTINGS_SCHEMA, key)) continue;
    const rule = SETTINGS_SCHEMA[key as keyof Settings] as Rule<unknown>;
    if (rule.valid(value)) values[key] = value;
    else problems.push(`"${key}" must be ${rule.wants}; using ${JSON.stringify(rule.default)}`);
  }
  return { values: values as Partial<Settings>, problems };
}

/** The message for a value a caller tried to set that the schema refuses, or undefined. */
export function settingProblem(key: keyof Settings, value: unknown): string | undefined {
  const rule = SETTINGS_SCHEMA[key] as Rule<unknown>;
  return rule.valid(value) ? undefined : `"${key}" must be ${rule.wants}`;
}
