import type { Messages } from '../../core/i18n/messages.js';
import { displayWidth, truncateToWidth } from '../../core/text/width.js';
import { clampWindow, LIST_START, moveWindow, type ListMove, type ListWindow } from './list-window.js';

/** The bookmarks screen: cursor, search, and the tag prompt. */
export interface BookmarksState {
  list: ListWindow;
  query: string;
  searching: boolean;
  /** Editing the tags of bookmark `id`, or null. */
  tags: { id: string; text: string } | null;
}

/** Bookmarks-screen intents. */
export type BookmarksAction =
  | { type: 'move'; move: ListMove; count: number; height: number }
  | { type: 'fit'; count: number; height: number }
  | { type: 'start-search' }
  | { type: 'edit-search'; text: string }
  | { type: 'commit-search' }
  | { type: 'clear-search' }
  | { type: 'start-tags'; id: string; tags: string[] }
  | { type: 'edit-tags'; text: string }
  | { type: 'close-tags' };

/** The screen as it opens. */
export const BOOKMARKS_START: BookmarksState = { list: LIST_START, query: '', searching: false, tags: null };

/** Tags as typed: comma or space separated, `#` optional, no duplicates. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(/[,\s]+/).map((t) => t.replace(/^#/, '').trim()).filter(Boolean))];
}

/**
 * The status after `d`, within `room` cells: the title is shortened so "u to undo" always
 * shows (a long headline used to push it off the line).
 */
export function deletedMessage(title: string, room: number, messages: Messages): string {
  const quoted = Math.max(0, room - displayWidth(messages.t('bookmarks.deleted', { title: '' })));
  if (quoted < 4) return messages.t('bookmarks.deletedUntitled');
  return messages.t('bookmarks.deleted', { title: truncateToWidth(title, quoted) });
}

/** Pure bookmarks-screen reducer. */
export function bookmarksReducer(state: BookmarksState, action: BookmarksAction): BookmarksState {
  switch (action.type) {
    case 'move':
      return { ...state, list: moveWindow(state.list, action.move, action.count, action.height) };
    case 'fit': {
      const list = clampWindow(state.list, action.count, action.height);
      return list === state.list ? state : { ...state, list };
    }
    case 'start-search':
      return { ...state, searching: true, tags: null };
    case 'edit-search':
      return { ...state, query: action.text, list: LIST_START };
    case 'commit-search':
      return { ...state, searching: false };
    case 'clear-search':
      return { ...state, searching: false, query: '', list: LIST_START };
    case 'start-tags':
      return { ...state, tags: { id: action.id, text: action.tags.join(', ') }, searching: false };
    case 'edit-tags':
      return state.tags ? { ...state, tags: { ...state.tags, text: action.text } } : state;
    case 'close-tags':
      return { ...state, tags: null };
  }
}
