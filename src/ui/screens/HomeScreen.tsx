import { Box } from 'ink';
import { useCallback, useEffect, useMemo, useRef, type Dispatch } from 'react';
import { isAllSection } from '../../core/edition/all-section.js';
import type { EditionIndex, Headline } from '../../core/edition/headlines.js';
import { RowLines } from '../components/RowText.js';
import { StatusBar } from '../components/StatusBar.js';
import { Ticker, type TickerControl } from '../components/Ticker.js';
import { TopBar } from '../components/TopBar.js';
import type { BookmarkMarks } from '../hooks/use-bookmark-marks.js';
import { useCatchUp } from '../hooks/use-catch-up.js';
import { useHomeKeys } from '../hooks/use-home-keys.js';
import { useHomeMenu } from '../hooks/use-home-menu.js';
import { useItemSearch } from '../hooks/use-item-search.js';
import type { ReadMarks } from '../hooks/use-read-state.js';
import { hintsFor } from '../keymap.js';
import { useServices } from '../services-context.js';
import { filterHeadlines, unreadHeadlines } from '../state/headline-rows.js';
import type { HomeAction, HomeState, Pane } from '../state/home-state.js';
import { targetFromHeadline, type ReaderTarget } from '../state/navigation.js';
import type { ScreenProps } from './screen-props.js';
import { homeBodyRows, homeLayout } from './home-layout.js';
import { homeHintScopes, homePosition, listPaneRows, menuPaneRows } from './home-panes.js';

/** Props of {@link HomeScreen}: app-wide state comes in, intents go out. */
export interface HomeScreenProps extends ScreenProps {
  readMarks: ReadMarks;
  bookmarks: BookmarkMarks;
  state: HomeState;
  dispatch: Dispatch<HomeAction>;
  /** Unread headlines per section id (the App counts them once). */
  sectionUnread: ReadonlyMap<string, number>;
  tickerPaused: boolean;
  onTogglePause(): void;
  onOpen(target: ReaderTarget): void;
  onBookmarks(): void;
}

const EMPTY_INDEX: EditionIndex = { all: [], bySection: new Map(), breaking: [] };

