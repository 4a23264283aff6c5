import { Box } from 'ink';
import { memo } from 'react';
import type { TextDirection } from '../../core/edition/lang.js';
import { topBarRow, type Bidi, type TopBarInfo } from '../rows.js';
import type { Theme } from '../theme.js';
import { RowText } from './RowText.js';

/** Props of {@link TopBar}. */
export interface TopBarProps extends TopBarInfo {
  width: number;
  theme: Theme;
  dir: TextDirection;
  bidi: Bidi;
}

/** One line: edition › section path on the left; clock, network state and unread count on the right (mirrored for `rtl`). */
export const TopBar = memo(function TopBar({ width, theme, dir, bidi, ...info }: TopBarProps) {
  return (
    <Box width={width} height={1}>
      <RowText row={topBarRow(info, width, theme, dir, bidi)} />
    </Box>
  );
});
