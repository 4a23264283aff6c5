import type { Pane } from '../state/home-state.js';

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
}

/** Splits the screen: top bar, ticker, tree | list, status. Below 60 columns one pane shows. */
export function homeLayout(columns: number, rows: number, focus: Pane): HomeLayout {
  const height = Math.max(4, rows - 1);
  const statusLines = rows >= 16 ? 2 : 1;
  const bodyHeight = Math.max(1, height - 2 - statusLines);
  const narrow = columns < 60;
  if (narrow) {
    const tree = focus === 'sections';
    return { height, bodyHeight, statusLines, treeWidth: tree ? columns : 0, listWidth: tree ? 0 : columns, narrow };
  }
  const treeWidth = Math.max(16, Math.min(28, Math.floor(columns * 0.26)));
  return { height, bodyHeight, statusLines, treeWidth, listWidth: columns - treeWidth - 1, narrow };
}
