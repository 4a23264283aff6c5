import { Box } from 'ink';
import { memo } from 'react';
import { topBarRow, type TopBarInfo } from '../rows.js';
import type { Theme } from '../theme.js';
import { RowText } from './RowText.js';

/** Props of {@link TopBar}. */
export interface TopBarProps extends TopBarInfo {
  width: number;
  theme: Theme;
}

/** One line: edition › section path on the left; clock, network state and unread count on the right. */
export const TopBar = memo(function TopBar({ width, theme, ...info }: TopBarProps) {
  return (
    <Box width={width} height={1}>
      <RowText row={topBarRow(info, width, theme)} />
    </Box>
  );
});
