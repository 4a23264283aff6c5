import type { EditionIndex, Headline } from './headlines.js';

/** Headlines held and unread, for an edition or a section. */
export interface HeadlineCount {
  total: number;
  unread: number;
}

/** How many headlines an edition holds and how many are unread, in all and per section id. */
export interface EditionCounts extends HeadlineCount {
  bySection: Map<string, HeadlineCount>;
}

function countList(list: Headline[], isRead: (h: Headline) => boolean): HeadlineCount {
  let unread = 0;
  for (const h of list) if (!isRead(h)) unread++;
  return { total: list.length, unread };
}

/** The counts of an index held whole in memory (a group counts its children's items once). */
export function countIndex(index: EditionIndex, isRead: (h: Headline) => boolean): EditionCounts {
  const bySection = new Map<string, HeadlineCount>();
  for (const [id, list] of index.bySection) bySection.set(id, countList(list, isRead));
  return { ...countList(index.all, isRead), bySection };
}

/**
 * The counts as they stand now: those taken when the index was loaded (`readAtLoad`: the
 * index's keys read then), corrected for the headlines of the index marked or unmarked since.
 */
export function currentCounts(counts: EditionCounts, index: EditionIndex, readAtLoad: ReadonlySet<string>, readNow: ReadonlySet<string>): EditionCounts {
  const delta = (h: Headline) => (readAtLoad.has(h.key) === readNow.has(h.key) ? 0 : readNow.has(h.key) ? -1 : 1);
  const changed = index.all.filter((h) => delta(h) !== 0);
  if (changed.length === 0) return counts;
  const sum = (list: Headline[]) => list.reduce((n, h) => n + delta(h), 0);
  const bySection = new Map<string, HeadlineCount>();
  for (const [id, count] of counts.bySection) {
    const list = index.bySection.get(id) ?? [];
    bySection.set(id, { total: count.total, unread: Math.max(0, count.unread + sum(list)) });
  }
  return { total: counts.total, unread: Math.max(0, counts.unread + sum(changed)), bySection };
}
