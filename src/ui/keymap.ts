import type { Key } from 'ink';

/** Where a binding applies: everywhere, or on one screen / pane. */
export type KeyScope = 'global' | 'sections' | 'list' | 'ticker' | 'reader' | 'bookmarks' | 'help';

/**
 * A key as the table spells it: a printable character (`j`, `G`, `/`), a named key
 * (`downArrow`, `return`, `escape`, `space`, `tab`, `pageDown`, `home`…) or `ctrl+<letter>`.
 */
export type KeySpec = string;

/** One binding: its keys, the short hint for the status bar, and the help overlay text. */
export interface KeyBinding {
  keys: KeySpec[];
  scope: KeyScope;
  /** Shown in the status bar when the scope is active ('' keeps it out of the bar). */
  hint: string;
  /** Shown in the help overlay. */
  help: string;
}

/** The one keymap: the help overlay, the status bar hints and every screen read it. */
export const KEYMAP = {
  'app.quit': { keys: ['q', 'ctrl+c'], scope: 'global', hint: 'q quit', help: 'quit (q goes back inside the reader and bookmarks)' },
  'app.help': { keys: ['?'], scope: 'global', hint: '? help', help: 'show or hide this help' },
  'app.refresh': { keys: ['r'], scope: 'global', hint: 'r refresh', help: 'refresh every feed now' },
  'app.bookmarks': { keys: ['B'], scope: 'global', hint: 'B saved', help: 'open the bookmarks screen' },
  'app.focusNext': { keys: ['tab'], scope: 'global', hint: 'Tab pane', help: 'next pane: sections → headlines → ticker' },
  'app.focusPrev': { keys: ['shift+tab'], scope: 'global', hint: '', help: 'previous pane' },
  'ticker.pause': { keys: ['p'], scope: 'global', hint: 'p pause', help: 'pause or resume the breaking ticker' },
  'app.suspend': { keys: ['ctrl+z'], scope: 'global', hint: '', help: 'suspend to the shell (fg comes back)' },

  'sections.down': { keys: ['j', 'downArrow'], scope: 'sections', hint: 'j/k move', help: 'next section' },
  'sections.up': { keys: ['k', 'upArrow'], scope: 'sections', hint: '', help: 'previous section' },
  'sections.enter': { keys: ['return', 'l', 'rightArrow'], scope: 'sections', hint: '⏎ headlines', help: 'show the headlines of the section' },
  'sections.toggle': { keys: ['space'], scope: 'sections', hint: 'Space fold', help: 'expand or collapse a group' },
  'sections.collapse': { keys: ['h', 'leftArrow'], scope: 'sections', hint: '', help: 'collapse the group (or go to its parent)' },
  'sections.top': { keys: ['g', 'home'], scope: 'sections', hint: '', help: 'first section' },
  'sections.bottom': { keys: ['G', 'end'], scope: 'sections', hint: '', help: 'last section' },
  // U, not newsboat's l: l already enters a section and opens a headline here.
  // The menu is the top level: A there catches up on the whole edition.
  'sections.markAllRead': { keys: ['A'], scope: 'sections', hint: '', help: 'mark every headline of the edition read (u undoes)' },
  'sections.undoMarkRead': { keys: ['u'], scope: 'sections', hint: '', help: 'undo A while its message shows' },
  'sections.sources': { keys: ['S'], scope: 'sections', hint: '', help: 'switch the menu between sections and sources (feeds); Enter lists a feed' },
  'sections.unreadOnly': { keys: ['U'], scope: 'sections', hint: '', help: 'only sections with unread headlines (again: all)' },
  'sections.search': { keys: ['/'], scope: 'sections', hint: '', help: 'search every stored headline (Enter lists them, Esc cancels)' },

  'list.down': { keys: ['j', 'downArrow'], scope: 'list', hint: 'j/k move', help: 'next headline' },
  'list.up': { keys: ['k', 'upArrow'], scope: 'list', hint: '', help: 'previous headline' },
  'list.pageDown': { keys: ['ctrl+d', 'pageDown'], scope: 'list', hint: '', help: 'half a page down (PgDn: a page)' },
  'list.pageUp': { keys: ['ctrl+u', 'pageUp'], scope: 'list', hint: '', help: 'half a page up (PgUp: a page)' },
  'list.top': { keys: ['g', 'home'], scope: 'list', hint: '', help: 'first headline' },
  'list.bottom': { keys: ['G', 'end'], scope: 'list', hint: '', help: 'last headline' },
  'list.open': { keys: ['return', 'l', 'rightArrow'], scope: 'list', hint: '⏎ read', help: 'read the article' },
  'list.back': { keys: ['h', 'leftArrow', 'escape'], scope: 'list', hint: '', help: 'back to the sections (Esc also clears a filter)' },
  'list.filter': { keys: ['/'], scope: 'list', hint: '/ filter', help: 'filter headlines by text (Enter keeps, Esc clears)' },
  'list.bookmark': { keys: ['b'], scope: 'list', hint: 'b save', help: 'bookmark the headline (again: remove)' },
  'list.browser': { keys: ['o'], scope: 'list', hint: '', help: 'open the headline in the browser (or show its URL)' },
  'list.toggleRead': { keys: ['m'], scope: 'list', hint: '', help: 'mark the headline read / unread' },
  'list.markAllRead': { keys: ['A'], scope: 'list', hint: '', help: 'mark the headlines listed read (u undoes)' },
  'list.undoMarkRead': { keys: ['u'], scope: 'list', hint: '', help: 'undo A while its message shows' },
  'list.unreadOnly': { keys: ['U'], scope: 'list', hint: '', help: 'only unread headlines (again: all of them)' },

  'ticker.open': { keys: ['return'], scope: 'ticker', hint: '⏎ read', help: 'read the headline under the marker' },
  'ticker.next': { keys: ['l', 'rightArrow'], scope: 'ticker', hint: 'h/l item', help: 'next breaking headline' },
  'ticker.prev': { keys: ['h', 'leftArrow'], scope: 'ticker', hint: '', help: 'previous breaking headline' },
  'ticker.leave': { keys: ['escape'], scope: 'ticker', hint: '', help: 'back to the headlines' },

  'reader.down': { keys: ['j', 'downArrow'], scope: 'reader', hint: 'j/k scroll', help: 'scroll down a line' },
  'reader.up': { keys: ['k', 'upArrow'], scope: 'reader', hint: '', help: 'scroll up a line' },
  'reader.pageDown': { keys: ['space', 'pageDown'], scope: 'reader', hint: 'Space page', help: 'a page down' },
  'reader.pageUp': { keys: ['pageUp'], scope: 'reader', hint: '', help: 'a page up' },
  'reader.halfDown': { keys: ['ctrl+d'], scope: 'reader', hint: '', help: 'half a page down' },
  'reader.halfUp': { keys: ['ctrl+u'], scope: 'reader', hint: '', help: 'half a page up' },
  'reader.top': { keys: ['g', 'home'], scope: 'reader', hint: '', help: 'top of the article' },
  'reader.bottom': { keys: ['G', 'end'], scope: 'reader', hint: '', help: 'end of the article' },
  'reader.follow': { keys: ['f'], scope: 'reader', hint: 'f link', help: 'follow link n: f, the number, Enter (or type the digits)' },
  'reader.browser': { keys: ['o'], scope: 'reader', hint: 'o browser', help: 'open the article in the browser (or show its URL)' },
  'reader.search': { keys: ['/'], scope: 'reader', hint: '/ find', help: 'search the article' },
  'reader.nextMatch': { keys: ['n'], scope: 'reader', hint: '', help: 'next match' },
  'reader.prevMatch': { keys: ['N'], scope: 'reader', hint: '', help: 'previous match' },
  'reader.bookmark': { keys: ['b'], scope: 'reader', hint: 'b save', help: 'bookmark the article (again: remove)' },
  'reader.listen': { keys: ['L'], scope: 'reader', hint: '', help: 'read the article aloud (L again stops)' },
  'reader.nextArticle': { keys: [']'], scope: 'reader', hint: '] next', help: 'read the next headline of the section' },
  'reader.back': { keys: ['escape', 'h', 'q', 'leftArrow'], scope: 'reader', hint: 'Esc back', help: 'back to the list' },

  'bookmarks.down': { keys: ['j', 'downArrow'], scope: 'bookmarks', hint: 'j/k move', help: 'next bookmark' },
  'bookmarks.up': { keys: ['k', 'upArrow'], scope: 'bookmarks', hint: '', help: 'previous bookmark' },
  'bookmarks.top': { keys: ['g', 'home'], scope: 'bookmarks', hint: '', help: 'first bookmark' },
  'bookmarks.bottom': { keys: ['G', 'end'], scope: 'bookmarks', hint: '', help: 'last bookmark' },
  'bookmarks.open': { keys: ['return', 'l', 'rightArrow'], scope: 'bookmarks', hint: '⏎ read', help: 'read the saved copy (offline)' },
  'bookmarks.search': { keys: ['/'], scope: 'bookmarks', hint: '/ search', help: 'search titles, sources, tags, notes and text' },
  'bookmarks.delete': { keys: ['d'], scope: 'bookmarks', hint: 'd delete', help: 'delete the bookmark' },
  'bookmarks.undo': { keys: ['u'], scope: 'bookmarks', hint: 'u undo', help: 'undo the last delete' },
  'bookmarks.tags': { keys: ['t'], scope: 'bookmarks', hint: 't tags', help: 'edit tags (comma separated)' },
  'bookmarks.back': { keys: ['escape', 'h', 'q', 'leftArrow'], scope: 'bookmarks', hint: 'Esc back', help: 'back to the headlines' },

  'help.down': { keys: ['j', 'downArrow'], scope: 'help', hint: 'j/k scroll', help: 'scroll this help down' },
  'help.up': { keys: ['k', 'upArrow'], scope: 'help', hint: '', help: 'scroll this help up' },
  'help.pageDown': { keys: ['space', 'pageDown'], scope: 'help', hint: '', help: 'a page down' },
  'help.pageUp': { keys: ['pageUp'], scope: 'help', hint: '', help: 'a page up' },
  'help.close': { keys: ['escape', '?', 'q'], scope: 'help', hint: 'Esc/?/q close', help: 'close this help' },
} as const satisfies Record<string, KeyBinding>;

