import { Box } from 'ink';
import { memo } from 'react';
import type { TextDirection } from '../../core/edition/lang.js';
import type { Bidi } from '../rows.js';
import { statusRows, type StatusInfo } from '../status-rows.js';
import type { Theme } from '../theme.js';
import { RowText } from './RowText.js';

export type { PromptLine } from '../status-rows.js';

/** Props of {@link StatusBar}. */
export interface StatusBarProps extends StatusInfo {
  width: number;
  /** Two lines (message, hints) when there is room; one otherwise, hints giving way. */
  lines: 1 | 2;
  theme: Theme;
  dir: TextDirection;
  bidi: Bidi;
}

/** The bottom lines: a prompt or a message on its own line, and the key hints from the keymap. */
export const StatusBar = memo(function StatusBar({ width, lines, theme, dir, bidi, ...info }: StatusBarProps) {
  return (
    <Box flexDirection="column" width={width} height={lines}>
      {statusRows(info, { width, lines, theme, dir, bidi }).map((row, i) => <RowText key={i} row={row} />)}
    </Box>
  );
});
