import { Box, Text } from 'ink';
import { memo } from 'react';
import type { Bookmark } from '../../core/bookmarks/types.js';
import { relativeTime } from '../../core/text/relative-time.js';
import { displayWidth, fitToWidth, truncateToWidth } from '../../core/text/width.js';
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
}

/** Saved articles, windowed: title, then source, #tags and how long ago it was saved. */
export const BookmarkList = memo(function BookmarkList({ items, window, width, height, now, empty, theme }: BookmarkListProps) {
  if (items.length === 0) {
    return (
      <Box flexDirection="column" height={height}>
        <Text {...theme.muted}>{fitToWidth(`  ${empty}`, width)}</Text>
      </Box>
    );
  }
  return (
    <Box flexDirection="column" height={height}>
      {items.slice(window.top, window.top + height).map((b, i) => {
        const selected = window.top + i === window.cursor;
        const tags = b.tags.map((t) => `#${t}`).join(' ');
        const age = relativeTime(b.savedAt, now);
        const meta = [b.source, tags, age === 'now' ? 'saved just now' : age ? `saved ${age} ago` : ''].filter(Boolean).join(' · ');
        const metaText = truncateToWidth(meta, Math.max(0, Math.floor(width * 0.45)));
        const titleWidth = Math.max(1, width - 3 - (metaText ? displayWidth(metaText) + 1 : 0));
        return (
          <Text key={b.id} wrap="truncate" {...(selected ? theme.selected : {})}>
            <Text {...theme.cursor}>{selected ? '›' : ' '}</Text>
            <Text {...theme.bookmark}>{b.hasArticle ? '★' : '☆'}</Text>
            {' '}
            <Text bold>{fitToWidth(b.title || b.url, titleWidth)}</Text>
            {metaText ? <Text {...theme.muted}>{` ${metaText}`}</Text> : null}
          </Text>
        );
      })}
    </Box>
  );
});