/** The name of a binding in {@link KEYMAP}. */
export type Action = keyof typeof KEYMAP;

const NAMED: Record<string, (key: Key) => boolean> = {
  downArrow: (k) => k.downArrow,
  upArrow: (k) => k.upArrow,
  leftArrow: (k) => k.leftArrow,
  rightArrow: (k) => k.rightArrow,
  pageDown: (k) => k.pageDown,
  pageUp: (k) => k.pageUp,
  home: (k) => k.home,
  end: (k) => k.end,
  return: (k) => k.return,
  escape: (k) => k.escape,
  tab: (k) => k.tab && !k.shift,
  'shift+tab': (k) => k.tab && k.shift,
  backspace: (k) => k.backspace || k.delete,
};

/** True when the key event is `spec`. */
export function keyMatches(spec: KeySpec, input: string, key: Key): boolean {
  const named = NAMED[spec];
  if (named) return named(key);
  if (spec === 'space') return input === ' ';
  if (spec.startsWith('ctrl+')) return key.ctrl && input === spec.slice(5);
  return !key.ctrl && !key.meta && input === spec;
}

/**
 * The key as pressed on a screen that reads `dir`: right to left the arrows ← and → swap,
 * so they point where the panes are (the list is left of the menu there).
 */
export function spatialKey(key: Key, dir: 'ltr' | 'rtl'): Key {
  return dir === 'rtl' && (key.leftArrow || key.rightArrow) ? { ...key, leftArrow: key.rightArrow, rightArrow: key.leftArrow } : key;
}

