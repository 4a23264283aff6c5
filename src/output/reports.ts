/**
 * Views of the short reports commands print (`editions`, `feeds`, `refresh`, `mark-read`):
 * each data shape is its own `--json` record, so only the text is written here.
 */
import type { EditionInfo } from '../services/edition-store.js';
import type { FeedFetchResult } from '../services/feed-fetcher.js';
import type { View } from './view.js';

/** `tidings editions`: every edition, the default one marked. */
export interface EditionList {
  current: string;
  editions: (EditionInfo & { current: boolean })[];
}

/** `* name  lang  title (yours)`, the description dimmed below. */
export const editionList: View<EditionList> = {
  text: ({ editions }, { style }) => editions.map((e) => {
    const line = `${e.current ? '*' : ' '} ${style.bold(e.name.padEnd(12))} ${e.lang.padEnd(5)} ${e.title}${e.builtin ? '' : style.dim(' (yours)')}\n`;
    return e.description ? `${line}  ${' '.repeat(18)} ${style.dim(e.description)}\n` : line;
  }).join(''),
};

/** `tidings feeds`: the edition's feeds and the sections each feeds. */
export interface FeedList {
  edition: string;
  feeds: { url: string; title: string; sections: string[] }[];
}

/** One tab-separated line a feed: title, URL, sections. */
export const feedList: View<FeedList> = {
  text: ({ feeds }) => feeds.map((f) => `${f.title || '(untitled)'}\t${f.url}${f.sections.length ? `\t${f.sections.join(',')}` : ''}\n`).join(''),
};

/** One feed's line in a refresh report. */
export interface FeedReport {
  url: string;
  title: string;
  status: FeedFetchResult['status'];
  items: number;
  newItems: number;
  error: { reason: string; message: string; hint: string | null } | null;
}

/** `tidings refresh`: what each feed did, and the totals. */
export interface RefreshReport {
  edition: string;
  feeds: number;
  failed: number;
  newItems: number;
  results: FeedReport[];
}

/** A line a feed (new items, not modified, cached, or the error and its hint), then the totals. */
export const refreshReport: View<RefreshReport> = {
  text: (r, { style }) => r.results.map((f) => {
    const what = f.status === 'error'
      ? style.red(`error: ${f.error?.message}${f.error?.hint ? ` — ${f.error.hint}` : ''}`)
      : f.status === 'not-modified' ? style.dim('not modified')
        : f.status === 'cached' ? style.dim(`cached, ${f.items} items`)
          : style.green(`${f.newItems} new`) + style.dim(` of ${f.items}`);
    return `${f.title || f.url}: ${what}\n`;
  }).join('') + `${r.feeds} feeds, ${r.newItems} new items, ${r.failed} failed\n`,
};

/** What a mark-read run did. */
export interface MarkReadResult {
  marked: number;
  read: boolean;
}

/** `marked 3 read`. */
export const markReadReport: View<MarkReadResult> = {
  text: ({ marked, read }) => `marked ${marked} ${read ? 'read' : 'unread'}\n`,
};
