import { allSection } from '../core/edition/all-section.js';
import { findSection, sectionSlug } from '../core/edition/edition.js';
import { UsageError } from '../core/errors.js';
import { formatSectionTree, sectionTreeJson } from '../output/sections.js';
import { loadEditionNews, nothingLoaded, reportFeedErrors, type CacheFlags } from './edition-news.js';
import { outputFormat, printJson, stylerFor, type FormatFlags } from './output-format.js';
import type { Runtime } from './runtime.js';

/** `tidings sections`: the edition's section tree with item counts. */
export async function runSections(rt: Runtime, o: FormatFlags & CacheFlags): Promise<number> {
  const snapshot = await loadEditionNews(rt, o, { only: 'counts' });
  reportFeedErrors(rt, snapshot);
  const counts = new Map([...snapshot.counts.bySection].map(([id, count]) => [id, count.total]));
  const tree = sectionTreeJson(snapshot.edition.sections, counts);
  // The menu's All entry (every item) first; in JSON beside the tree, which stays the edition's own.
  const [all] = sectionTreeJson([allSection()], counts);
  const format = outputFormat(o);
  if (format === 'json') printJson(rt, { edition: snapshot.edition.name, title: snapshot.edition.title, all, sections: tree });
  else {
    if (format === 'markdown') rt.io.stdout.write(`# ${snapshot.edition.title}\n\n`);
    rt.io.stdout.write(formatSectionTree([all, ...tree], stylerFor(rt, format), format === 'markdown'));
  }
  return nothingLoaded(snapshot) ? 1 : 0;
}

/** Options of `sections add`. */
export interface SectionAddOptions {
  parent?: string;
}

/** `tidings sections add NAME [--parent P]`: a new (empty) section in the user's overlay. */
export function addSection(rt: Runtime, o: SectionAddOptions, typed: string): number {
  // Spaces around a name are a quoting slip in the shell, not part of the title.
  const name = typed.trim();
  if (name === '') throw new UsageError('a section needs a name: tidings sections add NAME');
  const editionName = rt.editionName();
  const edition = rt.editions.load(editionName, rt.editionChanges.get(editionName));
  const parent = o.parent !== undefined ? findSection(edition.sections, o.parent) : undefined;
  if (o.parent !== undefined && !parent) throw new UsageError(`no section "${o.parent}" in edition ${edition.name} (see: tidings sections)`);
  if (findSection(edition.sections, name)) throw new UsageError(`edition ${edition.name} already has a section "${name}"`);
  const id = sectionSlug(name);
  rt.editionChanges.update(edition.name, (overlay) => ({
    ...overlay,
    addSections: [...(overlay.addSections ?? []), { id, title: name, parent: parent?.id }],
    removeSections: (overlay.removeSections ?? []).filter((s) => s !== id),
  }));
  rt.io.stdout.write(`added section ${[...(parent?.path ?? []), name].join(' › ')} (${id}) to edition ${edition.name}\n`);
  return 0;
}

/** `tidings sections remove ID`: hides a section (and its children) from the edition. */
export function removeSection(rt: Runtime, target: string): number {
  const editionName = rt.editionName();
  const edition = rt.editions.load(editionName, rt.editionChanges.get(editionName));
  const section = findSection(edition.sections, target);
  if (!section) throw new UsageError(`no section "${target}" in edition ${edition.name} (see: tidings sections)`);
  rt.editionChanges.update(edition.name, (overlay) => ({
    ...overlay,
    addSections: (overlay.addSections ?? []).filter((s) => s.id !== section.id),
    removeSections: [...new Set([...(overlay.removeSections ?? []), section.id])],
  }));
  rt.io.stdout.write(`removed section ${section.path.join(' › ')} from edition ${edition.name}\n`);
  return 0;
}
