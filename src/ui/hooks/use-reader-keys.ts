import type { Dispatch } from 'react';
import { actionFor } from '../keymap.js';
import { useKeys } from './use-keys.js';
import { editLine } from '../state/line-edit.js';
import type { Match, ReaderAction, ReaderState } from '../state/reader-state.js';

/** What the reader's keys act on. */
export interface ReaderKeyContext {
  state: ReaderState;
  dispatch: Dispatch<ReaderAction>;
  matches: Match[];
  /** Lines that fit on screen, and the last scroll position. */
  height: number;
  max: number;
  active: boolean;
  follow(n: number): void;
  browse(n: number | null): void;
  bookmark(): void;
  listen(): void;
  nextArticle(): void;
  back(): void;
  quit(): void;
  help(): void;
  bookmarks(): void;
  refresh(): void;
}

/** Binds the reader's keys (from the keymap) to scroll, search and link intents. */
export function useReaderKeys(ctx: ReaderKeyContext): void {
  const { state, dispatch, height, max, matches } = ctx;
  const scroll = (by: number) => dispatch({ type: 'scroll', by, max });

  useKeys((input, key) => {
    if (state.searching) {
      const edit = editLine(state.query, input, key);
      if (edit.type === 'change') dispatch({ type: 'edit-search', text: edit.text });
      else if (edit.type === 'submit') dispatch({ type: 'commit-search', matches, height, max });
      else if (edit.type === 'cancel') dispatch({ type: 'cancel-search' });
      return;
    }
    if (state.link !== null) {
      if (input === 'o' || key.return) {
        const n = Number(state.link);
        dispatch({ type: 'close-link' });
        if (state.link === '') return;
        return input === 'o' ? ctx.browse(n) : ctx.follow(n);
      }
      const edit = editLine(state.link, input, key);
      if (edit.type === 'change') dispatch({ type: 'edit-link', text: edit.text });
      else if (edit.type === 'cancel') dispatch({ type: 'close-link' });
      return;
    }
    if (/^[0-9]$/.test(input) && !key.ctrl) return dispatch({ type: 'start-link', digits: input });
    switch (actionFor(['reader', 'global'], input, key)) {
      case 'reader.down': return scroll(1);
      case 'reader.up': return scroll(-1);
      case 'reader.pageDown': return scroll(Math.max(1, height - 2));
      case 'reader.pageUp': return scroll(-Math.max(1, height - 2));
      case 'reader.halfDown': return scroll(Math.max(1, Math.floor(height / 2)));
      case 'reader.halfUp': return scroll(-Math.max(1, Math.floor(height / 2)));
      case 'reader.top': return dispatch({ type: 'scroll-to', line: 0, max });
      case 'reader.bottom': return dispatch({ type: 'scroll-to', line: max, max });
      case 'reader.follow': return dispatch({ type: 'start-link', digits: '' });
      case 'reader.browser': return ctx.browse(null);
      case 'reader.search': return dispatch({ type: 'start-search' });
      case 'reader.nextMatch': return dispatch({ type: 'step-match', by: 1, matches, height, max });
      case 'reader.prevMatch': return dispatch({ type: 'step-match', by: -1, matches, height, max });
      case 'reader.bookmark': return ctx.bookmark();
      case 'reader.listen': return ctx.listen();
      case 'reader.nextArticle': return ctx.nextArticle();
      case 'reader.back': return ctx.back();
      case 'app.quit': return ctx.quit();
      case 'app.help': return ctx.help();
      case 'app.bookmarks': return ctx.bookmarks();
      case 'app.refresh': return ctx.refresh();
      default: return undefined;
    }
  }, { isActive: ctx.active, prompt: state.searching || state.link !== null });
}
