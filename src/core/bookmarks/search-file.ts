import { BOOKMARKS_SCHEMA_VERSION } from './types.js';

// The search side file: a header line, then `<id>\t<distinct lower-cased body words>` per
// bookmark. Plain lines rather than JSON: a search scans the bytes with indexOf and never
// parses it, which is what keeps 10,000 bodies searchable in well under 300 ms.
/** The first line of a search file. */
export const SEARCH_HEADER = `tidings-bookmark-search ${BOOKMARKS_SCHEMA_VERSION}`;

/** True when `text` is a search file of this schema. */
export function isSearchFile(text: string | undefined): text is string {
  return text !== undefined && text.startsWith(`${SEARCH_HEADER}\n`);
}

/** The file text for exactly `ids`, in that order (words must hold no tab or newline). */
export function serializeSearchFile(ids: readonly string[], words: ReadonlyMap<string, string>): string {
  const parts = [SEARCH_HEADER];
  for (const id of ids) parts.push(`${id}\t${words.get(id) ?? ''}`);
  return `${parts.join('\n')}\n`;
}

/** Body words per bookmark id, or undefined when the text is not a search file. */
export function parseSearchFile(text: string | undefined): Map<string, string> | undefined {
  if (!isSearchFile(text)) return undefined;
  const map = new Map<string, string>();
  let start = SEARCH_HEADER.length + 1;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const tab = text.indexOf('\t', start);
    if (tab > start && tab < end) map.set(text.slice(start, tab), text.slice(tab + 1, end));
    start = end + 1;
  }
  return map;
}
