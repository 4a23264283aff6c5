import { Box, Text } from 'ink';
import { useCallback, useEffect, useMemo, useRef, type Dispatch } from 'react';
import { isAllSection } from '../../core/edition/all-section.js';
import type { EditionIndex, Headline } from '../../core/edition/headlines.js';
import { HeadlineList } from '../components/HeadlineList.js';
import { SectionTree } from '../components/SectionTree.js';
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
import type { Theme } from '../theme.js';
import type { ScreenProps } from './screen-props.js';
import { homeLayout } from './home-layout.js';

/** Props of {@link HomeScreen}: app-wide state comes in, intents go out. */
export interface HomeScreenProps extends ScreenProps {
  readMarks: ReadMarks;
  bookmarks: BookmarkMarks;
  state: HomeState;
  dispatch: Dispatch<HomeAction>;
  tickerPaused: boolean;
  onTogglePause(): void;
  onOpen(target: ReaderTarget): void;
  onBookmarks(): void;
}

const EMPTY_INDEX: EditionIndex = { all: [], bySection: new Map(), breaking: [] };

/** Section tree and headline list under the top bar and the breaking ticker. */
export function HomeScreen(props: HomeScreenProps) {
  const { news, readMarks, bookmarks, state, dispatch, size, theme, now } = props;
  const services = useServices();
  const edition = news.snapshot?.edition ?? services.news.edition;
  const index = news.snapshot?.index ?? EMPTY_INDEX;
  const layout = homeLayout(size.columns, size.rows, state.focus);
  const ticker = useRef<TickerControl | null>(null);
  const catchUp = useCatchUp(readMarks, props.status, props.announce);

  const { rows, unread, headlines: sourceHeadlines, firstSource } = useHomeMenu(state, edition, news.snapshot, readMarks.read);
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
    state, dispatch, rows, headlines, panes, ticker, active: props.active,
    listHeight: layout.bodyHeight,
    open: (h) => open(h, headlines, state.sectionId ?? ''),
    openTicker: (key) => {
      const h = index.breaking.find((x) => x.key === key);
      if (h) open(h, index.breaking, '');
    },
    bookmark: (h) => bookmarks.toggle({ url: h.link, title: h.title, source: h.source, section: state.sectionId ?? '', fallback: targetFromHeadline(h, '', []).fallback }),
    browse: (h) => {
      services.openUrl(h.link).then((opened) => props.announce(opened ? `Opened in the browser: ${h.link}` : h.link, 'info', !opened));
    },
    toggleRead: (h) => readMarks.mark([h.key], !readMarks.read.has(h.key)),
    // From the menu, or on All: the whole edition, its history included, when the store can list it.
    markListRead: (menu) => {
      const wholeEdition = menu || (state.menu === 'sections' && isAllSection(state.sectionId) && !state.filter && !searchShown);
      if (!wholeEdition) return catchUp.markRead(headlines);
      const all = services.readState.unreadKeys;
      if (!all) return catchUp.markRead(index.all);
      all().then(catchUp.markKeys, (error: unknown) => props.announce(`Read marks: ${(error as Error).message}`, 'error'));
    },
    undoMarkRead: catchUp.undo,
    toggleMenu: () => dispatch({ type: 'toggle-menu', first: firstSource }),
    toggleUnreadOnly: () => {
      dispatch({ type: 'toggle-unread-only' });
      props.announce(state.unreadOnly ? 'Showing all headlines' : 'Showing unread headlines only (U: all)', 'info');
    },
    togglePause: props.onTogglePause,
    refresh: news.refresh,
    quit: props.onQuit,
    help: props.onHelp,
    bookmarks: props.onBookmarks,
  });

  const emptyText = searchShown ? (search.tooShort ? 'Type on to search every stored headline (or Enter)' : search.pending ? 'Searching…' : `Nothing stored matches “${state.searching ? state.searchText : state.searchQuery}”`)
    : news.phase === 'loading' ? 'Loading headlines…'
    : state.filter ? `No headlines match “${state.filter}”` : state.unreadOnly ? 'No unread headlines here (U shows all)' : 'No headlines in this section yet';
  const scope = state.focus === 'sections' ? 'sections' : state.focus === 'ticker' ? 'ticker' : 'list';
  const hints = useMemo(() => hintsFor([scope, 'global']), [scope]);
  const count = headlines.length > 0 ? `${Math.min(state.list.cursor + 1, headlines.length)}/${headlines.length}` : '';
  // Which view is on stays in sight after the announcement goes.
  const position = state.unreadOnly ? `unread only  ${count}`.trimEnd() : count;
  const prompt = state.searching ? { label: 'search: ', text: state.searchText } : state.filtering ? { label: 'filter: ', text: state.filter } : null;
  const message = props.status ?? (state.filter && !state.filtering ? { text: `filter: ${state.filter} (Esc clears)`, kind: 'notice' as const } : null);

  return (
    <Box flexDirection="column" width={size.columns} height={layout.height}>
      <TopBar edition={edition.title} path={state.searchQuery !== null && !state.searching ? [`Search: ${state.searchQuery}`] : section?.path ?? []} now={now} phase={news.phase} network={news.network} failures={news.failures}
        unread={props.unread} width={size.columns} theme={theme} />
      <Ticker headlines={index.breaking} bidi={services.bidi} width={size.columns} row={2} paused={props.tickerPaused}
        focused={state.focus === 'ticker'} theme={theme} control={ticker} />
      <Box flexDirection="row" height={layout.bodyHeight}>
        {layout.treeWidth > 0 ? (
          <SectionTree rows={rows} selectedId={state.sectionId} unread={unread} width={layout.treeWidth}
            height={layout.bodyHeight} focused={state.focus === 'sections'} theme={theme} />
        ) : null}
        {layout.treeWidth > 0 && layout.listWidth > 0 ? <Separator height={layout.bodyHeight} theme={theme} /> : null}
        {layout.listWidth > 0 ? (
          <HeadlineList headlines={headlines} window={state.list} width={layout.listWidth} height={layout.bodyHeight}
            focused={state.focus === 'headlines'} read={readMarks.read} bookmarked={bookmarks.urls} fresh={news.fresh}
            now={now} bidi={services.bidi} empty={emptyText} theme={theme} />
        ) : null}
      </Box>
      <StatusBar message={message} prompt={prompt} right={position} hints={hints} width={size.columns}
        lines={layout.statusLines} theme={theme} />
    </Box>
  );
}

function Separator({ height, theme }: { height: number; theme: Theme }) {
  return (
    <Box width={1} height={height}>
      <Text {...theme.muted}>{Array.from({ length: height }, () => '│').join('\n')}</Text>
    </Box>
  );
}