/** Section tree and headline list under the top bar and the breaking ticker. */
export function HomeScreen(props: HomeScreenProps) {
  const { news, readMarks, bookmarks, state, dispatch, size, theme, now, dir } = props;
  const services = useServices();
  const { bidi, messages } = services;
  const { t } = messages;
  const edition = news.snapshot?.edition ?? services.news.edition;
  const index = news.snapshot?.index ?? EMPTY_INDEX;
  const layout = useMemo(() => homeLayout(size.columns, size.rows, state.focus, dir), [size.columns, size.rows, state.focus, dir]);
  const ticker = useRef<TickerControl | null>(null);
  const catchUp = useCatchUp(readMarks, props.status, props.announce);

  const { rows, unread, headlines: sourceHeadlines, firstSource } = useHomeMenu(state, edition, news.snapshot, readMarks.read, props.sectionUnread);
  const { announce } = props;
  const searchError = useCallback((message: string) => announce(message, 'error'), [announce]);
  // `/` on the sections: every stored headline matching, listed as a section of its own.
  const search = useItemSearch(state.searching ? state.searchText : state.searchQuery, state.searching, searchError);
  const searchShown = state.searching ? state.searchText.trim() !== '' : state.searchQuery !== null;
  const sectionHeadlines = searchShown ? search.results : sourceHeadlines ?? index.bySection.get(state.sectionId ?? '') ?? index.all;
  const headlines = useMemo(() => {
    const shown = filterHeadlines(sectionHeadlines, state.filter);
    return state.unreadOnly ? unreadHeadlines(shown, readMarks.read) : shown;
  }, [sectionHeadlines, state.filter, state.unreadOnly, readMarks.read]);
  const section = rows.find((r) => r.section.id === state.sectionId)?.section;

  useEffect(() => {
    dispatch({ type: 'fit-list', count: headlines.length, height: layout.bodyHeight });
  }, [dispatch, headlines.length, layout.bodyHeight]);

  const { onOpen } = props;
  const open = useCallback((h: Headline, list: Headline[], sectionId: string) => onOpen(targetFromHeadline(h, sectionId, list)), [onOpen]);

  const panes: Pane[] = index.breaking.length > 0 ? ['sections', 'headlines', 'ticker'] : ['sections', 'headlines'];
  useHomeKeys({
    state, dispatch, rows, headlines, panes, dir, ticker, active: props.active,
    listHeight: layout.bodyHeight,
    open: (h) => open(h, headlines, state.sectionId ?? ''),
    openTicker: (key) => {
      const h = index.breaking.find((x) => x.key === key);
      if (h) open(h, index.breaking, '');
    },
    bookmark: (h) => bookmarks.toggle({ url: h.link, title: h.title, source: h.source, section: state.sectionId ?? '', fallback: targetFromHeadline(h, '', []).fallback }),
    browse: (h) => {
      services.openUrl(h.link).then((opened) => props.announce(opened ? t('home.opened', { url: h.link }) : h.link, 'info', !opened));
    },
    toggleRead: (h) => readMarks.mark([h.key], !readMarks.read.has(h.key)),
    // From the menu, or on All: the whole edition, its history included, when the store can list it.
    markListRead: (menu) => {
      const wholeEdition = menu || (state.menu === 'sections' && isAllSection(state.sectionId) && !state.filter && !searchShown);
      if (!wholeEdition) return catchUp.markRead(headlines);
      const all = services.readState.unreadKeys;
      if (!all) return catchUp.markRead(index.all);
      all().then(catchUp.markKeys, (error: unknown) => props.announce(t('error.readMarks', { error: (error as Error).message }), 'error'));
    },
    undoMarkRead: catchUp.undo,
    toggleMenu: () => dispatch({ type: 'toggle-menu', first: firstSource }),
    toggleUnreadOnly: () => {
      dispatch({ type: 'toggle-unread-only' });
      props.announce(t(state.unreadOnly ? 'home.showingAll' : 'home.showingUnread'), 'info');
    },
    togglePause: props.onTogglePause,
    refresh: news.refresh,
    quit: props.onQuit,
    help: props.onHelp,
    bookmarks: props.onBookmarks,
  });

  const emptyText = searchShown ? (search.tooShort ? t('home.typeToSearch') : search.pending ? t('home.searching') : t('home.noSearchMatch', { query: (state.searching ? state.searchText : state.searchQuery) ?? '' }))
    : news.phase === 'loading' ? t('home.loading')
    : state.filter ? t('home.noFilterMatch', { filter: state.filter }) : t(state.unreadOnly ? 'home.noUnread' : 'home.empty');
  const hints = useMemo(() => hintsFor(homeHintScopes(state.focus), messages), [state.focus, messages]);
  const position = homePosition(state.list, headlines.length, state.unreadOnly, messages);
  const prompt = state.searching ? { label: `${t('prompt.search')} `, text: state.searchText } : state.filtering ? { label: `${t('prompt.filter')} `, text: state.filter } : null;
  const message = props.status ?? (state.filter && !state.filtering ? { text: t('status.filter', { filter: state.filter }), kind: 'notice' as const } : null);

  const menuFocused = state.focus === 'sections';
  const tree = useMemo(() => (layout.treeWidth > 0
    ? menuPaneRows({ rows, selectedId: state.sectionId, unread, focused: menuFocused }, { width: layout.treeWidth, height: layout.bodyHeight, theme, dir, bidi, messages })
    : []), [rows, state.sectionId, unread, menuFocused, layout, theme, dir, bidi, messages]);
  const listFocused = state.focus === 'headlines';
  const list = useMemo(() => (layout.listWidth > 0
    ? listPaneRows({ headlines, window: state.list, focused: listFocused, read: readMarks.read, bookmarked: bookmarks.urls, fresh: news.fresh, now, empty: emptyText },
      { width: layout.listWidth, height: layout.bodyHeight, theme, dir, bidi, messages })
    : []), [headlines, state.list, listFocused, readMarks.read, bookmarks.urls, news.fresh, now, emptyText, layout, theme, dir, bidi, messages]);
  const body = useMemo(() => homeBodyRows(layout, tree, list, theme), [layout, tree, list, theme]);

  return (
    <Box flexDirection="column" width={size.columns} height={layout.height}>
      <TopBar edition={edition.title} path={state.searchQuery !== null && !state.searching ? [t('top.search', { query: state.searchQuery })] : section?.path ?? []} now={now} phase={news.phase} network={news.network} failures={news.failures}
        unread={props.unread} messages={messages} width={size.columns} theme={theme} dir={dir} bidi={bidi} />
      <Ticker headlines={index.breaking} bidi={bidi} dir={dir} width={size.columns} row={2} paused={props.tickerPaused}
        focused={state.focus === 'ticker'} theme={theme} messages={messages} control={ticker} />
      <RowLines rows={body} width={size.columns} height={layout.bodyHeight} />
      <StatusBar message={message} prompt={prompt} right={position} hints={hints} width={size.columns}
        lines={layout.statusLines} theme={theme} dir={dir} bidi={bidi} />
    </Box>
  );
}
