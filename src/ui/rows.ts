/**
 * The text of each kind of screen row as styled parts, computed once here: the Ink
 * components draw them as <Text>, and the first frame (painted before Ink has loaded)
 * writes them as SGR strings, so both show exactly the same characters.
 */
import type { Headline } from '../core/edition/headlines.js';
import { displayWidth, fitToWidth, truncateToWidth } from '../core/text/width.js';
import { headlineCells, type HeadlineColumns } from './state/headline-rows.js';
import type { FeedFailures, NetworkState } from './state/news-report.js';
import type { SectionRow } from './state/section-rows.js';
import { tickerFrame, type TickerState } from './state/ticker.js';
import type { TextStyle, Theme } from './theme.js';

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
}

/** The network part of the top bar: `● online` only when every feed answered. */
function networkText(info: TopBarInfo): { text: string; role: 'notice' | 'offline' | 'online' } {
  if (info.phase === 'loading') return { text: '◌ loading', role: 'notice' };
  if (info.phase === 'refreshing') return { text: '↻ refreshing', role: 'notice' };
  switch (info.network) {
    case 'online': return { text: '● online', role: 'online' };
    case 'offline': return { text: '○ offline', role: 'offline' };
    case 'partial': {
      const f = info.failures;
      return { text: f ? `⚠ ${f.failed}/${f.total} feeds failed` : '⚠ feeds failed', role: 'offline' };
    }
    default: return { text: '◌', role: 'online' };
  }
}

function clock(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/** Edition › section path on the left; clock, network state and unread count on the right. */
export function topBarRow(info: TopBarInfo, width: number, theme: Theme): Row {
  const { text: state, role: stateRole } = networkText(info);
  const unreadText = `${info.unread} unread`;
  const right: Part[] = width >= 60
    ? [{ text: ` ${clock(info.now)}  `, style: theme.muted }, { text: state, style: theme[stateRole] }, { text: '  ' }]
    : width >= 46 ? [{ text: ' ' }, { text: state, style: theme[stateRole] }, { text: '  ' }] : [{ text: ' ' }];
  right.push({ text: unreadText, style: theme.unread }, { text: ' ' });
  const room = Math.max(0, width - displayWidth(right.map((p) => p.text).join('')));
  const crumbs = info.path.length > 0 ? ` › ${info.path.join(' › ')}` : '';
  const left = truncateToWidth(` ${info.edition}${crumbs}`, room);
  const brandFull = ` ${info.edition}`;
  const [brand, rest] = left.startsWith(brandFull) ? [brandFull, left.slice(brandFull.length)] : [left, ''];
  const pad = ' '.repeat(Math.max(0, room - displayWidth(left)));
  return { parts: [{ text: brand, style: theme.brand }, { text: rest, style: theme.chrome }, { text: pad }, ...right] };
}

const TICKER_LABEL = 'BREAKING';

/** The breaking strip at the ticker's current offset. */
export function tickerRow(state: TickerState, width: number, paused: boolean, focused: boolean, theme: Theme): Row {
  if (state.items.length === 0) {
    return { parts: [{ text: TICKER_LABEL, style: theme.muted }, { text: fitToWidth('  No breaking news right now', Math.max(0, width - TICKER_LABEL.length)), style: theme.muted }] };
  }
  // The › that marks the focused pane's row marks the ticker when it has the keys: a cue
  // that needs no colour or inverse (NO_COLOR, --no-color, TERM=dumb).
  const marker = focused ? ' › ' : paused ? ' ‖ ' : ' ▸ ';
  const frame = tickerFrame(state.items, state.offset, Math.max(0, width - TICKER_LABEL.length - marker.length));
  return {
    parts: [
      { text: TICKER_LABEL, style: focused ? { ...theme.breaking, inverse: true } : theme.breaking },
      { text: marker, style: theme.breaking },
      ...frame.spans.map((span) => ({
        text: span.text,
        style: focused && span.item === frame.current ? theme.selected : span.fresh ? theme.fresh : undefined,
      })),
    ],
  };
}

/** First visible row of the section tree: the selection stays near the middle. */
export function sectionTreeTop(rows: SectionRow[], selectedId: string | null, height: number): number {
  const cursor = Math.max(0, rows.findIndex((r) => r.section.id === selectedId));
  return Math.max(0, Math.min(cursor - Math.floor(height / 2), rows.length - height));
}

/**
 * The cursor column of a list row: `›` only on the selected row of the focused pane, so
 * which pane has the keys shows without colour or inverse (NO_COLOR, --no-color).
 */
function cursorMark(selected: boolean, focused: boolean): string {
  return selected && focused ? '›' : ' ';
}

/** One section of the tree: cursor (focused pane only), indent, ▾/▸, title, unread count. */
export function sectionRowParts(row: SectionRow, selected: boolean, focused: boolean, unread: number, width: number, theme: Theme): Row {
  const countText = unread > 0 ? ` ${unread}` : '';
  const arrow = row.hasChildren ? (row.expanded ? '▾ ' : '▸ ') : '  ';
  const label = `${'  '.repeat(row.depth)}${arrow}${row.section.title}`;
  const labelWidth = Math.max(0, width - 1 - displayWidth(countText));
  return {
    style: selected && focused ? theme.selected : undefined,
    parts: [
      { text: cursorMark(selected, focused), style: theme.cursor },
      { text: fitToWidth(label, labelWidth), style: row.depth === 0 || selected ? { bold: true } : undefined },
      { text: countText, style: theme.unread },
    ],
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

/** One headline: cursor (focused pane only), unread dot, ★, title, source, age. */
export function headlineRowParts(h: Headline, cols: HeadlineColumns, now: Date, marks: HeadlineMarks, theme: Theme): Row {
  const cells = headlineCells(h, cols, now, marks.bidi);
  return {
    style: marks.selected && marks.focused ? theme.selected : undefined,
    parts: [
      { text: cursorMark(marks.selected, marks.focused), style: theme.cursor },
      { text: marks.unread ? '•' : ' ', style: marks.fresh ? theme.fresh : theme.unread },
      { text: marks.bookmarked ? '★' : ' ', style: theme.bookmark },
      { text: ' ' },
      { text: cells.title, style: marks.unread ? { bold: true } : undefined },
      { text: cells.source, style: theme.muted },
      { text: cells.age, style: theme.muted },
    ],
  };
}

/** The key hints that fit in `width`, as one padded line. */
export function hintText(hints: string[], width: number): string {
  let out = '';
  for (const hint of hints) {
    const next = out ? `${out}  ${hint}` : hint;
    if (displayWidth(next) > width - 1) break;
    out = next;
  }
  return fitToWidth(` ${out}`, width);
}
