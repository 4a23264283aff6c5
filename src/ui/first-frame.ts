/**
 * The home screen's first frame as a string, painted straight to the terminal from the
 * cached headlines while Ink and React are still loading (that takes most of a second on
 * a slow machine). Built from the same row functions the components use, so when Ink
 * draws its first frame the characters are the same. Imports neither Ink nor React.
 */
import { canonicalUrl } from '../core/bookmarks/model.js';
import type { Edition } from '../core/edition/edition.js';
import type { NewsSnapshot } from '../services/news-service.js';
import { paintRow, rowAnsi } from './ansi.js';
import { hintsFor } from './keymap.js';
import { headlineRowParts, hintText, sectionRowParts, sectionTreeTop, tickerRow, topBarRow, type Row } from './rows.js';
import { headlineColumns } from './state/headline-rows.js';
import { homeStateFor } from './state/home-state.js';
import { unreadCounts, visibleSectionRows } from './state/section-rows.js';
import { tickerItems, tickerReducer } from './state/ticker.js';
import { homeLayout } from './screens/home-layout.js';
import { fitToWidth } from '../core/text/width.js';
import { createTheme } from './theme.js';

/** What the first frame is drawn from. */
export interface FirstFrameInput {
  edition: Edition;
  snapshot: NewsSnapshot;
  read: ReadonlySet<string>;
  bookmarked: ReadonlySet<string>;
  section?: string;
  columns: number;
  rows: number;
  now: Date;
  offline: boolean;
  /** A refresh starts at once (the stored news is stale). */
  refreshing: boolean;
  color: boolean;
  bidi: 'terminal' | 'reorder';
}

const blank = (width: number): Row => ({ parts: [{ text: ' '.repeat(Math.max(0, width)) }] });

/** The rows of the home screen as the app opens (the same the Ink screen shows first). */
export function homeFirstRows(input: FirstFrameInput): Row[] {
  const { edition, snapshot, read, columns } = input;
  const theme = createTheme(input.color);
  const state = homeStateFor(edition.sections, input.section);
  const layout = homeLayout(columns, input.rows, state.focus);
  const tree = visibleSectionRows(edition.sections, state.collapsed);
  const index = snapshot.index;
  const headlines = index.bySection.get(state.sectionId ?? '') ?? index.all;
  const { total, bySection: unread } = unreadCounts(snapshot, read);
  const section = tree.find((r) => r.section.id === state.sectionId)?.section;

  const out: Row[] = [
    topBarRow({ edition: edition.title, path: section?.path ?? [], now: input.now, phase: input.refreshing ? 'refreshing' : 'idle', network: input.offline ? 'offline' : 'unknown', unread: total }, columns, theme),
    tickerRow(tickerReducer({ offset: 0, items: [], pending: null }, { type: 'items', items: tickerItems(index.breaking, input.bidi) }), columns, false, false, theme),
  ];
  const top = sectionTreeTop(tree, state.sectionId, layout.bodyHeight);
  const cols = headlineColumns(layout.listWidth);
  for (let r = 0; r < layout.bodyHeight; r++) {
    const parts: Row['parts'] = [];
    if (layout.treeWidth > 0) {
      const row = tree[top + r];
      const drawn = row ? sectionRowParts(row, row.section.id === state.sectionId, state.focus === 'sections', unread.get(row.section.id) ?? 0, layout.treeWidth, theme) : blank(layout.treeWidth);
      parts.push(...drawn.parts.map((p) => ({ ...p, style: { ...drawn.style, ...p.style } })));
    }
    if (layout.treeWidth > 0 && layout.listWidth > 0) parts.push({ text: '│', style: theme.muted });
    if (layout.listWidth > 0) {
      const h = headlines[r];
      const drawn = h
        ? headlineRowParts(h, cols, input.now, { bidi: input.bidi, selected: r === 0, focused: state.focus === 'headlines', unread: !read.has(h.key), bookmarked: input.bookmarked.has(canonicalUrl(h.link)), fresh: false }, theme)
        : blank(layout.listWidth);
      parts.push(...drawn.parts.map((p) => ({ ...p, style: drawn.style || p.style ? { ...drawn.style, ...p.style } : undefined })));
    }
    out.push({ parts });
  }
  const hints = hintsFor([state.focus === 'sections' ? 'sections' : 'list', 'global']);
  if (layout.statusLines === 2) {
    const right = headlines.length > 0 ? ` 1/${headlines.length} ` : '';
    out.push({ parts: [{ text: fitToWidth('', columns - right.length) }, { text: right, style: theme.muted }] });
  }
  out.push({ parts: [{ text: hintText(hints, columns), style: theme.muted }] });
  return out;
}

/** The first frame as terminal output: each row written in place, cursor left at the top. */
export function homeFirstFrame(input: FirstFrameInput): string {
  return `${homeFirstRows(input).map((row, i) => paintRow(i + 1, rowAnsi(row, input.color))).join('')}\u001b[H`;
}
