import { findMenuSection } from '../core/edition/edition.js';
import { StoreError, UsageError } from '../core/errors.js';
import { sanitizeLine } from '../core/text/sanitize.js';
import { findEditionFeed, markScope, unknownKeys, type MarkScope } from '../services/item-marks.js';
import { markReadReport } from '../output/reports.js';
import { show } from '../output/view.js';
import type { FormatFlags, Outcome } from './output-format.js';
import type { Runtime } from './runtime.js';

/** Options of `tidings mark-read`. */
export interface MarkReadOptions extends FormatFlags {
  feed?: string;
  section?: string;
  all?: boolean;
  /** Mark unread instead. */
  unread?: boolean;
}

/**
 * `tidings mark-read KEY... | --feed F | --section S | --all [--unread]`: marks the named
 * items read (or unread) in one transaction; everything named is checked first, so a typo
 * marks nothing.
 */
export async function runMarkRead(rt: Runtime, o: MarkReadOptions, ...keys: string[]): Promise<Outcome> {
  if (keys.length === 0 && !o.feed && !o.section && !o.all) {
    throw new UsageError('name what to mark: item keys, --feed URL|TITLE, --section S or --all');
  }
  const name = rt.editionName();
  const edition = rt.editions.load(name, rt.editionChanges.get(name));
  const db = rt.database.db;
  const scopes: MarkScope[] = [];
  if (o.all) scopes.push({ edition, section: null });
  if (o.section) {
    const section = findMenuSection(edition.sections, o.section);
    if (!section) throw new UsageError(`no section "${sanitizeLine(o.section)}" in edition ${edition.name} (see: tidings sections)`);
    scopes.push({ edition, section });
  }
  if (o.feed) {
    const feedUrl = findEditionFeed(db, edition, o.feed);
    if (!feedUrl) throw new UsageError(`no feed "${sanitizeLine(o.feed)}" in edition ${edition.name} (see: tidings feeds)`);
    scopes.push({ feedUrl });
  }
  const missing = unknownKeys(db, keys);
  if (missing.length > 0) {
    throw new StoreError(`no item ${sanitizeLine(missing[0])}${missing.length > 1 ? ` (and ${missing.length - 1} more)` : ''} (keys are listed by: tidings headlines)`);
  }
  const read = !o.unread;
  const at = rt.io.now().toISOString();
  const marked = rt.database.write(() =>
    rt.items.mark(keys, read, at) + scopes.reduce((n, scope) => n + markScope(db, scope, read, at), 0));
  return show(markReadReport, { marked, read });
}
