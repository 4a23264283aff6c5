/**
 * The text of each kind of screen row as styled parts, computed once here: the Ink
 * components draw them as <Text>, and the first frame (painted before Ink has loaded)
 * writes them as SGR strings, so both show exactly the same characters.
 */
import { hasRtl, visualOrder } from '../core/article/bidi.js';
import type { SpanStyle } from '../core/article/types.js';
import type { Bookmark } from '../core/bookmarks/types.js';
import type { Headline } from '../core/edition/headlines.js';
import type { TextDirection } from '../core/edition/lang.js';
import type { Messages } from '../core/i18n/messages.js';
import { displayWidth, fitToWidth, truncateToWidth } from '../core/text/width.js';
import { bookmarkCells, type BookmarkColumns } from './state/bookmark-rows.js';
import { displayLine, headlineCells, type HeadlineColumns } from './state/headline-rows.js';
import type { FeedFailures, NetworkState } from './state/news-report.js';
import type { SectionRow } from './state/section-rows.js';
import { tickerFrame, type TickerState } from './state/ticker.js';
import type { TextStyle, Theme } from './theme.js';

/** How right-to-left text reaches the terminal: as it is, or put in visual order by tidings. */
export type Bidi = 'terminal' | 'reorder';

/** A run of text with one style. */
export interface Part {
  text: string;
  style?: TextStyle;
}

/** One screen row: its parts and a style for the whole row (the selection). */
export interface Row {
  parts: Part[];
  style?: TextStyle;
}

/** Parts listed in reading order, in screen order: right to left, the first part goes rightmost. */
export function screenOrder<T>(parts: T[], dir: TextDirection): T[] {
  return dir === 'rtl' ? [...parts].reverse() : parts;
}

/**
 * Styled parts of one logical line as the terminal must receive them: with `reorder`, put
 * in visual order on a `base` line (each part keeps its style wherever its letters land).
 */
export function visualParts(parts: Part[], bidi: Bidi, base: TextDirection): Part[] {
  if (bidi !== 'reorder' || !parts.some((p) => hasRtl(p.text))) return parts;
  // One marker object per part: visualOrder keeps a span's style by identity.
  const marks: SpanStyle[] = parts.map(() => ({}));
  return visualOrder(parts.map((p, i) => ({ text: p.text, style: marks[i] })), base)
    .map((span) => ({ text: span.text, style: parts[marks.indexOf(span.style as SpanStyle)]?.style }));
}

/** One logical line of text as the terminal must receive it (see {@link visualParts}). */
export function visualText(text: string, bidi: Bidi, base: TextDirection): string {
  return visualParts([{ text }], bidi, base).map((p) => p.text).join('');
}

/** What the top bar shows. */
export interface TopBarInfo {
  edition: string;
  path: string[];
  now: Date;
  phase: 'loading' | 'refreshing' | 'idle';
  network: NetworkState;
  /** With network 'partial': how many feeds failed of how many. */
  failures?: FeedFailures | null;
  unread: number;
  /** The words it is written in. */
  messages: Messages;
}

/** The network part of the top bar: `● online` only when every feed answered. */
function networkText(info: TopBarInfo): { text: string; role: 'notice' | 'offline' | 'online' } {
  const { t } = info.messages;
  if (info.phase === 'loading') return { text: `◌ ${t('net.loading')}`, role: 'notice' };
  if (info.phase === 'refreshing') return { text: `↻ ${t('net.refreshing')}`, role: 'notice' };
  switch (info.network) {
    case 'online': return { text: `● ${t('net.online')}`, role: 'online' };
    case 'offline': return { text: `○ ${t('net.offline')}`, role: 'offline' };
    case 'partial': {
      const f = info.failures;
      return { text: `⚠ ${f ? t('net.feedsFailed', { failed: f.failed, total: f.total }) : t('net.someFailed')}`, role: 'offline' };
    }
    default: return { text: '◌', role: 'online' };
  }
}