/** The first binding among `scopes` (in that order of precedence) that the key triggers. */
export function actionFor(scopes: KeyScope[], input: string, key: Key): Action | undefined {
  for (const scope of scopes) {
    for (const [name, binding] of Object.entries(KEYMAP) as [Action, KeyBinding][]) {
      if (binding.scope === scope && binding.keys.some((spec) => keyMatches(spec, input, key))) return name;
    }
  }
  return undefined;
}

const KEY_LABELS: Record<string, string> = {
  downArrow: '↓', upArrow: '↑', leftArrow: '←', rightArrow: '→', pageDown: 'PgDn', pageUp: 'PgUp',
  home: 'Home', end: 'End', return: 'Enter', escape: 'Esc', tab: 'Tab', 'shift+tab': 'S-Tab', space: 'Space',
};

/** How a key is written for people: `↓`, `Enter`, `Ctrl-d`. */
export function keyLabel(spec: KeySpec): string {
  if (spec.startsWith('ctrl+')) return `Ctrl-${spec.slice(5)}`;
  return KEY_LABELS[spec] ?? spec;
}

/** The status bar hints for the given scopes, in table order, skipping empty hints, repeats and `except`. */
export function hintsFor(scopes: KeyScope[], except: Action[] = []): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const scope of scopes) {
    for (const [name, binding] of Object.entries(KEYMAP) as [Action, KeyBinding][]) {
      if (binding.scope !== scope || !binding.hint || seen.has(binding.hint) || except.includes(name)) continue;
      seen.add(binding.hint);
      out.push(binding.hint);
    }
  }
  return out;
}
