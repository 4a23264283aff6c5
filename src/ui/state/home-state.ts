import { ALL_SECTION_ID } from '../../core/edition/all-section.js';
import { findMenuSection, type Section } from '../../core/edition/edition.js';
import { clampWindow, LIST_START, moveWindow, type ListMove, type ListWindow } from './list-window.js';

/** The panes of the home screen that take keys. */
export type Pane = 'sections' | 'headlines' | 'ticker';

const PANES: Pane[] = ['sections', 'headlines', 'ticker'];

/** Everything the home screen remembers between keys. */
export interface HomeState {
  focus: Pane;
  /** Section whose headlines are listed. */
  sectionId: string | null;
  collapsed: ReadonlySet<string>;
  list: ListWindow;
  filter: string;
  /** The filter prompt is open and takes the keys. */
  filtering: boolean;
  /** What the menu lists: the section tree, or the edition's sources (feeds). */
  menu: 'sections' | 'sources';
  /** The selection in the other menu, restored when switching back. */
  otherId: string | null;
  /** Only unread headlines in the list, and only sections with unread ones in the menu. */
  unreadOnly: boolean;
  /** The search prompt (`/` on the sections) is open and takes the keys. */
  searching: boolean;
  /** The text in the search prompt. */
  searchText: string;
  /** The search whose results the list shows instead of a section's; null for none. */
  searchQuery: string | null;
}

/** Intents the home screen turns keys into. `count`/`height` describe the list as shown. */
export type HomeAction =
  | { type: 'focus'; pane: Pane }
  | { type: 'cycle-focus'; by: 1 | -1; panes?: Pane[] }
  | { type: 'select-section'; id: string }
  /** Move through the visible tree rows (`ids` in menu order). */
  | { type: 'move-section'; by: number; to?: 'first' | 'last'; ids: string[] }
  | { type: 'toggle-section'; id: string }
  | { type: 'expand-sections'; ids: string[] }
  | { type: 'move-list'; move: ListMove; count: number; height: number }
  | { type: 'fit-list'; count: number; height: number }
  | { type: 'start-filter' }
  | { type: 'edit-filter'; text: string }
  | { type: 'commit-filter' }
  | { type: 'clear-filter' }
  | { type: 'toggle-unread-only' }
  /** Sections ⇄ sources; `first` is the other menu's first row, for its first visit. */
  | { type: 'toggle-menu'; first: string | null }
  | { type: 'start-search' }
  | { type: 'edit-search'; text: string }
  /** Enter: the results stay listed (as a section of their own) and take the focus. */
  | { type: 'commit-search' }
  | { type: 'cancel-search' }
  | { type: 'clear-search' };

/** The home screen when the app opens at `sectionId`. */
export function initialHomeState(sectionId: string | null, focus: Pane = 'sections'): HomeState {
  return {
    focus, sectionId, collapsed: new Set(), list: LIST_START, filter: '', filtering: false, unreadOnly: false, menu: 'sections', otherId: null,
    searching: false, searchText: '', searchQuery: null,
  };
}

/**
 * The home screen as the app opens: at `--section` with its headlines focused, else the menu
 * at the edition's first section (at All when it has none).
 */
export function homeStateFor(sections: Section[], query?: string): HomeState {
  const found = query ? findMenuSection(sections, query) : undefined;
  return initialHomeState(found?.id ?? sections[0]?.id ?? ALL_SECTION_ID, found ? 'headlines' : 'sections');
}

/** Pure home-screen reducer. */
export function homeReducer(state: HomeState, action: HomeAction): HomeState {
  switch (action.type) {
    case 'focus':
      return state.focus === action.pane ? state : { ...state, focus: action.pane };
    case 'cycle-focus': {
      const panes = action.panes ?? PANES;
      const at = Math.max(0, panes.indexOf(state.focus));
      return { ...state, focus: panes[(at + action.by + panes.length) % panes.length] };
    }
    case 'select-section':
      if (state.sectionId === action.id) return state;
      // A new section starts at its newest headline with no filter (and leaves a search's results).
      return { ...state, sectionId: action.id, list: LIST_START, filter: '', filtering: false, searchQuery: null };
    case 'move-section': {
      if (action.ids.length === 0) return state;
      const at = Math.max(0, action.ids.indexOf(state.sectionId ?? ''));
      const to = action.to === 'first' ? 0 : action.to === 'last' ? action.ids.length - 1 : at + action.by;
      return homeReducer(state, { type: 'select-section', id: action.ids[Math.max(0, Math.min(action.ids.length - 1, to))] });
    }
    case 'toggle-section': {
      const collapsed = new Set(state.collapsed);
      if (collapsed.has(action.id)) collapsed.delete(action.id);
      else collapsed.add(action.id);
      return { ...state, collapsed };
    }
    case 'expand-sections': {
      if (!action.ids.some((id) => state.collapsed.has(id))) return state;
      const collapsed = new Set(state.collapsed);
      for (const id of action.ids) collapsed.delete(id);
      return { ...state, collapsed };
    }
    case 'move-list': {
      const list = moveWindow(state.list, action.move, action.count, action.height);
      return list === state.list ? state : { ...state, list };
    }
    case 'fit-list': {
      const list = clampWindow(state.list, action.count, action.height);
      return list === state.list ? state : { ...state, list };
    }
    case 'start-filter':
      return { ...state, filtering: true, focus: 'headlines' };
    case 'edit-filter':
      return { ...state, filter: action.text, list: LIST_START };
    case 'commit-filter':
      return { ...state, filtering: false };
    case 'clear-filter':
      return { ...state, filter: '', filtering: false, list: LIST_START };
    case 'toggle-menu':
      return {
        ...state, menu: state.menu === 'sections' ? 'sources' : 'sections', sectionId: state.otherId ?? action.first, otherId: state.sectionId,
        focus: 'sections', list: LIST_START, filter: '', filtering: false,
      };
    case 'toggle-unread-only':
      // Another list: start it at its newest headline.
      return { ...state, unreadOnly: !state.unreadOnly, list: LIST_START };
    case 'start-search':
      return { ...state, searching: true, searchText: state.searchQuery ?? '' };
    case 'edit-search':
      return { ...state, searchText: action.text, list: LIST_START };
    case 'commit-search': {
      const query = state.searchText.trim();
      if (!query) return { ...state, searching: false, searchQuery: null, list: LIST_START };
      return { ...state, searching: false, searchQuery: query, focus: 'headlines', filter: '', list: LIST_START };
    }
    case 'cancel-search':
      return { ...state, searching: false, searchText: '', list: LIST_START };
    case 'clear-search':
      return { ...state, searching: false, searchText: '', searchQuery: null, focus: 'sections', list: LIST_START };
  }
}
