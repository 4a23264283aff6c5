import { DEFAULT_EDITION_LANG } from '../core/edition/edition.js';
import { isLanguageTag } from '../core/edition/lang.js';
import { UsageError } from '../core/errors.js';
import { DEFAULT_SETTINGS } from '../services/settings-store.js';
import { editionList } from '../output/reports.js';
import { show } from '../output/view.js';
import type { FormatFlags, Outcome } from './output-format.js';
import type { Runtime } from './runtime.js';

/** `tidings editions`: the built-in and user editions, the current one marked. */
export async function runEditions(rt: Runtime, _o: FormatFlags): Promise<Outcome> {
  const current = rt.editionName();
  return show(editionList, { current, editions: rt.editions.list().map((e) => ({ ...e, current: e.name === current })) });
}

/** `tidings editions default NAME`: the edition opened when none is named. */
export async function setDefaultEdition(rt: Runtime, name: string): Promise<Outcome> {
  // Loading it proves it exists and reads (an unknown name is a UsageError listing the known ones).
  rt.editions.load(name);
  rt.settings.set('edition', name);
  return `default edition: ${name}\n`;
}

/** Options of `editions new`. */
export interface NewEditionOptions {
  title?: string;
  lang?: string;
}

/** `tidings editions new NAME [--title T] [--lang L]`: an empty edition file of the user's. */
export async function createEdition(rt: Runtime, o: NewEditionOptions, name: string): Promise<Outcome> {
  const lang = o.lang ?? DEFAULT_EDITION_LANG;
  if (!isLanguageTag(lang)) throw new UsageError(`--lang must be a BCP 47 language tag such as "en", "ar" or "es" (got "${lang}")`);
  const file = rt.editions.create({ name, title: o.title?.trim() || name, lang, feeds: [], sections: [] });
  return `created edition ${name} in ${file} (add feeds with: tidings -e ${name} feeds add URL)\n`;
}

/** `tidings editions remove NAME`: deletes the user's own edition and its changes. */
export async function removeEdition(rt: Runtime, name: string): Promise<Outcome> {
  const file = rt.editions.remove(name);
  rt.editionChanges.remove(name);
  // Left as the default, every plain `tidings` would fail; the built-in default takes over.
  const wasDefault = rt.settings.get('edition') === name;
  if (wasDefault) rt.settings.set('edition', DEFAULT_SETTINGS.edition);
  return `removed edition ${name} (${file})\n${wasDefault ? `default edition: ${DEFAULT_SETTINGS.edition}\n` : ''}`;
}
