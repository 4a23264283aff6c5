import { detectDirection, hasRtl, visualOrder } from '../../core/article/bidi.js';
import type { Headline } from '../../core/edition/headlines.js';
import type { TextDirection } from '../../core/edition/lang.js';
import type { Messages } from '../../core/i18n/messages.js';
import { fitToWidth, truncateToWidth } from '../../core/text/width.js';

/** Cell widths of the headline list columns for a pane width. */
export interface HeadlineColumns {
  /** Cursor, unread dot, bookmark mark and a space. */
  marks: number;
  title: number;
  source: number;
  age: number;
}

/** Wider panes show the source; the age column always stays, as wide as the language's widest age and a gap. */
export function headlineColumns(width: number, messages: Messages): HeadlineColumns {
  const marks = 4;
  const age = messages.ageWidth + 1;
  const source = width >= 70 ? Math.min(18, Math.floor(width * 0.22)) : width >= 48 ? 12 : 0;
  const title = Math.max(1, width - marks - age - (source > 0 ? source + 1 : 0));
  return { marks, title, source, age };
}

/**
 * A one-line title as the terminal must receive it: with `reorder` (terminals that do no
 * bidi themselves), right-to-left text is put in visual order, after cutting to `width`
 * so the start of the sentence is what stays. Text with no letters to tell its direction
 * (a number, a sign) takes `base`, the direction of the screen it is on.
 */
export function displayLine(text: string, width: number, bidi: 'terminal' | 'reorder', base: TextDirection = 'ltr'): string {
  const cut = truncateToWidth(text, width);
  if (bidi !== 'reorder' || !hasRtl(cut)) return cut;
  return visualOrder([{ text: cut }], detectDirection(cut) ?? base).map((s) => s.text).join('');
}

/**
 * The text cells of one headline row (marks are drawn by the component), each padded to
 * its column: left-aligned for `ltr`; for `rtl` right-aligned, the source's gap on its
 * other side and the age (at the screen's left edge) left-aligned.
 */
export function headlineCells(h: Headline, cols: HeadlineColumns, now: Date, messages: Messages, bidi: 'terminal' | 'reorder' = 'terminal', dir: TextDirection = 'ltr'): { title: string; source: string; age: string } {
  const rtl = dir === 'rtl';
  const align = rtl ? 'right' : 'left';
  const source = cols.source > 0 ? fitToWidth(displayLine(h.source, cols.source, bidi, dir), cols.source, align) : '';
  return {
    title: fitToWidth(displayLine(h.title || h.link || messages.t('home.untitled'), cols.title, bidi, dir), cols.title, align),
    source: source && (rtl ? `${source} ` : ` ${source}`),
    age: fitToWidth(displayLine(messages.age(h.published ?? h.updated, now), cols.age, bidi, dir), cols.age, rtl ? 'left' : 'right'),
  };
}

/** Headlines whose title, source or summary contain every word of the filter (case-insensitive). */
export function filterHeadlines(headlines: Headline[], filter: string): Headline[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return headlines;
  return headlines.filter((h) => {
    const hay = `${h.title}\n${h.source}\n${h.summary}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/** The headlines not read yet, in their order. */
export function unreadHeadlines(headlines: Headline[], read: ReadonlySet<string>): Headline[] {
  return headlines.filter((h) => !read.has(h.key));
}
