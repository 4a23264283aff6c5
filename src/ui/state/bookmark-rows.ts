import type { Bookmark } from '../../core/bookmarks/types.js';
import { relativeTime } from '../../core/text/relative-time.js';
import { displayWidth, fitToWidth } from '../../core/text/width.js';

/** Cell widths of the bookmark list columns: marks, title, source and #tags, saved time. */
export interface BookmarkColumns {
  /** Cursor, ★ and a space. */
  marks: number;
  title: number;
  /** 0 when the list is too narrow for it. */
  meta: number;
  age: number;
}

// "saved just now" is the longest time text ("saved 11w ago" and the like are shorter), so
// the column never moves as the list scrolls or time passes.
const AGE_WIDTH = 'saved just now'.length;
const GAP = 2;
const MIN_TITLE = 12;
// A source column narrower than this shows too little to be worth its cells.
const MIN_META = 6;

/** When a bookmark was saved, for people: `saved just now`, `saved 3d ago`; '' when unknown. */
export function savedText(b: Bookmark, now: Date): string {
  const age = relativeTime(b.savedAt, now);
  return age === 'now' ? 'saved just now' : age ? `saved ${age} ago` : '';
}

/** Source and tags of a bookmark: `Saved Wire · #train #later`. */
export function metaText(b: Bookmark): string {
  return [b.source, b.tags.map((t) => `#${t}`).join(' ')].filter(Boolean).join(' · ');
}

/**
 * Columns for the whole list (not per row, so they line up): the saved time is never cut;
 * source and tags take what they need up to 35% (never more than the title), and give way
 * first; the title gets the rest.
 */
export function bookmarkColumns(items: Bookmark[], width: number): BookmarkColumns {
  const marks = 3;
  const age = Math.min(AGE_WIDTH, Math.max(0, width - marks - 1 - GAP));
  const afterAge = width - marks - (age > 0 ? age + GAP : 0);
  const wanted = items.reduce((w, b) => Math.max(w, displayWidth(metaText(b))), 0);
  // The title keeps at least half of the room (and MIN_TITLE cells) before the source shows.
  const fit = Math.min(wanted, Math.floor(width * 0.35), afterAge - GAP - Math.max(MIN_TITLE, Math.ceil(afterAge / 2)));
  const meta = fit >= MIN_META ? fit : 0;
  const title = Math.max(1, afterAge - (meta > 0 ? meta + GAP : 0));
  return { marks, title, meta, age };
}

/** The text cells of one bookmark row, each exactly its column's width (marks are drawn by the component). */
export function bookmarkCells(b: Bookmark, cols: BookmarkColumns, now: Date): { title: string; meta: string; age: string } {
  const gap = ' '.repeat(GAP);
  return {
    title: fitToWidth(b.title || b.url, cols.title),
    meta: cols.meta > 0 ? `${gap}${fitToWidth(metaText(b), cols.meta)}` : '',
    age: cols.age > 0 ? `${gap}${fitToWidth(savedText(b, now), cols.age, 'right')}` : '',
  };
}
