import type { Span, StyledLine } from '../../core/article/types.js';

/** A search hit: line index and character range in the line's text. */
export interface Match {
  line: number;
  start: number;
  end: number;
}

/** The reader's position, search and link prompt. */
export interface ReaderState {
  scroll: number;
  query: string;
  /** The search prompt is open. */
  searching: boolean;
  /** Index into the matches of `query`, or -1. */
  match: number;
  /** Digits typed for "follow link n", or null when the prompt is closed. */
  link: string | null;
}

/** Reader intents; `max` is the last scroll position (lines − height). */
export type ReaderAction =
  | { type: 'scroll'; by: number; max: number }
  | { type: 'scroll-to'; line: number; max: number }
  | { type: 'start-search' }
  | { type: 'edit-search'; text: string }
  | { type: 'commit-search'; matches: Match[]; height: number; max: number }
  | { type: 'cancel-search' }
  | { type: 'step-match'; by: 1 | -1; matches: Match[]; height: number; max: number }
  | { type: 'start-link'; digits: string }
  | { type: 'edit-link'; text: string }
  | { type: 'close-link' };

/** A freshly opened article. */
export const READER_START: ReaderState = { scroll: 0, query: '', searching: false, match: -1, link: null };

const clamp = (n: number, max: number) => Math.max(0, Math.min(n, Math.max(0, max)));

// A match is shown a third of the way down, so the lines before it give context.
function showMatch(state: ReaderState, matches: Match[], index: number, height: number, max: number): ReaderState {
  if (matches.length === 0) return { ...state, match: -1 };
  const m = matches[index];
  const visible = m.line >= state.scroll && m.line < state.scroll + height;
  return { ...state, match: index, scroll: visible ? state.scroll : clamp(m.line - Math.floor(height / 3), max) };
}

/** Pure reader reducer. */
export function readerReducer(state: ReaderState, action: ReaderAction): ReaderState {
  switch (action.type) {
    case 'scroll': {
      const scroll = clamp(state.scroll + action.by, action.max);
      return scroll === state.scroll ? state : { ...state, scroll };
    }
    case 'scroll-to':
      return { ...state, scroll: clamp(action.line, action.max) };
    case 'start-search':
      return { ...state, searching: true, query: '', match: -1, link: null };
    case 'edit-search':
      return { ...state, query: action.text };
    case 'commit-search': {
      const next = { ...state, searching: false };
      if (!state.query) return { ...next, match: -1 };
      const first = action.matches.findIndex((m) => m.line >= state.scroll);
      return showMatch(next, action.matches, first >= 0 ? first : 0, action.height, action.max);
    }
    case 'cancel-search':
      return { ...state, searching: false, query: '', match: -1 };
    case 'step-match': {
      const n = action.matches.length;
      if (n === 0) return state;
      const index = state.match < 0 ? (action.by > 0 ? 0 : n - 1) : (state.match + action.by + n) % n;
      return showMatch(state, action.matches, index, action.height, action.max);
    }
    case 'start-link':
      return { ...state, link: action.digits, searching: false };
    case 'edit-link':
      return { ...state, link: action.text.replace(/\D/g, '') };
    case 'close-link':
      return { ...state, link: null };
  }
}

/** The plain text of a styled line. */
export function lineText(line: StyledLine): string {
  return line.spans.map((s) => s.text).join('');
}

/** Every case-insensitive occurrence of `query` in the lines. */
export function findMatches(lines: StyledLine[], query: string): Match[] {
  const q = query.toLowerCase();
  if (!q) return [];
  const out: Match[] = [];
  lines.forEach((line, i) => {
    const text = lineText(line).toLowerCase();
    for (let at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + q.length)) out.push({ line: i, start: at, end: at + q.length });
  });
  return out;
}

/** A span with its search role, for drawing highlights. */
export interface MarkedSpan extends Span {
  mark?: 'match' | 'current';
}

/** Splits a line's spans at the given match ranges so the matches can be drawn highlighted. */
export function markMatches(line: StyledLine, ranges: { start: number; end: number; current: boolean }[]): MarkedSpan[] {
  if (ranges.length === 0) return line.spans;
  const out: MarkedSpan[] = [];
  let pos = 0;
  for (const span of line.spans) {
    const end = pos + span.text.length;
    let cut = pos;
    const points = new Set<number>([pos, end]);
    for (const r of ranges) {
      if (r.start > pos && r.start < end) points.add(r.start);
      if (r.end > pos && r.end < end) points.add(r.end);
    }
    const sorted = [...points].sort((a, b) => a - b);
    for (let k = 1; k < sorted.length; k++) {
      const from = sorted[k - 1];
      const to = sorted[k];
      const hit = ranges.find((r) => r.start <= from && to <= r.end);
      out.push({ text: span.text.slice(from - pos, to - pos), style: span.style, ...(hit ? { mark: hit.current ? 'current' : 'match' } : {}) });
      cut = to;
    }
    pos = Math.max(end, cut);
  }
  return out;
}
