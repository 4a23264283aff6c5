import type { Headline } from '../../core/edition/headlines.js';
import type { ArticleFallback } from '../services-context.js';

/** What the reader opens: a page, with the feed's item as a fallback, or a saved bookmark. */
export interface ReaderTarget {
  url: string;
  title: string;
  source: string;
  /** Section id it was opened from ('' when none). */
  section: string;
  /** Headline key, to mark it read. */
  key?: string;
  fallback?: ArticleFallback;
  /** Read the stored copy of this bookmark; never the network. */
  bookmarkId?: string;
  /** The section's following headlines: "Read next" and `]`. */
  next?: Headline[];
}

/** One screen on the stack. */
export type Route =
  | { screen: 'home' }
  | { screen: 'reader'; target: ReaderTarget }
  | { screen: 'bookmarks' };

/** The screen stack and whether the help overlay is up. */
export interface NavState {
  stack: Route[];
  help: boolean;
}

/** Navigation intents. */
export type NavAction =
  | { type: 'open-reader'; target: ReaderTarget }
  | { type: 'replace-reader'; target: ReaderTarget }
  | { type: 'open-bookmarks' }
  | { type: 'back' }
  | { type: 'toggle-help' };

/** The app opens on the home screen. */
export const NAV_START: NavState = { stack: [{ screen: 'home' }], help: false };

/** The screen on top. */
export function currentRoute(state: NavState): Route {
  return state.stack[state.stack.length - 1];
}

/** Pure navigation reducer: a stack that never empties. */
export function navReducer(state: NavState, action: NavAction): NavState {
  switch (action.type) {
    case 'open-reader':
      return { ...state, stack: [...state.stack, { screen: 'reader', target: action.target }] };
    case 'replace-reader': {
      const top = currentRoute(state);
      const base = top.screen === 'reader' ? state.stack.slice(0, -1) : state.stack;
      return { ...state, stack: [...base, { screen: 'reader', target: action.target }] };
    }
    case 'open-bookmarks':
      if (currentRoute(state).screen === 'bookmarks') return state;
      // One bookmarks screen at most: going there again goes back to it.
      return { ...state, stack: [...state.stack.filter((r) => r.screen !== 'bookmarks'), { screen: 'bookmarks' }] };
    case 'back':
      return state.stack.length > 1 ? { ...state, stack: state.stack.slice(0, -1) } : state;
    case 'toggle-help':
      return { ...state, help: !state.help };
  }
}

/** The reader target for a headline, with the headlines after it for "Read next". */
export function targetFromHeadline(h: Headline, section: string, list: Headline[]): ReaderTarget {
  const at = list.findIndex((x) => x.key === h.key);
  return {
    url: h.link,
    title: h.title,
    source: h.source,
    section,
    key: h.key,
    fallback: { title: h.title, link: h.link, contentHtml: h.contentHtml, summary: h.summary, author: h.author, published: h.published, categories: h.categories },
    next: at >= 0 ? list.slice(at + 1, at + 21) : [],
  };
}
