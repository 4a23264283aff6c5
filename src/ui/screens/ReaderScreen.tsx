import { Box } from 'ink';
import { useEffect, useMemo, useReducer, useRef } from 'react';
import { renderArticle } from '../../core/article/render.js';
import type { StyledLine } from '../../core/article/types.js';
import { canonicalUrl } from '../../core/bookmarks/model.js';
import { findMenuSection } from '../../core/edition/edition.js';
import { ArticleView } from '../components/ArticleView.js';
import { StatusBar } from '../components/StatusBar.js';
import { TopBar } from '../components/TopBar.js';
import { useArticle } from '../hooks/use-article.js';
import type { BookmarkMarks } from '../hooks/use-bookmark-marks.js';
import { useListen } from '../hooks/use-listen.js';
import { useMoreOnThis } from '../hooks/use-more-on-this.js';
import { useReaderKeys } from '../hooks/use-reader-keys.js';
import { hintsFor } from '../keymap.js';
import { useServices } from '../services-context.js';
import { directedLines, failureNotice, loadingLines, noticeLines, readNextLines } from '../state/article-lines.js';
import { targetFromHeadline, type ReaderTarget } from '../state/navigation.js';
import { findMatches, READER_START, readerReducer } from '../state/reader-state.js';
import type { ScreenProps } from './screen-props.js';
import { urlHost } from '../../core/text/url-host.js';

/** Props of {@link ReaderScreen}. */
export interface ReaderScreenProps extends ScreenProps {
  target: ReaderTarget;
  bookmarks: BookmarkMarks;
  onOpen(target: ReaderTarget, replace: boolean): void;
  onBack(): void;
  onBookmarks(): void;
}

/** Layout for the reader: text at most 100 columns wide, centred. */
export function readerLayout(columns: number, rows: number) {
  const height = Math.max(4, rows - 1);
  const statusLines: 1 | 2 = rows >= 16 ? 2 : 1;
  const width = Math.max(10, Math.min(columns - 2, 100));
  return { height, statusLines, bodyHeight: Math.max(1, height - 1 - statusLines), width, margin: Math.max(0, Math.floor((columns - width) / 2)) };
}

/** The article full screen: header, body, links and "Read next"; search and follow links. */
export function ReaderScreen(props: ReaderScreenProps) {
  const { target, size, theme, news, bookmarks, announce } = props;
  const services = useServices();
  const { messages } = services;
  const { t } = messages;
  const layout = readerLayout(size.columns, size.rows);
  const load = useArticle(target);
  const [state, dispatch] = useReducer(readerReducer, READER_START);

  const shown = useMoreOnThis(load, target);
  const rendered = useMemo(() => (shown ? renderArticle(shown, { width: layout.width, bidi: services.bidi, messages }) : null), [shown, layout.width, services.bidi, messages]);
  const lines = useMemo<StyledLine[]>(() => {
    const ours = (own: StyledLine[]) => directedLines(own, props.dir, services.bidi);
    if (!rendered) return ours(loadingLines(target, layout.width, messages));
    const notice = load.status === 'failed' ? ours(noticeLines(failureNotice(target, load.reason, messages), layout.width)) : [];
    return [...notice, ...(notice.length > 0 ? [{ spans: [] }] : []), ...rendered.lines, ...ours(readNextLines(target.next, layout.width, messages))];
  }, [rendered, load, target, layout.width, props.dir, services.bidi, messages]);
  const max = Math.max(0, lines.length - layout.bodyHeight);
  const matches = useMemo(() => findMatches(lines, state.query), [lines, state.query]);

  useEffect(() => {
    if (load.status === 'ready' && load.notice) announce(load.notice, 'notice');
  }, [load, announce]);
  // A new width re-wraps every line: keep the same place in the text (the end stays the end).
  const laid = useRef({ width: layout.width, max, scroll: state.scroll, length: lines.length });
  useEffect(() => {
    const before = laid.current;
    laid.current = { width: layout.width, max, scroll: state.scroll, length: lines.length };
    if (before.width === layout.width || before.scroll === 0) {
      if (state.scroll > max) dispatch({ type: 'scroll-to', line: max, max });
      return;
    }
    const line = before.scroll >= before.max ? max : Math.round((before.scroll / Math.max(1, before.length)) * lines.length);
    dispatch({ type: 'scroll-to', line, max });
  }, [layout.width, max, lines.length, state.scroll]);

  const links = rendered?.links ?? [];
  const article = load.status === 'ready' ? load.article : undefined;
  const listen = useListen(load.status === 'loading' ? undefined : load.article, announce);
  useReaderKeys({
    state, dispatch, matches, height: layout.bodyHeight, max, active: props.active,
    follow: (n) => {
      const link = links.find((l) => l.n === n);
      if (!link) return announce(t('reader.noSuchLink', { n }), 'notice');
      if (!/^(https?|file):/i.test(link.url)) return announce(link.url, 'info', true);
      props.onOpen({ url: link.url, title: link.text || link.url, source: urlHost(link.url), section: target.section }, false);
    },
    browse: (n) => {
      const url = n === null ? (article?.url || target.url) : links.find((l) => l.n === n)?.url;
      if (!url) return announce(n === null ? t('reader.itemHasNoLink') : t('reader.noSuchLink', { n }), 'notice');
      services.openUrl(url).then((opened) => announce(opened ? t('home.opened', { url }) : url, 'info', !opened));
    },
    listen: listen.toggle,
    bookmark: () => bookmarks.toggle({ url: target.url, title: target.title, source: target.source, section: target.section, fallback: target.fallback, article }),
    nextArticle: () => {
      const [next] = target.next ?? [];
      if (!next) return announce(t('reader.noMore'), 'notice');
      props.onOpen(targetFromHeadline(next, target.section, target.next ?? []), true);
    },
    back: props.onBack,
    quit: props.onQuit,
    help: props.onHelp,
    bookmarks: props.onBookmarks,
    refresh: news.refresh,
  });

  const edition = news.snapshot?.edition ?? services.news.edition;
  const path = useMemo(() => findMenuSection(edition.sections, target.section)?.path ?? [], [edition, target.section]);
  const percent = load.status === 'loading' ? '…' : max === 0 ? '100%' : `${Math.round((state.scroll / max) * 100)}%`;
  const saved = bookmarks.urls.has(canonicalUrl(target.url)) ? '★ ' : '';
  const matchInfo = state.query && !state.searching ? `${matches.length === 0 ? t('status.noMatches') : `${state.match + 1}/${matches.length}`}  ` : '';
  const prompt = state.searching ? { label: '/', text: state.query } : state.link !== null ? { label: `${t('prompt.follow')} `, text: state.link } : null;
  const hints = useMemo(() => hintsFor(['reader', 'global'], messages, ['app.quit', 'app.focusNext', 'ticker.pause']), [messages]);
  return (
    <Box flexDirection="column" width={size.columns} height={layout.height}>
      <TopBar edition={edition.title} path={path} now={props.now} phase={news.phase} network={news.network} failures={news.failures}
        unread={props.unread} messages={messages} width={size.columns} theme={theme} dir={props.dir} bidi={services.bidi} />
      <ArticleView lines={lines} scroll={Math.min(state.scroll, max)} height={layout.bodyHeight} width={layout.width}
        margin={layout.margin} matches={matches} current={state.match} theme={theme} />
      <StatusBar message={props.status} prompt={prompt} right={`${matchInfo}${saved}${percent}`} hints={hints}
        width={size.columns} lines={layout.statusLines} theme={theme} dir={props.dir} bidi={services.bidi} />
    </Box>
  );
}
