import { useKeys } from './use-keys.js';
import type { Dispatch, RefObject } from 'react';
import type { Headline } from '../../core/edition/headlines.js';
import type { TickerControl } from '../components/Ticker.js';
import type { TextDirection } from '../../core/edition/lang.js';
import { actionFor, spatialKey, type KeyScope } from '../keymap.js';
import type { HomeAction, HomeState, Pane } from '../state/home-state.js';
import { editLine } from '../state/line-edit.js';
import type { ListMove } from '../state/list-window.js';
import type { SectionRow } from '../state/section-rows.js';

/** What the home screen's keys act on; the handler only turns keys into these calls. */
export interface HomeKeyContext {
  state: HomeState;
  dispatch: Dispatch<HomeAction>;
  rows: SectionRow[];
  headlines: Headline[];
  listHeight: number;
  panes: Pane[];
  /** Which way the screen reads: the arrow keys follow the mirrored panes. */
  dir: TextDirection;
  ticker: RefObject<TickerControl | null>;
  active: boolean;
  open(h: Headline): void;
  openTicker(key: string): void;
  bookmark(h: Headline): void;
  browse(h: Headline): void;
  toggleRead(h: Headline): void;
  toggleUnreadOnly(): void;
  toggleMenu(): void;
  /** A: the list shown (`menu` false) or the whole edition (from the menu) read. */
  markListRead(menu: boolean): void;
  undoMarkRead(): void;
  togglePause(): void;
  refresh(): void;
  quit(): void;
  help(): void;
  bookmarks(): void;
}

const SCOPES: Record<Pane, KeyScope[]> = {
  sections: ['sections', 'global'],
  headlines: ['list', 'global'],
  ticker: ['ticker', 'global'],
};

/** Binds the home screen's keys (from the keymap) to intents. */
export function useHomeKeys(ctx: HomeKeyContext): void {
  const { state, dispatch, rows, headlines, listHeight } = ctx;
  const list = (move: ListMove) => dispatch({ type: 'move-list', move, count: headlines.length, height: listHeight });
  const rowAt = Math.max(0, rows.findIndex((r) => r.section.id === state.sectionId));
  const ids = rows.map((r) => r.section.id);
  const moveSection = (by: number, to?: 'first' | 'last') => dispatch({ type: 'move-section', by, to, ids });
  const selected = headlines[state.list.cursor];

  useKeys((input, key) => {
    if (state.searching) {
      const edit = editLine(state.searchText, input, key);
      if (edit.type === 'change') dispatch({ type: 'edit-search', text: edit.text });
      else if (edit.type === 'submit') dispatch({ type: 'commit-search' });
      else if (edit.type === 'cancel') dispatch({ type: 'cancel-search' });
      return;
    }
    if (state.filtering) {
      const edit = editLine(state.filter, input, key);
      if (edit.type === 'change') dispatch({ type: 'edit-filter', text: edit.text });
      else if (edit.type === 'submit') dispatch({ type: 'commit-filter' });
      else if (edit.type === 'cancel') dispatch({ type: 'clear-filter' });
      return;
    }
    const action = actionFor(SCOPES[state.focus], input, spatialKey(key, ctx.dir));
    switch (action) {
      case 'app.quit': return ctx.quit();
      case 'app.help': return ctx.help();
      case 'app.refresh': return ctx.refresh();
      case 'app.bookmarks': return ctx.bookmarks();
      case 'app.focusNext': return dispatch({ type: 'cycle-focus', by: 1, panes: ctx.panes });
      case 'app.focusPrev': return dispatch({ type: 'cycle-focus', by: -1, panes: ctx.panes });
      case 'ticker.pause': return ctx.togglePause();

      case 'sections.down': return moveSection(1);
      case 'sections.up': return moveSection(-1);
      case 'sections.top': return moveSection(0, 'first');
      case 'sections.bottom': return moveSection(0, 'last');
      case 'sections.enter': return dispatch({ type: 'focus', pane: 'headlines' });
      case 'sections.search': return dispatch({ type: 'start-search' });
      case 'sections.toggle':
        if (rows[rowAt]?.hasChildren) dispatch({ type: 'toggle-section', id: rows[rowAt].section.id });
        return;
      case 'sections.collapse': {
        const row = rows[rowAt];
        if (row?.expanded) dispatch({ type: 'toggle-section', id: row.section.id });
        else if (row?.parentId) dispatch({ type: 'select-section', id: row.parentId });
        return;
      }

      case 'list.down': return list({ type: 'move', by: 1 });
      case 'list.up': return list({ type: 'move', by: -1 });
      case 'list.pageDown': return list({ type: 'page', dir: 1, half: key.ctrl });
      case 'list.pageUp': return list({ type: 'page', dir: -1, half: key.ctrl });
      case 'list.top': return list({ type: 'first' });
      case 'list.bottom': return list({ type: 'last' });
      case 'list.open': return selected ? ctx.open(selected) : undefined;
      case 'list.back':
        if (key.escape && state.filter) return dispatch({ type: 'clear-filter' });
        if (key.escape && state.searchQuery !== null) return dispatch({ type: 'clear-search' });
        return dispatch({ type: 'focus', pane: 'sections' });
      case 'list.filter': return dispatch({ type: 'start-filter' });
      case 'list.bookmark': return selected ? ctx.bookmark(selected) : undefined;
      case 'list.browser': return selected ? ctx.browse(selected) : undefined;
      case 'list.toggleRead': return selected ? ctx.toggleRead(selected) : undefined;
      case 'sections.markAllRead': return ctx.markListRead(true);
      case 'list.markAllRead': return ctx.markListRead(false);
      case 'sections.undoMarkRead':
      case 'list.undoMarkRead': return ctx.undoMarkRead();
      case 'sections.sources': return ctx.toggleMenu();
      case 'sections.unreadOnly':
      case 'list.unreadOnly': return ctx.toggleUnreadOnly();

      case 'ticker.open': {
        const current = ctx.ticker.current?.current();
        return current ? ctx.openTicker(current) : undefined;
      }
      case 'ticker.next': return ctx.ticker.current?.jump(1);
      case 'ticker.prev': return ctx.ticker.current?.jump(-1);
      case 'ticker.leave': return dispatch({ type: 'focus', pane: 'headlines' });
      default:
        return undefined;
    }
  }, { isActive: ctx.active, prompt: state.filtering || state.searching });
}
