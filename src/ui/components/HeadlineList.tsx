import { Box, Text } from 'ink';
import { memo } from 'react';
import { canonicalUrl } from '../../core/bookmarks/model.js';
import type { Headline } from '../../core/edition/headlines.js';
import { fitToWidth } from '../../core/text/width.js';
import { headlineRowParts } from '../rows.js';
import { headlineColumns } from '../state/headline-rows.js';
import type { ListWindow } from '../state/list-window.js';
import type { Theme } from '../theme.js';
import { RowText } from './RowText.js';

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
  bidi: 'terminal' | 'reorder';
  /** Shown when the list is empty. */
  empty: string;
  theme: Theme;
}

/** The headline list, windowed: only the `height` visible rows are rendered, however long the list. */
export const HeadlineList = memo(function HeadlineList(props: HeadlineListProps) {
  const { headlines, window, width, height, focused, read, bookmarked, fresh, now, bidi, empty, theme } = props;
  if (headlines.length === 0) {
    return (
      <Box flexDirection="column" width={width} height={height}>
        <Text {...theme.muted}>{fitToWidth(`  ${empty}`, width)}</Text>
      </Box>
    );
  }
  const cols = headlineColumns(width);
  return (
    <Box flexDirection="column" width={width} height={height}>
      {headlines.slice(window.top, window.top + height).map((h, i) => (
        <RowText key={h.key} row={headlineRowParts(h, cols, now, {
          bidi,
          selected: window.top + i === window.cursor,
          focused,
          unread: !read.has(h.key),
          bookmarked: bookmarked.has(canonicalUrl(h.link)),
          fresh: fresh.has(h.key),
        }, theme)} />
      ))}
    </Box>
  );
});
