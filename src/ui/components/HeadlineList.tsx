import { Box, Text } from 'ink';
import { memo } from 'react';
import type { Headline } from '../../core/edition/headlines.js';
import { fitToWidth } from '../../core/text/width.js';
import { headlineCells, headlineColumns } from '../state/headline-rows.js';
import type { ListWindow } from '../state/list-window.js';
import type { Theme } from '../theme.js';

/** Props of {@link HeadlineList}. */
export interface HeadlineListProps {
  headlines: Headline[];
  window: ListWindow;
  width: number;
  height: number;
  focused: boolean;
  read: ReadonlySet<string>;
  bookmarked: ReadonlySet<string>;
  fresh: ReadonlySet<string>;
  now: Date;
  /** Shown when the list is empty. */
  empty: string;
  theme: Theme;
}

/** The headline list, windowed: only the `height` visible rows are rendered, however long the list. */
export const HeadlineList = memo(function HeadlineList(props: HeadlineListProps) {
  const { headlines, window, width, height, focused, read, bookmarked, fresh, now, empty, theme } = props;
  if (headlines.length === 0) {
    return (
      <Box flexDirection="column" width={width} height={height}>
        <Text {...theme.muted}>{fitToWidth(`  ${empty}`, width)}</Text>
      </Box>
    );
  }
  const cols = headlineColumns(width);
  const visible = headlines.slice(window.top, window.top + height);
  return (
    <Box flexDirection="column" width={width} height={height}>
      {visible.map((h, i) => {
        const index = window.top + i;
        const selected = index === window.cursor;
        const unread = !read.has(h.key);
        const cells = headlineCells(h, cols, now);
        const rowStyle = selected && focused ? theme.selected : {};
        return (
          <Text key={h.key} wrap="truncate" {...rowStyle}>
            <Text {...theme.cursor}>{selected ? '›' : ' '}</Text>
            <Text {...(fresh.has(h.key) ? theme.fresh : theme.unread)}>{unread ? '•' : ' '}</Text>
            <Text {...theme.bookmark}>{bookmarked.has(h.link) ? '★' : ' '}</Text>
            {' '}
            <Text bold={unread}>{cells.title}</Text>
            <Text {...theme.muted}>{cells.source}</Text>
            <Text {...theme.muted}>{cells.age}</Text>
          </Text>
        );
      })}
    </Box>
  );
});
