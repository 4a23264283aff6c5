import type { Key } from 'ink';
import { leftToRight } from '../core/article/bidi.js';
import type { MessageKey, Messages } from '../core/i18n/messages.js';

/** Where a binding applies: everywhere, or on one screen / pane. */
export type KeyScope = 'global' | 'sections' | 'list' | 'ticker' | 'reader' | 'bookmarks' | 'help';

/**
 * A key as the table spells it: a printable character (`j`, `G`, `/`), a named key
 * (`downArrow`, `return`, `escape`, `space`, `tab`, `pageDown`, `home`…) or `ctrl+<letter>`.
 */
export type KeySpec = string;

/** One binding: its keys, the short hint for the status bar, and the help overlay text (as message keys). */
export interface KeyBinding {
  keys: readonly KeySpec[];
  scope: KeyScope;
  /** Shown in the status bar when the scope is active: the keys as written, then the word (none: not in the bar). */
  hint?: readonly [keys: string, word: MessageKey];
  /** Shown in the help overlay. */
  help: MessageKey;
}

/** The one keymap: the help overlay, the status bar hints and every screen read it. */
export const KEYMAP = {
  'app.quit': { keys: ['q', 'ctrl+c'], scope: 'global', hint: ['q', 'hint.quit'], help: 'key.quit' },
  'app.help': { keys: ['?'], scope: 'global', hint: ['?', 'hint.help'], help: 'key.help' },
  'app.refresh': { keys: ['r'], scope: 'global', hint: ['r', 'hint.refresh'], help: 'key.refresh' },
  'app.bookmarks': { keys: ['B'], scope: 'global', hint: ['B', 'hint.saved'], help: 'key.bookmarks' },
  'app.focusNext': { keys: ['tab'], scope: 'global', hint: ['Tab', 'hint.pane'], help: 'key.focusNext' },
  'app.focusPrev': { keys: ['shift+tab'], scope: 'global', help: 'key.focusPrev' },
  'ticker.pause': { keys: ['p'], scope: 'global', hint: ['p', 'hint.pause'], help: 'key.pause' },
  'app.suspend': { keys: ['ctrl+z'], scope: 'global', help: 'key.suspend' },

  'sections.down': { keys: ['j', 'downArrow'], scope: 'sections', hint: ['j/k', 'hint.move'], help: 'key.sections.down' },
  'sections.up': { keys: ['k', 'upArrow'], scope: 'sections', help: 'key.sections.up' },
  'sections.enter': { keys: ['return', 'l', 'rightArrow'], scope: 'sections', hint: ['⏎', 'hint.headlines'], help: 'key.sections.enter' },
  'sections.toggle': { keys: ['space'], scope: 'sections', hint: ['Space', 'hint.fold'], help: 'key.sections.toggle' },
  'sections.collapse': { keys: ['h', 'leftArrow'], scope: 'sections', help: 'key.sections.collapse' },
  'sections.top': { keys: ['g', 'home'], scope: 'sections', help: 'key.sections.top' },
  'sections.bottom': { keys: ['G', 'end'], scope: 'sections', help: 'key.sections.bottom' },
  // U, not newsboat's l: l already enters a section and opens a headline here.
  // The menu is the top level: A there catches up on the whole edition.
  'sections.markAllRead': { keys: ['A'], scope: 'sections', help: 'key.sections.markAllRead' },
  'sections.undoMarkRead': { keys: ['u'], scope: 'sections', help: 'key.undoMarkRead' },
  'sections.sources': { keys: ['S'], scope: 'sections', help: 'key.sections.sources' },
  'sections.unreadOnly': { keys: ['U'], scope: 'sections', help: 'key.sections.unreadOnly' },
  'sections.search': { keys: ['/'], scope: 'sections', help: 'key.sections.search' },

  'list.down': { keys: ['j', 'downArrow'], scope: 'list', hint: ['j/k', 'hint.move'], help: 'key.list.down' },
  'list.up': { keys: ['k', 'upArrow'], scope: 'list', help: 'key.list.up' },
  'list.pageDown': { keys: ['ctrl+d', 'pageDown'], scope: 'list', help: 'key.list.pageDown' },
  'list.pageUp': { keys: ['ctrl+u', 'pageUp'], scope: 'list', help: 'key.list.pageUp' },
  'list.top': { keys: ['g', 'home'], scope: 'list', help: 'key.list.top' },
  'list.bottom': { keys: ['G', 'end'], scope: 'list', help: 'key.list.bottom' },
  'list.open': { keys: ['return', 'l', 'rightArrow'], scope: 'list', hint: ['⏎', 'hint.read'], help: 'key.list.open' },
  'list.back': { keys: ['h', 'leftArrow', 'escape'], scope: 'list', help: 'key.list.back' },
  'list.filter': { keys: ['/'], scope: 'list', hint: ['/', 'hint.filter'], help: 'key.list.filter' },
  'list.bookmark': { keys: ['b'], scope: 'list', hint: ['b', 'hint.save'], help: 'key.list.bookmark' },
  'list.browser': { keys: ['o'], scope: 'list', help: 'key.list.browser' },
  'list.toggleRead': { keys: ['m'], scope: 'list', help: 'key.list.toggleRead' },
  'list.markAllRead': { keys: ['A'], scope: 'list', help: 'key.list.markAllRead' },
  'list.undoMarkRead': { keys: ['u'], scope: 'list', help: 'key.undoMarkRead' },
  'list.unreadOnly': { keys: ['U'], scope: 'list', help: 'key.list.unreadOnly' },

  'ticker.open': { keys: ['return'], scope: 'ticker', hint: ['⏎', 'hint.read'], help: 'key.ticker.open' },
  'ticker.next': { keys: ['l', 'rightArrow'], scope: 'ticker', hint: ['h/l', 'hint.item'], help: 'key.ticker.next' },
  'ticker.prev': { keys: ['h', 'leftArrow'], scope: 'ticker', help: 'key.ticker.prev' },
  'ticker.leave': { keys: ['escape'], scope: 'ticker', help: 'key.bookmarks.back' },

  'reader.down': { keys: ['j', 'downArrow'], scope: 'reader', hint: ['j/k', 'hint.scroll'], help: 'key.reader.down' },
  'reader.up': { keys: ['k', 'upArrow'], scope: 'reader', help: 'key.reader.up' },
  'reader.pageDown': { keys: ['space', 'pageDown'], scope: 'reader', hint: ['Space', 'hint.page'], help: 'key.pageDown' },
  'reader.pageUp': { keys: ['pageUp'], scope: 'reader', help: 'key.pageUp' },
  'reader.halfDown': { keys: ['ctrl+d'], scope: 'reader', help: 'key.reader.halfDown' },
  'reader.halfUp': { keys: ['ctrl+u'], scope: 'reader', help: 'key.reader.halfUp' },
  'reader.top': { keys: ['g', 'home'], scope: 'reader', help: 'key.reader.top' },
  'reader.bottom': { keys: ['G', 'end'], scope: 'reader', help: 'key.reader.bottom' },
  'reader.follow': { keys: ['f'], scope: 'reader', hint: ['f', 'hint.link'], help: 'key.reader.follow' },
  'reader.browser': { keys: ['o'], scope: 'reader', hint: ['o', 'hint.browser'], help: 'key.reader.browser' },
  'reader.search': { keys: ['/'], scope: 'reader', hint: ['/', 'hint.find'], help: 'key.reader.search' },
  'reader.nextMatch': { keys: ['n'], scope: 'reader', help: 'key.reader.nextMatch' },
  'reader.prevMatch': { keys: ['N'], scope: 'reader', help: 'key.reader.prevMatch' },
  'reader.bookmark': { keys: ['b'], scope: 'reader', hint: ['b', 'hint.save'], help: 'key.reader.bookmark' },
  'reader.listen': { keys: ['L'], scope: 'reader', help: 'key.reader.listen' },
  'reader.nextArticle': { keys: [']'], scope: 'reader', hint: [']', 'hint.next'], help: 'key.reader.nextArticle' },
  'reader.back': { keys: ['escape', 'h', 'q', 'leftArrow'], scope: 'reader', hint: ['Esc', 'hint.back'], help: 'key.reader.back' },

  'bookmarks.down': { keys: ['j', 'downArrow'], scope: 'bookmarks', hint: ['j/k', 'hint.move'], help: 'key.bookmarks.down' },
  'bookmarks.up': { keys: ['k', 'upArrow'], scope: 'bookmarks', help: 'key.bookmarks.up' },
  'bookmarks.top': { keys: ['g', 'home'], scope: 'bookmarks', help: 'key.bookmarks.top' },
  'bookmarks.bottom': { keys: ['G', 'end'], scope: 'bookmarks', help: 'key.bookmarks.bottom' },
  'bookmarks.open': { keys: ['return', 'l', 'rightArrow'], scope: 'bookmarks', hint: ['⏎', 'hint.read'], help: 'key.bookmarks.open' },
  'bookmarks.search': { keys: ['/'], scope: 'bookmarks', hint: ['/', 'hint.search'], help: 'key.bookmarks.search' },
  'bookmarks.delete': { keys: ['d'], scope: 'bookmarks', hint: ['d', 'hint.delete'], help: 'key.bookmarks.delete' },
  'bookmarks.undo': { keys: ['u'], scope: 'bookmarks', hint: ['u', 'hint.undo'], help: 'key.bookmarks.undo' },
  'bookmarks.tags': { keys: ['t'], scope: 'bookmarks', hint: ['t', 'hint.tags'], help: 'key.bookmarks.tags' },
  'bookmarks.back': { keys: ['escape', 'h', 'q', 'leftArrow'], scope: 'bookmarks', hint: ['Esc', 'hint.back'], help: 'key.bookmarks.back' },

  'help.down': { keys: ['j', 'downArrow'], scope: 'help', hint: ['j/k', 'hint.scroll'], help: 'key.help.down' },
  'help.up': { keys: ['k', 'upArrow'], scope: 'help', help: 'key.help.up' },
  'help.pageDown': { keys: ['space', 'pageDown'], scope: 'help', help: 'key.pageDown' },
  'help.pageUp': { keys: ['pageUp'], scope: 'help', help: 'key.pageUp' },
  'help.close': { keys: ['escape', '?', 'q'], scope: 'help', hint: ['Esc/?/q', 'hint.close'], help: 'key.help.close' },
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

/** A key's label as a screen in `messages`' language shows it: on a right-to-left screen an
 * island of its own, so `]` is not drawn as its mirror image `[` (a different key). */
export function shownKey(label: string, messages: Messages): string {
  return messages.dir === 'rtl' ? leftToRight(label) : label;
}

/** The status bar hints for the given scopes in the app's language, in table order, skipping repeats and `except`. */
export function hintsFor(scopes: KeyScope[], messages: Messages, except: Action[] = []): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const scope of scopes) {
    for (const [name, binding] of Object.entries(KEYMAP) as [Action, KeyBinding][]) {
      if (binding.scope !== scope || !binding.hint || except.includes(name)) continue;
      const hint = `${shownKey(binding.hint[0], messages)} ${messages.t(binding.hint[1])}`;
      if (seen.has(hint)) continue;
      seen.add(hint);
      out.push(hint);
    }
  }
  return out;
}
