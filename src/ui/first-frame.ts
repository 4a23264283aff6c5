/**
 * The home screen's first frame as a string, painted straight to the terminal from the
 * cached headlines while Ink and React are still loading (that takes most of a second on
 * a slow machine). It is the home screen's own layout (home-layout.ts, home-panes.ts and
 * the row functions) over the state the app opens in, so when Ink draws its first frame
 * the characters are the same. Imports neither Ink nor React.
 */
import type { Edition } from '../core/edition/edition.js';
import type { Messages } from '../core/i18n/messages.js';
import type { NewsSnapshot } from '../services/news-service.js';
import { paintRow, rowAnsi } from './ansi.js';
import { hintsFor } from './keymap.js';
import { tickerRow, topBarRow, type Bidi, type Row } from './rows.js';
import { homeBodyRows, homeLayout } from './screens/home-layout.js';
import { homeHintScopes, homePosition, listPaneRows, menuPaneRows } from './screens/home-panes.js';
import { editionNoticeMessage, statusRows } from './status-rows.js';
import { homeStateFor } from './state/home-state.js';
import { unreadCounts, visibleSectionRows } from './state/section-rows.js';
import { tickerItems, tickerStart } from './state/ticker.js';
import { createTheme } from './theme.js';

/** What the first frame is drawn from. */
export interface FirstFrameInput {
  edition: Edition;
  snapshot: NewsSnapshot;
  read: ReadonlySet<string>;
  bookmarked: ReadonlySet<string>;
  section?: string;
  columns: number;
  rows: number;
  now: Date;
  offline: boolean;
  /** A refresh starts at once (the stored news is stale). */
  refreshing: boolean;
  color: boolean;
  bidi: Bidi;
  /** The app's words (AppServices.messages). */
  messages: Messages;
}

/** The rows of the home screen as the app opens (the same the Ink screen shows first). */
export function homeFirstRows(input: FirstFrameInput): Row[] {
  const { edition, snapshot, read, columns, bidi, messages } = input;
  const { dir } = edition;
  const theme = createTheme(input.color);
  const state = homeStateFor(edition.sections, input.section);
  const layout = homeLayout(columns, input.rows, state.focus, dir);
  const tree = visibleSectionRows(edition.sections, state.collapsed, messages.t('menu.all'));
  const { index } = snapshot;
  const headlines = index.bySection.get(state.sectionId ?? '') ?? index.all;
  const unread = unreadCounts(snapshot, read);
  const section = tree.find((r) => r.section.id === state.sectionId)?.section;
  const pane = { height: layout.bodyHeight, theme, dir, bidi, messages };
  const menu = layout.treeWidth > 0
    ? menuPaneRows({ rows: tree, selectedId: state.sectionId, unread: unread.bySection, focused: state.focus === 'sections' }, { ...pane, width: layout.treeWidth })
    : [];
  // The list is not empty here: the first frame is drawn only with stored headlines.
  const list = layout.listWidth > 0
    ? listPaneRows({ headlines, window: state.list, focused: state.focus === 'headlines', read, bookmarked: input.bookmarked, fresh: new Set(), now: input.now, empty: '' }, { ...pane, width: layout.listWidth })
    : [];
  const phase = input.refreshing ? 'refreshing' : 'idle';
  return [
    topBarRow({ edition: edition.title, path: section?.path ?? [], now: input.now, phase, network: input.offline ? 'offline' : 'unknown', unread: unread.total, messages }, columns, theme, dir, bidi),
    tickerRow(tickerStart(tickerItems(index.breaking, bidi)), columns, false, false, theme, messages, dir, bidi),
    ...homeBodyRows(layout, menu, list, theme),
    ...statusRows(
      { message: editionNoticeMessage(edition.notice), prompt: null, right: homePosition(state.list, headlines.length, state.unreadOnly, messages), hints: hintsFor(homeHintScopes(state.focus), messages) },
      { width: columns, lines: layout.statusLines, theme, dir, bidi },
    ),
  ];
}

/** The first frame as terminal output: each row written in place, cursor left at the top. */
export function homeFirstFrame(input: FirstFrameInput): string {
  return `${homeFirstRows(input).map((row, i) => paintRow(i + 1, rowAnsi(row, input.color))).join('')}\u001b[H`;
}
