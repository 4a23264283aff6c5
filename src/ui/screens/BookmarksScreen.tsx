import { Box } from 'ink';
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { BookmarkEntry } from '../../core/bookmarks/types.js';
import { BookmarkList } from '../components/BookmarkList.js';
import { StatusBar } from '../components/StatusBar.js';
import { TopBar } from '../components/TopBar.js';
import type { BookmarkMarks } from '../hooks/use-bookmark-marks.js';
import { useBookmarkList } from '../hooks/use-bookmark-list.js';
import { useKeys } from '../hooks/use-keys.js';
import { actionFor, hintsFor } from '../keymap.js';
import { useServices } from '../services-context.js';
import { BOOKMARKS_START, bookmarksReducer, deletedMessage, parseTags } from '../state/bookmarks-state.js';
import { editLine } from '../state/line-edit.js';
import type { ListMove } from '../state/list-window.js';
import type { ReaderTarget } from '../state/navigation.js';
import type { ScreenProps } from './screen-props.js';
import { readerLayout } from './ReaderScreen.js';

/** Props of {@link BookmarksScreen}. */
export interface BookmarksScreenProps extends ScreenProps {
  marks: BookmarkMarks;
  onOpen(target: ReaderTarget): void;
  onBack(): void;
}

/** Saved articles: search, open offline, delete with undo, edit tags. */
export function BookmarksScreen(props: BookmarksScreenProps) {
  const { size, theme, announce, marks } = props;
  const services = useServices();
  const { messages } = services;
  const { t } = messages;
  const layout = readerLayout(size.columns, size.rows);
  const [state, dispatch] = useReducer(bookmarksReducer, BOOKMARKS_START);
  const onError = useCallback((m: string) => announce(m, 'error'), [announce]);
  const { items, loading, reload } = useBookmarkList(state.query, onError);
  const undo = useRef<BookmarkEntry | null>(null);
  const height = layout.bodyHeight;
  const selected = items[state.list.cursor];
  const count = items.length > 0 ? `${Math.min(state.list.cursor + 1, items.length)}/${items.length}` : '';
  // What the status line leaves a message: its leading space and the right-hand count.
  const messageRoom = size.columns - 1 - (count ? count.length + 2 : 0);

  useEffect(() => {
    dispatch({ type: 'fit', count: items.length, height });
  }, [items.length, height]);

  const changed = () => {
    reload();
    marks.reload();
  };
  const move = (m: ListMove) => dispatch({ type: 'move', move: m, count: items.length, height });

  useKeys((input, key) => {
    if (state.searching) {
      const edit = editLine(state.query, input, key);
      if (edit.type === 'change') dispatch({ type: 'edit-search', text: edit.text });
      else if (edit.type === 'submit') dispatch({ type: 'commit-search' });
      else if (edit.type === 'cancel') dispatch({ type: 'clear-search' });
      return;
    }
    if (state.tags) {
      const { id } = state.tags;
      const edit = editLine(state.tags.text, input, key);
      if (edit.type === 'change') dispatch({ type: 'edit-tags', text: edit.text });
      else if (edit.type === 'cancel') dispatch({ type: 'close-tags' });
      else if (edit.type === 'submit') {
        dispatch({ type: 'close-tags' });
        const tags = parseTags(edit.text);
        services.bookmarks.setTags(id, tags).then(() => {
          announce(tags.length ? t('bookmarks.tags', { tags: tags.join(', ') }) : t('bookmarks.tagsCleared'));
          changed();
        }, (e: unknown) => announce(t('bookmarks.tagsFailed', { error: (e as Error).message }), 'error'));
      }
      return;
    }
    switch (actionFor(['bookmarks', 'global'], input, key)) {
      case 'bookmarks.down': return move({ type: 'move', by: 1 });
      case 'bookmarks.up': return move({ type: 'move', by: -1 });
      case 'bookmarks.top': return move({ type: 'first' });
      case 'bookmarks.bottom': return move({ type: 'last' });
      case 'bookmarks.open':
        if (!selected) return undefined;
        return props.onOpen({ url: selected.url, title: selected.title, source: selected.source, section: selected.section, bookmarkId: selected.id });
      case 'bookmarks.search': return dispatch({ type: 'start-search' });
      case 'bookmarks.tags': return selected ? dispatch({ type: 'start-tags', id: selected.id, tags: selected.tags }) : undefined;
      case 'bookmarks.delete':
        if (!selected) return undefined;
        services.bookmarks.take(selected.id).then((entry) => {
          undo.current = entry ?? null;
          announce(deletedMessage(selected.title || selected.url, messageRoom, messages));
          changed();
        }, (e: unknown) => announce(t('bookmarks.deleteFailed', { error: (e as Error).message }), 'error'));
        return undefined;
      case 'bookmarks.undo': {
        const entry = undo.current;
        if (!entry) return announce(t('bookmarks.nothingToUndo'), 'notice');
        undo.current = null;
        services.bookmarks.restore(entry).then(() => {
          announce(t('bookmarks.restored', { title: entry.bookmark.title }));
          changed();
        }, (e: unknown) => announce(t('bookmarks.restoreFailed', { error: (e as Error).message }), 'error'));
        return undefined;
      }
      case 'bookmarks.back':
        if (key.escape && state.query) return dispatch({ type: 'clear-search' });
        return props.onBack();
      case 'app.quit': return props.onQuit();
      case 'app.help': return props.onHelp();
      default: return undefined;
    }
  }, { isActive: props.active, prompt: state.searching || state.tags !== null });

  const edition = props.news.snapshot?.edition ?? services.news.edition;
  const hints = useMemo(() => hintsFor(['bookmarks', 'global'], messages, ['app.quit', 'app.focusNext', 'ticker.pause', 'app.bookmarks', 'app.refresh']), [messages]);
  const prompt = state.searching ? { label: `${t('prompt.search')} `, text: state.query } : state.tags ? { label: `${t('prompt.tags')} `, text: state.tags.text } : null;
  const empty = loading ? t('bookmarks.loading') : state.query ? t('bookmarks.noMatch', { query: state.query }) : t('bookmarks.empty');
  return (
    <Box flexDirection="column" width={size.columns} height={layout.height}>
      <TopBar edition={edition.title} path={state.query ? [t('top.bookmarks'), `“${state.query}”`] : [t('top.bookmarks')]} now={props.now}
        phase={props.news.phase} network={props.news.network} failures={props.news.failures} unread={props.unread} messages={messages} width={size.columns} theme={theme} dir={props.dir} bidi={services.bidi} />
      <BookmarkList items={items} window={state.list} width={size.columns} height={height} now={props.now} empty={empty} theme={theme} messages={messages} bidi={services.bidi} />
      <StatusBar message={props.status} prompt={prompt} right={count} hints={hints} width={size.columns}
        lines={layout.statusLines} theme={theme} dir={props.dir} bidi={services.bidi} />
    </Box>
  );
}
