import { Box, Text } from 'ink';
import { memo } from 'react';
import type { Bookmark } from '../../core/bookmarks/types.js';
import type { Messages } from '../../core/i18n/messages.js';
import { bookmarkRowParts, indentedLine, type Bidi } from '../rows.js';
import { bookmarkColumns } from '../state/bookmark-rows.js';
import { RowText } from './RowText.js';
import type { ListWindow } from '../state/list-window.js';
import type { Theme } from '../theme.js';

/** Props of {@link BookmarkList}. */
export interface BookmarkListProps {
  items: Bookmark[];
  window: ListWindow;
  width: number;
  height: number;
  now: Date;
  empty: string;
  theme: Theme;
  messages: Messages;
  bidi: Bidi;
}

/** Saved articles, windowed, in aligned columns: title, source and #tags, how long ago it was saved (mirrored right to left). */
export const BookmarkList = memo(function BookmarkList({ items, window, width, height, now, empty, theme, messages, bidi }: BookmarkListProps) {
  if (items.length === 0) {
    return (
      <Box flexDirection="column" height={height}>
        <Text {...theme.muted}>{indentedLine(empty, width, messages.dir, bidi)}</Text>
      </Box>
    );
  }
  const cols = bookmarkColumns(items, width, messages);
  return (
    <Box flexDirection="column" height={height}>
      {items.slice(window.top, window.top + height).map((b, i) => (
        <RowText key={b.id} row={bookmarkRowParts(b, cols, now, window.top + i === window.cursor, theme, messages, bidi)} />
      ))}
    </Box>
  );
});
