/**
 * The home screen's panes as rows, for the Ink screen and for the plain first frame
 * alike: the section menu and the headline list at their widths and heights, the list's
 * position and which key hints show. Pure: state and data in, rows out.
 */
import { canonicalUrl } from '../../core/bookmarks/model.js';
import type { Headline } from '../../core/edition/headlines.js';
import type { TextDirection } from '../../core/edition/lang.js';
import type { Messages } from '../../core/i18n/messages.js';
import type { KeyScope } from '../keymap.js';
import { headlineRowParts, indentedLine, sectionRowParts, sectionTreeTop, type Bidi, type Row } from '../rows.js';
import { headlineColumns } from '../state/headline-rows.js';
import type { Pane } from '../state/home-state.js';
import type { ListWindow } from '../state/list-window.js';
import type { SectionRow } from '../state/section-rows.js';
import type { Theme } from '../theme.js';

/** How a pane is drawn. */
export interface PaneFrame {
  width: number;
  height: number;
  theme: Theme;
  dir: TextDirection;
  bidi: Bidi;
  /** The app's words (ages, the list's position). */
  messages: Messages;
}

/** What the section menu shows. */
export interface MenuPane {
  rows: SectionRow[];
  selectedId: string | null;
  unread: ReadonlyMap<string, number>;
  focused: boolean;
}

/** What the headline list shows. */
export interface ListPane {
  headlines: Headline[];
  window: ListWindow;
  focused: boolean;
  read: ReadonlySet<string>;
  /** Canonical URLs of the bookmarked pages. */
  bookmarked: ReadonlySet<string>;
  fresh: ReadonlySet<string>;
  now: Date;
  /** Shown when the list is empty. */
  empty: string;
}

const blanks = (rows: Row[], f: PaneFrame): Row[] => {
  while (rows.length < f.height) rows.push({ parts: [{ text: ' '.repeat(f.width) }] });
  return rows;
};

/** The section menu: the rows in view (the selection near the middle), blank below. */
export function menuPaneRows(menu: MenuPane, f: PaneFrame): Row[] {
  const top = sectionTreeTop(menu.rows, menu.selectedId, f.height);
  return blanks(menu.rows.slice(top, top + f.height).map((row) =>
    sectionRowParts(row, row.section.id === menu.selectedId, menu.focused, menu.unread.get(row.section.id) ?? 0, f.width, f.theme, f.dir, f.bidi)), f);
}

/** The headline list, windowed: only the `height` rows in view are built, however long the list. */
export function listPaneRows(list: ListPane, f: PaneFrame): Row[] {
  if (list.headlines.length === 0) {
    return blanks([{ parts: [{ text: indentedLine(list.empty, f.width, f.dir, f.bidi), style: f.theme.muted }] }], f);
  }
  const cols = headlineColumns(f.width, f.messages);
  const { top, cursor } = list.window;
  return blanks(list.headlines.slice(top, top + f.height).map((h, i) => headlineRowParts(h, cols, list.now, {
    bidi: f.bidi,
    selected: top + i === cursor,
    focused: list.focused,
    unread: !list.read.has(h.key),
    bookmarked: list.bookmarked.has(canonicalUrl(h.link)),
    fresh: list.fresh.has(h.key),
  }, f.theme, f.messages, f.dir)), f);
}

/** The key hint scopes of the focused pane (the status bar's hints). */
export function homeHintScopes(focus: Pane): KeyScope[] {
  return [focus === 'sections' ? 'sections' : focus === 'ticker' ? 'ticker' : 'list', 'global'];
}

/** The list position beside the status message: `3/40`, and which view is on. */
export function homePosition(window: ListWindow, count: number, unreadOnly: boolean, messages: Messages): string {
  const at = count > 0 ? `${Math.min(window.cursor + 1, count)}/${count}` : '';
  // Which view is on stays in sight after the announcement goes.
  return unreadOnly ? `${messages.t('status.unreadOnly')}  ${at}`.trimEnd() : at;
}
