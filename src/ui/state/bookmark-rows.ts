import type { Bookmark } from '../../core/bookmarks/types.js';
import type { TextDirection } from '../../core/edition/lang.js';
import type { Messages } from '../../core/i18n/messages.js';
import { displayWidth, fitToWidth } from '../../core/text/width.js';
import { displayLine } from './headline-rows.js';

/** Cell widths of the bookmark list columns: marks, title, source and #tags, saved time. */
export interface BookmarkColumns {
  /** Cursor, ★ and a space. */
  marks: number;
  title: number;
  /** 0 when the list is too narrow for it. */
  meta: number;
  age: number;
}

const GAP = 2;
const MINUTE = 60_000;
// The longest time texts of each unit ("saved 59m ago", "saved 11w ago"…): the column is as
// wide as the widest, so it never moves as the list scrolls or time passes.
const WIDEST_AGES = [59 * MINUTE, 23 * 60 * MINUTE, 6 * 1440 * MINUTE, 52 * 7 * 1440 * MINUTE, 9 * 525_960 * MINUTE];
const MIN_TITLE = 12;
// A source column narrower than this shows too little to be worth its cells.
const MIN_META = 6;

/** When a bookmark was saved, for people: `saved just now`, `saved 3d ago`; '' when unknown. */
export function savedText(b: Pick<Bookmark, 'savedAt'>, now: Date, messages: Messages): string {
  const ms = Date.parse(b.savedAt);
  if (Number.isNaN(ms)) return '';
  if (now.getTime() - ms < MINUTE) return messages.t('bookmarks.savedNow');
  return messages.t('bookmarks.saved', { ago: messages.ago(b.savedAt, now) });
}

/** Cells of the widest {@link savedText} in `messages`' language. */
export function savedWidth(messages: Messages): number {
  const now = new Date(0);
  const texts = [0, ...WIDEST_AGES].map((ms) => savedText({ savedAt: new Date(-ms).toISOString() }, now, messages));
  return Math.max(...texts.map((t) => displayWidth(t)));
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
export function bookmarkColumns(items: Bookmark[], width: number, messages: Messages): BookmarkColumns {
  const marks = 3;
  const age = Math.min(savedWidth(messages), Math.max(0, width - marks - 1 - GAP));
  const afterAge = width - marks - (age > 0 ? age + GAP : 0);
  const wanted = items.reduce((w, b) => Math.max(w, displayWidth(metaText(b))), 0);
  // The title keeps at least half of the room (and MIN_TITLE cells) before the source shows.
  const fit = Math.min(wanted, Math.floor(width * 0.35), afterAge - GAP - Math.max(MIN_TITLE, Math.ceil(afterAge / 2)));
  const meta = fit >= MIN_META ? fit : 0;
  const title = Math.max(1, afterAge - (meta > 0 ? meta + GAP : 0));
  return { marks, title, meta, age };
}

/**
 * The text cells of one bookmark row, each exactly its column's width (marks are drawn by
 * the component); right-to-left text in visual order when tidings reorders for the terminal.
 * For `rtl` the row is mirrored like a headline row: title and source right-aligned, each
 * gap on the cell's other side, the saved time left-aligned at the screen's left edge.
 */
export function bookmarkCells(b: Bookmark, cols: BookmarkColumns, now: Date, messages: Messages, bidi: 'terminal' | 'reorder' = 'terminal', dir: TextDirection = 'ltr'): { title: string; meta: string; age: string } {
  const rtl = dir === 'rtl';
  const gap = ' '.repeat(GAP);
  const spaced = (cell: string) => (rtl ? `${cell}${gap}` : `${gap}${cell}`);
  const cell = (text: string, width: number, align: 'left' | 'right') => fitToWidth(displayLine(text, width, bidi, dir), width, align);
  const textAlign = rtl ? 'right' : 'left';
  return {
    title: cell(b.title || b.url, cols.title, textAlign),
    meta: cols.meta > 0 ? spaced(cell(metaText(b), cols.meta, textAlign)) : '',
    age: cols.age > 0 ? spaced(cell(savedText(b, now, messages), cols.age, rtl ? 'left' : 'right')) : '',
  };
}
