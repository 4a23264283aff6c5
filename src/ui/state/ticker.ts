import type { TextDirection } from '../../core/edition/lang.js';
import type { Headline } from '../../core/edition/headlines.js';
import { displayWidth, graphemes } from '../../core/text/width.js';
import { displayLine } from './headline-rows.js';

/** One headline in the breaking strip. */
export interface TickerItem {
  key: string;
  text: string;
  /** Joined since the last loop: drawn highlighted for one loop. */
  fresh?: boolean;
}

/** The strip's items for breaking headlines (right-to-left titles in visual order when `reorder`). */
export function tickerItems(headlines: Headline[], bidi: 'terminal' | 'reorder'): TickerItem[] {
  return headlines.map((h) => ({ key: h.key, text: displayLine(h.title, displayWidth(h.title), bidi) }));
}

/** A run of the visible strip; `item` is the index into the items, -1 for separators and padding. */
export interface TickerSpan {
  text: string;
  item: number;
  fresh: boolean;
}

/** What the ticker shows at one offset. */
export interface TickerFrame {
  spans: TickerSpan[];
  /** Item under the marker (the first headline at or after the edge the strip reads from), or -1. */
  current: number;
  /** Width of one loop of the strip in cells. */
  cycle: number;
}

interface Cell { text: string; width: number; start: number; item: number }
interface Strip { cells: Cell[]; width: number; starts: number[] }

/** Between two headlines of the strip. */
export const TICKER_SEPARATOR = '  •  ';

const strips = { ltr: new WeakMap<readonly TickerItem[], Strip>(), rtl: new WeakMap<readonly TickerItem[], Strip>() };

/**
 * The strip's cells left to right on the screen. Right to left, the items come in reverse
 * with each separator before its item, so reading from the right edge leftwards gives
 * item 0, separator, item 1…: the same loop, mirrored, each title kept in its own order.
 */
function stripOf(items: readonly TickerItem[], dir: TextDirection = 'ltr'): Strip {
  const cached = strips[dir].get(items);
  if (cached) return cached;
  const cells: Cell[] = [];
  const starts: number[] = [];
  let at = 0;
  const push = (text: string, item: number) => {
    for (const g of graphemes(text)) {
      if (g.width === 0 && cells.length > 0) {
        cells[cells.length - 1].text += g.text;
        continue;
      }
      cells.push({ text: g.text, width: g.width, start: at, item });
      at += g.width;
    }
  };
  if (dir === 'rtl') {
    for (let i = items.length - 1; i >= 0; i--) {
      push(TICKER_SEPARATOR, -1);
      push(items[i].text, i);
    }
  } else {
    items.forEach((item, i) => {
      starts.push(at);
      push(item.text, i);
      push(TICKER_SEPARATOR, -1);
    });
  }
  const strip = { cells, width: at, starts };
  strips[dir].set(items, strip);
  return strip;
}

/** Where item `i` starts in the strip, in cells (to jump the ticker to it). */
export function tickerItemOffset(items: readonly TickerItem[], i: number): number {
  const strip = stripOf(items);
  return strip.starts[Math.max(0, Math.min(i, strip.starts.length - 1))] ?? 0;
}

