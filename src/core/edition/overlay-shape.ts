/**
 * Checks a stored edition overlay (the user's changes to an edition), which may have been
 * hand-edited or written by an older tidings: what has the right shape is kept, each part
 * that does not is named in one message and left out, so one bad entry never stops a command.
 */
import type { EditionOverlay } from './types.js';

/** The overlay's valid parts and one message per part left out. */
export interface CheckedOverlay {
  overlay: EditionOverlay;
  problems: string[];
}

type Entry<T> = { valid: (v: unknown) => v is T; wants: string };

const isText = (v: unknown): v is string => typeof v === 'string' && v !== '';
const optionalText = (v: unknown) => v === undefined || typeof v === 'string';
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

type AddedFeed = NonNullable<EditionOverlay['addFeeds']>[number];
type AddedSection = NonNullable<EditionOverlay['addSections']>[number];

const ENTRIES: { [K in keyof Required<EditionOverlay>]: Entry<NonNullable<EditionOverlay[K]>[number]> } = {
  addFeeds: {
    valid: (v): v is AddedFeed => isRecord(v) && isText(v.url) && optionalText(v.title) && optionalText(v.section),
    wants: 'a list of {"url", "title"?, "section"?}',
  },
  removeFeeds: { valid: isText, wants: 'a list of feed URLs' },
  addSections: {
    valid: (v): v is AddedSection => isRecord(v) && isText(v.id) && typeof v.title === 'string' && optionalText(v.parent),
    wants: 'a list of {"id", "title", "parent"?}',
  },
  removeSections: { valid: isText, wants: 'a list of section ids' },
};

/** Keeps the well-formed parts of `value`; a value that is not an object at all is empty. */
export function checkOverlay(value: unknown): CheckedOverlay {
  if (!isRecord(value)) return { overlay: {}, problems: [`must be an object with "addFeeds", "removeFeeds", "addSections", "removeSections"; ignored`] };
  const overlay: Record<string, unknown[]> = {};
  const problems: string[] = [];
  for (const [key, entry] of Object.entries(ENTRIES) as [keyof EditionOverlay, Entry<unknown>][]) {
    const list = value[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      problems.push(`"${key}" must be ${entry.wants}; ignored`);
      continue;
    }
    const kept = list.filter((item) => entry.valid(item));
    const bad = list.map((item, i) => (entry.valid(item) ? -1 : i)).filter((i) => i >= 0);
    if (bad.length > 0) problems.push(`"${key}" must be ${entry.wants}: entr${bad.length === 1 ? 'y' : 'ies'} ${bad.join(', ')} ignored`);
    overlay[key] = kept;
  }
  return { overlay: overlay as EditionOverlay, problems };
}
