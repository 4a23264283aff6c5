import type { TextDirection } from '../../core/edition/lang.js';
import type { Row } from '../rows.js';
import type { Pane } from '../state/home-state.js';
import type { Theme } from '../theme.js';

/** Where the home screen's parts go for a terminal size. */
export interface HomeLayout {
  /** Lines Ink draws: one less than the terminal so the last line never scrolls the screen. */
  height: number;
  bodyHeight: number;
  statusLines: 1 | 2;
  /** 0 when the tree is hidden (narrow terminals show one pane at a time). */
  treeWidth: number;
  listWidth: number;
  narrow: boolean;
  /** Which way the screen reads: the menu is at its start, left for `ltr`, right for `rtl`. */
  dir: TextDirection;
  /** Screen column (0-based) of each pane's first cell, -1 when it is hidden. */
  treeX: number;
  listX: number;
}

/**
 * Splits the screen: top bar, ticker, tree | list, status; right to left the list comes
 * first on the screen and the tree goes to the right. Below 60 columns one pane shows.
 */
export function homeLayout(columns: number, rows: number, focus: Pane, dir: TextDirection = 'ltr'): HomeLayout {
  const height = Math.max(4, rows - 1);
  const statusLines = rows >= 16 ? 2 : 1;
  const bodyHeight = Math.max(1, height - 2 - statusLines);
  const narrow = columns < 60;
  if (narrow) {
    const tree = focus === 'sections';
    return { height, bodyHeight, statusLines, treeWidth: tree ? columns : 0, listWidth: tree ? 0 : columns, narrow, dir, treeX: tree ? 0 : -1, listX: tree ? -1 : 0 };
  }
  const treeWidth = Math.max(16, Math.min(28, Math.floor(columns * 0.26)));
  const listWidth = columns - treeWidth - 1;
  const rtl = dir === 'rtl';
  return { height, bodyHeight, statusLines, treeWidth, listWidth, narrow, dir, treeX: rtl ? listWidth + 1 : 0, listX: rtl ? 0 : treeWidth + 1 };
}

// Parts take their row's style (the selection), as nested <Text> would give them.
const flatten = (row: Row | undefined): Row['parts'] =>
  row ? row.parts.map((p) => (row.style || p.style ? { text: p.text, style: { ...row.style, ...p.style } } : p)) : [];

/**
 * The body's screen rows: each line of the menu and of the list (`bodyHeight` each, drawn
 * at their widths) side by side in the layout's order, with the rule between them.
 */
export function homeBodyRows(layout: HomeLayout, tree: Row[], list: Row[], theme: Theme): Row[] {
  const rule = layout.treeWidth > 0 && layout.listWidth > 0;
  const treeFirst = layout.treeX <= layout.listX;
  return Array.from({ length: layout.bodyHeight }, (_, r) => {
    const [first, second] = treeFirst ? [tree[r], list[r]] : [list[r], tree[r]];
    return { parts: [...flatten(first), ...(rule ? [{ text: '│', style: theme.muted }] : []), ...flatten(second)] };
  });
}
