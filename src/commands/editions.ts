import { DEFAULT_EDITION_LANG } from '../core/edition/edition.js';
import { isLanguageTag } from '../core/edition/lang.js';
import { UsageError } from '../core/errors.js';
import { DEFAULT_SETTINGS } from '../services/settings-store.js';
import { outputFormat, printJson, stylerFor, type FormatFlags } from './output-format.js';
import type { Runtime } from './runtime.js';

/** `tidings editions`: the built-in and user editions, the current one marked. */
export async function runEditions(rt: Runtime, o: FormatFlags): Promise<number> {
  const current = rt.editionName();
  const editions = rt.editions.list().map((e) => ({ ...e, current: e.name === current }));
  if (outputFormat(o) === 'json') {
    printJson(rt, { current, editions });
    return 0;
  }
  const style = stylerFor(rt, outputFormat(o));
  for (const e of editions) {
    const mark = e.current ? '*' : ' ';
    rt.io.stdout.write(`${mark} ${style.bold(e.name.padEnd(12))} ${e.lang.padEnd(5)} ${e.title}${e.builtin ? '' : style.dim(' (yours)')}\n`);
    if (e.description) rt.io.stdout.write(`  ${' '.repeat(18)} ${style.dim(e.description)}\n`);
  }
  return 0;
}

/** `tidings editions default NAME`: the edition opened when none is named. */
export async function setDefaultEdition(rt: Runtime, name: string): Promise<number> {
  // Loading it proves it exists and reads (an unknown name is a UsageError listing the known ones).
  rt.editions.load(name);
  rt.settings.set('edition', name);
  rt.io.stdout.write(`default edition: ${name}\n`);
  return 0;
}

/** Options of `editions new`. */
export interface NewEditionOptions {
  title?: string;
  lang?: string;
}

/** `tidings editions new NAME [--title T] [--lang L]`: an empty edition file of the user's. */
export async function createEdition(rt: Runtime, o: NewEditionOptions, name: string): Promise<number> {
  const lang = o.lang ?? DEFAULT_EDITION_LANG;
  if (!isLanguageTag(lang)) throw new UsageError(`--lang must be a BCP 47 language tag such as "en", "ar" or "es" (got "${lang}")`);
  const file = rt.editions.create({ name, title: o.title?.trim() || name, lang, feeds: [], sections: [] });
  rt.io.stdout.write(`created edition ${name} in ${file} (add feeds with: tidings -e ${name} feeds add URL)\n`);
  return 0;
}

/** `tidings editions remove NAME`: deletes the user's own edition and its changes. */
export async function removeEdition(rt: Runtime, name: string): Promise<number> {
  const file = rt.editions.remove(name);
  rt.editionChanges.remove(name);
  rt.io.stdout.write(`removed edition ${name} (${file})\n`);
  // Left as the default, every plain `tidings` would fail; the built-in default takes over.
  if (rt.settings.get('edition') === name) {
    rt.settings.set('edition', DEFAULT_SETTINGS.edition);
    rt.io.stdout.write(`default edition: ${DEFAULT_SETTINGS.edition}\n`);
  }
  return 0;
}
