import { Box, useApp, useInput } from 'ink';
import { useCallback, useMemo, useReducer, useState } from 'react';
import { useBookmarkMarks } from './hooks/use-bookmark-marks.js';
import { useMinuteClock } from './hooks/use-clock.js';
import { useEditionNotice } from './hooks/use-edition-notice.js';
import { useNews } from './hooks/use-news.js';
import { useReadState } from './hooks/use-read-state.js';
import { useStatus } from './hooks/use-status.js';
import { useSuspend } from './hooks/use-suspend.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { KEYMAP, keyMatches } from './keymap.js';
import { BookmarksScreen } from './screens/BookmarksScreen.js';
import { HelpOverlay } from './screens/HelpOverlay.js';
import { HomeScreen } from './screens/HomeScreen.js';
import { ReaderScreen } from './screens/ReaderScreen.js';
import { useServices } from './services-context.js';
import { homeReducer, homeStateFor } from './state/home-state.js';
import { unreadCounts } from './state/section-rows.js';
import { currentRoute, NAV_START, navReducer, type ReaderTarget } from './state/navigation.js';
import { createTheme } from './theme.js';

/** Props of {@link App}. */
export interface AppProps {
  /** Open at this section (id or title), with the headlines focused. */
  section?: string;
}

/** The app: shared state, then a short switch over the screen on top of the stack. */
export function App({ section }: AppProps) {
  const services = useServices();
  const { exit } = useApp();
  const size = useTerminalSize();
  const now = useMinuteClock();
  const theme = useMemo(() => createTheme(services.color), [services.color]);
  const [announced, announce] = useStatus();
  const [notice, dismissNotice] = useEditionNotice(services.news.edition.notice);
  const status = notice ?? announced;
  const news = useNews(announce);
  const onReadError = useCallback((m: string) => announce(m, 'error'), [announce]);
  const readMarks = useReadState(onReadError);
  const marks = useBookmarkMarks(announce);
  const [nav, navigate] = useReducer(navReducer, NAV_START);
  const [home, homeDispatch] = useReducer(homeReducer, section, (query) => homeStateFor(services.news.edition.sections, query));
  const [paused, setPaused] = useState(false);
  const { hidden, suspend } = useSuspend(announce);

  // Counted once here: the top bar's total and the menu's per-section counts.
  const unread = useMemo(() => unreadCounts(news.snapshot, readMarks.read), [news.snapshot, readMarks.read]);
  const quit = useCallback(() => exit(), [exit]);
  const help = useCallback(() => navigate({ type: 'toggle-help' }), []);
  const back = useCallback(() => navigate({ type: 'back' }), []);
  const openBookmarks = useCallback(() => navigate({ type: 'open-bookmarks' }), []);
  const open = useCallback((target: ReaderTarget, replace = false) => {
    if (target.key) readMarks.mark([target.key], true);
    navigate({ type: replace ? 'replace-reader' : 'open-reader', target });
  }, [readMarks]);

  // Ctrl-C always quits and Ctrl-Z suspends, whatever screen or prompt has the keys.
  useInput((input, key) => {
    if (notice) dismissNotice();
    if (key.ctrl && input === 'c') exit();
    else if (KEYMAP['app.suspend'].keys.some((spec) => keyMatches(spec, input, key))) suspend();
  });

  const route = currentRoute(nav);
  const active = !nav.help;
  const common = { status, announce, now, size, theme, dir: services.news.edition.dir, active, onQuit: quit, onHelp: help, unread: unread.total };
  let screen;
  if (nav.help) screen = <HelpOverlay width={size.columns} height={Math.max(4, size.rows - 1)} theme={theme} messages={services.messages} bidi={services.bidi} onClose={help} />;
  else if (route.screen === 'reader') {
    screen = <ReaderScreen key={route.target.url + (route.target.bookmarkId ?? '')} target={route.target} news={news} bookmarks={marks}
      onOpen={open} onBack={back} onBookmarks={openBookmarks} {...common} />;
  } else if (route.screen === 'bookmarks') {
    screen = <BookmarksScreen news={news} marks={marks} onOpen={open} onBack={back} {...common} />;
  } else {
    screen = <HomeScreen news={news} readMarks={readMarks} bookmarks={marks} state={home} dispatch={homeDispatch} sectionUnread={unread.bySection}
      tickerPaused={paused} onTogglePause={() => setPaused((p) => !p)} onOpen={open} onBookmarks={openBookmarks} {...common} />;
  }
  // Hidden, not unmounted: the screens keep their state (scroll, selection) across Ctrl-Z.
  return <Box display={hidden ? 'none' : 'flex'}>{screen}</Box>;
}
