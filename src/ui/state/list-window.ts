/** A cursor in a list and the first row shown: only rows top…top+height-1 are rendered. */
export interface ListWindow {
  cursor: number;
  top: number;
}

/** How a list cursor can move. `count` and `height` describe the list at the time. */
export type ListMove =
  | { type: 'move'; by: number }
  | { type: 'page'; dir: 1 | -1; half?: boolean }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'select'; index: number };

/** The window at the start of a list. */
export const LIST_START: ListWindow = { cursor: 0, top: 0 };

/** Keeps the cursor inside the list and on screen, scrolling as little as possible. */
export function clampWindow(state: ListWindow, count: number, height: number): ListWindow {
  const rows = Math.max(1, height);
  if (count <= 0) return state.cursor === 0 && state.top === 0 ? state : LIST_START;
  const cursor = Math.min(Math.max(0, state.cursor), count - 1);
  let top = Math.min(Math.max(0, state.top), Math.max(0, count - rows));
  if (cursor < top) top = cursor;
  if (cursor >= top + rows) top = cursor - rows + 1;
  return cursor === state.cursor && top === state.top ? state : { cursor, top };
}

/** Applies one cursor move to a list of `count` rows shown `height` at a time. */
export function moveWindow(state: ListWindow, move: ListMove, count: number, height: number): ListWindow {
  const rows = Math.max(1, height);
  switch (move.type) {
    case 'move':
      return clampWindow({ ...state, cursor: state.cursor + move.by }, count, rows);
    case 'page': {
      // Paging moves the view and the cursor together, like less and vim.
      const step = move.half ? Math.max(1, Math.floor(rows / 2)) : rows;
      return clampWindow({ cursor: state.cursor + move.dir * step, top: state.top + move.dir * step }, count, rows);
    }
    case 'first':
      return clampWindow({ cursor: 0, top: 0 }, count, rows);
    case 'last':
      return clampWindow({ cursor: count - 1, top: count - rows }, count, rows);
    case 'select':
      return clampWindow({ ...state, cursor: move.index }, count, rows);
  }
}
