import { Box, Text } from 'ink';
import { memo, type ReactElement } from 'react';
import { displayWidth, fitToWidth, truncateToWidth } from '../../core/text/width.js';
import type { StatusMessage } from '../hooks/use-status.js';
import { hintText } from '../rows.js';
import type { Theme } from '../theme.js';

/** An open one-line prompt (filter, search, tags, link number). */
export interface PromptLine {
  label: string;
  text: string;
}

/** Props of {@link StatusBar}. */
export interface StatusBarProps {
  message: StatusMessage | null;
  prompt: PromptLine | null;
  /** Right-aligned on the first line: position, counts. */
  right: string;
  hints: string[];
  width: number;
  /** Two lines (message, hints) when there is room; one otherwise, hints giving way. */
  lines: 1 | 2;
  theme: Theme;
}

/** The bottom lines: a prompt or a message on its own line, and the key hints from the keymap. */
export const StatusBar = memo(function StatusBar({ message, prompt, right, hints, width, lines, theme }: StatusBarProps) {
  const rightText = right ? ` ${right} ` : '';
  const room = Math.max(0, width - displayWidth(rightText));
  let first: ReactElement | null = null;
  if (prompt) {
    const text = truncateToWidth(`${prompt.text}▏`, Math.max(1, room - displayWidth(prompt.label) - 1), '…');
    first = (
      <Text wrap="truncate">
        <Text {...theme.prompt}>{` ${prompt.label}`}</Text>
        {fitToWidth(text, Math.max(0, room - displayWidth(prompt.label) - 1))}
        <Text {...theme.muted}>{rightText}</Text>
      </Text>
    );
  } else if (message || lines === 2) {
    const role = message?.kind === 'error' ? theme.error : message?.kind === 'notice' ? theme.notice : {};
    first = (
      <Text wrap="truncate">
        <Text {...role}>{fitToWidth(message ? ` ${message.text}` : '', room)}</Text>
        <Text {...theme.muted}>{rightText}</Text>
      </Text>
    );
  }
  return (
    <Box flexDirection="column" width={width} height={lines}>
      {first}
      {lines === 2 || !first ? <Text {...theme.muted} wrap="truncate">{hintText(hints, width)}</Text> : null}
    </Box>
  );
});
