import { formatSectionTree, sectionTreeJson } from '../output/sections.js';
import { loadEditionNews, nothingLoaded, reportFeedErrors } from './edition-news.js';
import { outputFormat, printJson, stylerFor, type FormatFlags } from './output-format.js';
import type { Runtime } from './runtime.js';

/** `tidings sections`: the edition's section tree with item counts. */
export async function runSections(rt: Runtime, o: FormatFlags): Promise<number> {
  const snapshot = await loadEditionNews(rt);
  reportFeedErrors(rt, snapshot);
  const counts = new Map([...snapshot.index.bySection].map(([id, items]) => [id, items.length]));
  const tree = sectionTreeJson(snapshot.edition.sections, counts);
  const format = outputFormat(o);
  if (format === 'json') printJson(rt, { edition: snapshot.edition.name, title: snapshot.edition.title, sections: tree });
  else {
    if (format === 'markdown') rt.io.stdout.write(`# ${snapshot.edition.title}\n\n`);
    rt.io.stdout.write(formatSectionTree(tree, stylerFor(rt, format), format === 'markdown'));
  }
  return nothingLoaded(snapshot) ? 1 : 0;
}