function cellAt(strip: Strip, pos: number): number {
  let lo = 0;
  let hi = strip.cells.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (strip.cells[mid].start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function itemAtOrAfter(strip: Strip, from: number): number {
  for (let k = 0; k < strip.cells.length; k++) {
    const item = strip.cells[(from + k) % strip.cells.length].item;
    if (item >= 0) return item;
  }
  return -1;
}

/**
 * The `width` cells of the looping strip that start `offset` cells in, in reading order:
 * from the left edge for `ltr` (the strip moves left as the offset grows), from the right
 * edge for `rtl` (it moves right). A wide character cut by either edge shows as spaces,
 * never as half a glyph; the loop has no seam. The offset counts the same cells either way.
 */
export function tickerFrame(items: readonly TickerItem[], offset: number, width: number, dir: TextDirection = 'ltr'): TickerFrame {
  const strip = stripOf(items, dir);
  if (strip.width === 0 || width <= 0) return { spans: [{ text: ' '.repeat(Math.max(0, width)), item: -1, fresh: false }], current: -1, cycle: 0 };
  const reading = dir === 'rtl' ? stripOf(items) : strip;
  const at = ((offset % strip.width) + strip.width) % strip.width;
  // Right to left, the right edge sits `offset` cells into the strip's loop from its end.
  const start = dir === 'rtl' ? strip.width - at - width : at;
  return { ...cellsFrom(strip, start, width, items), current: itemAtOrAfter(reading, cellAt(reading, at)), cycle: strip.width };
}

function cellsFrom(strip: Strip, offset: number, width: number, items: readonly TickerItem[]): { spans: TickerSpan[] } {
  const spans: TickerSpan[] = [];
  const emit = (text: string, item: number) => {
    const fresh = item >= 0 && Boolean(items[item].fresh);
    const last = spans[spans.length - 1];
    if (last && last.item === item && last.fresh === fresh) last.text += text;
    else spans.push({ text, item, fresh });
  };
  const start = ((offset % strip.width) + strip.width) % strip.width;
  let i = cellAt(strip, start);
  let used = 0;
  const cut = start - strip.cells[i].start;
  if (cut > 0) {
    // The left edge falls inside a wide character: show the rest of it as blank.
    emit(' '.repeat(strip.cells[i].width - cut), -1);
    used += strip.cells[i].width - cut;
    i = (i + 1) % strip.cells.length;
  }
  while (used < width) {
    const cell = strip.cells[i];
    if (used + cell.width > width) {
      emit(' '.repeat(width - used), -1);
      break;
    }
    emit(cell.text, cell.item);
    used += cell.width;
    i = (i + 1) % strip.cells.length;
  }
  return { spans };
}

/** The ticker's moving parts: the offset and the items, with new ones waiting for the loop. */
export interface TickerState {
  offset: number;
  items: TickerItem[];
  pending: TickerItem[] | null;
}

/** The ticker as it opens on `items`: at their start, none marked fresh. */
export function tickerStart(items: TickerItem[]): TickerState {
  return tickerReducer({ offset: 0, items: [], pending: null }, { type: 'items', items });
}

/** Ticker intents: one step of the clock, new breaking items, jump to an item. */
export type TickerAction =
  | { type: 'step' }
  | { type: 'items'; items: TickerItem[] }
  | { type: 'jump'; by: 1 | -1 };

function sameKeys(a: readonly TickerItem[], b: readonly TickerItem[]): boolean {
  return a.length === b.length && a.every((item, i) => item.key === b[i].key && item.text === b[i].text);
}

/** Items of `next` that were not in `previous` are marked fresh. */
function markFresh(previous: readonly TickerItem[], next: TickerItem[]): TickerItem[] {
  const known = new Set(previous.map((i) => i.key));
  return next.map((item) => ({ key: item.key, text: item.text, fresh: previous.length > 0 && !known.has(item.key) }));
}

/** Pure ticker reducer: new items join when the strip wraps, so it never jumps mid-loop. */
export function tickerReducer(state: TickerState, action: TickerAction): TickerState {
  switch (action.type) {
    case 'items': {
      if (sameKeys(state.pending ?? state.items, action.items)) return state;
      if (state.items.length === 0) return { offset: 0, items: markFresh([], action.items), pending: null };
      return { ...state, pending: action.items };
    }
    case 'step': {
      const cycle = stripOf(state.items).width;
      if (cycle === 0) return state;
      const offset = state.offset + 1;
      if (offset < cycle) return { ...state, offset };
      // One loop done: swap in waiting items (highlighted), or drop last loop's highlight.
      if (state.pending) return { offset: 0, items: markFresh(state.items, state.pending), pending: null };
      const items = state.items.some((i) => i.fresh) ? state.items.map((i) => ({ ...i, fresh: false })) : state.items;
      return { offset: 0, items, pending: null };
    }
    case 'jump': {
      const { current } = tickerFrame(state.items, state.offset, 1);
      const n = state.items.length;
      if (n === 0) return state;
      const at = tickerItemOffset(state.items, current);
      // Ahead of the offset (in a separator) the current item is the next one already.
      const target = action.by < 0
        ? (state.offset > at ? current : (current - 1 + n) % n)
        : (at > state.offset ? current : (current + 1) % n);
      return { ...state, offset: tickerItemOffset(state.items, target) };
    }
  }
}
