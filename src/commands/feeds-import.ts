import { DEFAULT_EDITION_LANG } from '../core/edition/edition.js';
import { applyImportPlan, planImport, planNewEdition } from '../core/edition/import-plan.js';
import { FeedParseError } from '../core/errors.js';
import { parseSubscriptions, type SubscriptionList } from '../core/subscriptions.js';
import type { Outcome } from './output-format.js';
import type { Runtime } from './runtime.js';
import { readUserFile } from './user-file.js';

/** Reads and parses the list; every failure is one line naming the file. */
function readList(rt: Runtime, file: string): SubscriptionList {
  const text = readUserFile(rt, file);
  try {
    return parseSubscriptions(text);
  } catch (error) {
    if (error instanceof FeedParseError) throw new FeedParseError(`${file}: ${error.message}`);
    throw error;
  }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function warnSkipped(rt: Runtime, list: SubscriptionList): void {
  const count = list.skippedCommands;
  if (count > 0) rt.warn(`skipped ${count} ${count === 1 ? 'entry that runs commands' : 'entries that run commands'}: tidings never runs commands from a file`);
  const urls = list.skippedUrls;
  if (urls > 0) rt.warn(`skipped ${urls} ${urls === 1 ? 'entry whose URL' : 'entries whose URLs'} tidings cannot fetch (only http, https and file)`);
}

/**
 * `tidings feeds import FILE`: an OPML or newsboat urls file into the edition. A new edition
 * name creates the user's edition file; an existing edition gets the feeds it lacks as changes.
 */
export function importFeeds(rt: Runtime, file: string): Outcome {
  const list = readList(rt, file);
  warnSkipped(rt, list);
  if (list.feeds.length === 0) {
    rt.io.stderr.write(`tidings: ${file}: no feeds to import\n`);
    return 1;
  }
  const name = rt.editionName();
  if (!rt.editions.has(name)) {
    const plan = planNewEdition(name, DEFAULT_EDITION_LANG, list.feeds);
    rt.editions.create(plan.spec);
    return `created edition ${name}: ${plural(plan.feedCount, 'feed', 'feeds')} in ${plural(plan.sectionCount, 'section', 'sections')}\n`;
  }
  const edition = rt.editions.load(name, rt.editionChanges.get(name));
  const plan = planImport(edition, list.feeds);
  if (plan.addFeeds.length > 0) rt.editionChanges.update(name, (overlay) => applyImportPlan(overlay, plan));
  const total = plan.added + plan.present;
  return `imported ${plural(total, 'feed', 'feeds')} into edition ${name}: ${plan.added} new, ${plan.present} already there\n`;
}