function clock(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/**
 * Edition › section path on the left; clock, network state and unread count on the right.
 * Right to left the two sides swap and each reads from its right end.
 */
export function topBarRow(info: TopBarInfo, width: number, theme: Theme, dir: TextDirection = 'ltr', bidi: Bidi = 'terminal'): Row {
  const { text: state, role: stateRole } = networkText(info);
  const unreadText = info.messages.t('top.unread', { n: info.unread });
  const gap = { text: '  ' };
  const stateParts: Part[] = width >= 60
    ? [{ text: clock(info.now), style: theme.muted }, gap, { text: visualText(state, bidi, dir), style: theme[stateRole] }, gap]
    : width >= 46 ? [{ text: visualText(state, bidi, dir), style: theme[stateRole] }, gap] : [];
  const right = [{ text: ' ' }, ...screenOrder([...stateParts, { text: visualText(unreadText, bidi, dir), style: theme.unread }], dir), { text: ' ' }];
  const room = Math.max(0, width - displayWidth(right.map((p) => p.text).join('')));
  const crumbs = info.path.length > 0 ? ` › ${info.path.join(' › ')}` : '';
  const shown = truncateToWidth(`${info.edition}${crumbs}`, room - 1);
  const [brand, rest] = shown.startsWith(info.edition) ? [info.edition, shown.slice(info.edition.length)] : [shown, ''];
  const edge = { text: room > 0 ? ' ' : '' };
  const path = visualParts([{ text: brand, style: theme.brand }, { text: rest, style: theme.chrome }], bidi, dir);
  const pad = { text: ' '.repeat(Math.max(0, room - 1 - displayWidth(shown))) };
  return { parts: dir === 'rtl' ? [...right, pad, ...path, edge] : [edge, ...path, pad, ...right] };
}

/** A notice on a line of its own (an empty list's), two cells in from the side it is read from. */
export function indentedLine(text: string, width: number, dir: TextDirection, bidi: Bidi): string {
  const shown = visualText(truncateToWidth(text, Math.max(0, width - 2)), bidi, dir);
  return dir === 'rtl' ? fitToWidth(`${shown}  `, width, 'right') : fitToWidth(`  ${shown}`, width);
}

/**
 * The breaking strip at the ticker's current offset: the label at the edge text starts
 * from (left, or right for `rtl`), the headlines moving away from it.
 */
export function tickerRow(state: TickerState, width: number, paused: boolean, focused: boolean, theme: Theme, messages: Messages, dir: TextDirection = 'ltr', bidi: Bidi = 'terminal'): Row {
  const label = visualText(messages.t('ticker.label'), bidi, dir);
  const room = Math.max(0, width - displayWidth(label));
  if (state.items.length === 0) {
    const text = indentedLine(messages.t('ticker.none').trim(), room, dir, bidi);
    return { parts: screenOrder([{ text: label, style: theme.muted }, { text, style: theme.muted }], dir) };
  }
  // The › that marks the focused pane's row marks the ticker when it has the keys: a cue
  // that needs no colour or inverse (NO_COLOR, --no-color, TERM=dumb). Mirrored right to left.
  const marker = focused ? (dir === 'rtl' ? ' ‹ ' : ' › ') : paused ? ' ‖ ' : dir === 'rtl' ? ' ◂ ' : ' ▸ ';
  const frame = tickerFrame(state.items, state.offset, Math.max(0, room - marker.length), dir);
  const head = [
    { text: label, style: focused ? { ...theme.breaking, inverse: true } : theme.breaking },
    { text: marker, style: theme.breaking },
  ];
  const strip = frame.spans.map((span) => ({
    text: span.text,
    style: focused && span.item === frame.current ? theme.selected : span.fresh ? theme.fresh : undefined,
  }));
  return { parts: dir === 'rtl' ? [...strip, ...screenOrder(head, dir)] : [...head, ...strip] };
}

/** First visible row of the section tree: the selection stays near the middle. */
export function sectionTreeTop(rows: SectionRow[], selectedId: string | null, height: number): number {
  const cursor = Math.max(0, rows.findIndex((r) => r.section.id === selectedId));
  return Math.max(0, Math.min(cursor - Math.floor(height / 2), rows.length - height));
}

/**
 * The cursor column of a list row: `›` only on the selected row of the focused pane, so
 * which pane has the keys shows without colour or inverse (NO_COLOR, --no-color); `‹` at
 * the right edge of a right-to-left screen.
 */
function cursorMark(selected: boolean, focused: boolean, dir: TextDirection): string {
  return selected && focused ? (dir === 'rtl' ? '‹' : '›') : ' ';
}

/**
 * One section of the tree: cursor (focused pane only), indent, ▾/▸, title, unread count;
 * right to left the cursor and title are at the right, the count at the left.
 */
export function sectionRowParts(row: SectionRow, selected: boolean, focused: boolean, unread: number, width: number, theme: Theme, dir: TextDirection = 'ltr', bidi: Bidi = 'terminal'): Row {
  const rtl = dir === 'rtl';
  const countText = unread > 0 ? (rtl ? `${unread} ` : ` ${unread}`) : '';
  const arrow = row.hasChildren ? (row.expanded ? '▾ ' : rtl ? '◂ ' : '▸ ') : '  ';
  const lead = `${'  '.repeat(row.depth)}${arrow}`;
  const labelWidth = Math.max(0, width - 1 - displayWidth(countText));
  const title = displayLine(row.section.title, Math.max(0, labelWidth - displayWidth(lead)), bidi, dir);
  const label = rtl ? fitToWidth(`${title}${[...lead].reverse().join('')}`, labelWidth, 'right') : fitToWidth(`${lead}${title}`, labelWidth);
  return {
    style: selected && focused ? theme.selected : undefined,
    parts: screenOrder([
      { text: cursorMark(selected, focused, dir), style: theme.cursor },
      { text: label, style: row.depth === 0 || selected ? { bold: true } : undefined },
      { text: countText, style: theme.unread },
    ], dir),
  };
}

/** Marks of a headline row. */
export interface HeadlineMarks {
  /** How right-to-left titles reach the terminal. */
  bidi: 'terminal' | 'reorder';
  selected: boolean;
  focused: boolean;
  unread: boolean;
  bookmarked: boolean;
  fresh: boolean;
}

/** One headline: cursor (focused pane only), unread dot, ★, title, source, age; mirrored right to left. */
export function headlineRowParts(h: Headline, cols: HeadlineColumns, now: Date, marks: HeadlineMarks, theme: Theme, messages: Messages, dir: TextDirection = 'ltr'): Row {
  const cells = headlineCells(h, cols, now, messages, marks.bidi, dir);
  return {
    style: marks.selected && marks.focused ? theme.selected : undefined,
    parts: screenOrder([
      { text: cursorMark(marks.selected, marks.focused, dir), style: theme.cursor },
      { text: marks.unread ? '•' : ' ', style: marks.fresh ? theme.fresh : theme.unread },
      { text: marks.bookmarked ? '★' : ' ', style: theme.bookmark },
      { text: ' ' },
      { text: cells.title, style: marks.unread ? { bold: true } : undefined },
      { text: cells.source, style: theme.muted },
      { text: cells.age, style: theme.muted },
    ], dir),
  };
}

/** One saved article: cursor, ★ (☆ when only the link is kept), title, source and #tags, saved time; mirrored right to left. */
export function bookmarkRowParts(b: Bookmark, cols: BookmarkColumns, now: Date, selected: boolean, theme: Theme, messages: Messages, bidi: Bidi): Row {
  const { dir } = messages;
  const cells = bookmarkCells(b, cols, now, messages, bidi, dir);
  return {
    style: selected ? theme.selected : undefined,
    parts: screenOrder([
      { text: cursorMark(selected, true, dir), style: theme.cursor },
      { text: b.hasArticle ? '★' : '☆', style: theme.bookmark },
      { text: ' ' },
      { text: cells.title, style: { bold: true } },
      { text: cells.meta, style: theme.muted },
      { text: cells.age, style: theme.muted },
    ], dir),
  };
}

/** The key hints that fit in `width`, as one padded line: from the left, or from the right for `rtl`. */
export function hintText(hints: string[], width: number, dir: TextDirection = 'ltr', bidi: Bidi = 'terminal'): string {
  let out = '';
  for (const hint of hints) {
    const next = out ? `${out}  ${hint}` : hint;
    if (displayWidth(next) > width - 1) break;
    out = next;
  }
  return dir === 'rtl' ? fitToWidth(`${visualText(out, bidi, dir)} `, width, 'right') : fitToWidth(` ${visualText(out, bidi, dir)}`, width);
}
