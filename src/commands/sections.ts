import { allSection } from '../core/edition/all-section.js';
import { findSection, sectionSlug } from '../core/edition/edition.js';
import { UsageError } from '../core/errors.js';
import { sectionTree, sectionTreeJson } from '../output/sections.js';
import { show } from '../output/view.js';
import { loadEditionNews, nothingLoaded, reportFeedErrors, type CacheFlags } from './edition-news.js';
import type { FormatFlags, Outcome } from './output-format.js';
import type { Runtime } from './runtime.js';

/** `tidings sections`: the edition's section tree with item counts. */
export async function runSections(rt: Runtime, o: FormatFlags & CacheFlags): Promise<Outcome> {
  const snapshot = await loadEditionNews(rt, o, { only: 'counts' });
  reportFeedErrors(rt, snapshot);
  const counts = new Map([...snapshot.counts.bySection].map(([id, count]) => [id, count.total]));
  // The menu's All entry (every item) first; in JSON beside the tree, which stays the edition's own.
  const [all] = sectionTreeJson([allSection()], counts);
  const tree = { edition: snapshot.edition.name, title: snapshot.edition.title, all, sections: sectionTreeJson(snapshot.edition.sections, counts) };
  return show(sectionTree, tree, nothingLoaded(snapshot) ? 1 : 0);
}

/** Options of `sections add`. */
export interface SectionAddOptions {
  parent?: string;
}

/** `tidings sections add NAME [--parent P]`: a new (empty) section in the user's overlay. */
export function addSection(rt: Runtime, o: SectionAddOptions, typed: string): Outcome {
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
  return `added section ${[...(parent?.path ?? []), name].join(' › ')} (${id}) to edition ${edition.name}\n`;
}

/** `tidings sections remove ID`: hides a section (and its children) from the edition. */
export function removeSection(rt: Runtime, target: string): Outcome {
  const editionName = rt.editionName();
  const edition = rt.editions.load(editionName, rt.editionChanges.get(editionName));
  const section = findSection(edition.sections, target);
  if (!section) throw new UsageError(`no section "${target}" in edition ${edition.name} (see: tidings sections)`);
  rt.editionChanges.update(edition.name, (overlay) => ({
    ...overlay,
    addSections: (overlay.addSections ?? []).filter((s) => s.id !== section.id),
    removeSections: [...new Set([...(overlay.removeSections ?? []), section.id])],
  }));
  return `removed section ${section.path.join(' › ')} from edition ${edition.name}\n`;
}
