/**
 * Views of the short reports commands print (`editions`, `feeds`, `refresh`, `mark-read`):
 * each command's data is its own `--json` record, so only the text is written here.
 */
import type { EditionInfo } from '../services/edition-store.js';
import type { View } from './view.js';

/** `* name  lang  title (yours)`, the description dimmed below. */
export const editionList: View<{ editions: (EditionInfo & { current: boolean })[] }> = {
  text: ({ editions }, { style }) => editions.map((e) => {
    const line = `${e.current ? '*' : ' '} ${style.bold(e.name.padEnd(12))} ${e.lang.padEnd(5)} ${e.title}${e.builtin ? '' : style.dim(' (yours)')}\n`;
    return e.description ? `${line}  ${' '.repeat(18)} ${style.dim(e.description)}\n` : line;
  }).join(''),
};

/** One tab-separated line a feed: title, URL, sections. */
export const feedList: View<{ feeds: { url: string; title: string; sections: string[] }[] }> = {
  text: ({ feeds }) => feeds.map((f) => `${f.title || '(untitled)'}\t${f.url}${f.sections.length ? `\t${f.sections.join(',')}` : ''}\n`).join(''),
};

/** One feed's line in a refresh report. */
interface FeedReport {
  url: string;
  title: string;
  status: string;
  items: number;
  newItems: number;
  error: { message: string; hint: string | null } | null;
}

/** A line a feed (new items, not modified, cached, or the error and its hint), then the totals. */
export const refreshReport: View<{ feeds: number; failed: number; newItems: number; results: FeedReport[] }> = {
  text: (r, { style }) => r.results.map((f) => {
    const what = f.status === 'error'
      ? style.red(`error: ${f.error?.message}${f.error?.hint ? ` — ${f.error.hint}` : ''}`)
      : f.status === 'not-modified' ? style.dim('not modified')
        : f.status === 'cached' ? style.dim(`cached, ${f.items} items`)
          : style.green(`${f.newItems} new`) + style.dim(` of ${f.items}`);
    return `${f.title || f.url}: ${what}\n`;
  }).join('') + `${r.feeds} feeds, ${r.newItems} new items, ${r.failed} failed\n`,
};

/** `marked 3 read` (JSON `{marked, read}`). */
export const markReadReport: View<{ marked: number; read: boolean }> = {
  text: ({ marked, read }) => `marked ${marked} ${read ? 'read' : 'unread'}\n`,
};
