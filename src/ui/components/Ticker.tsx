import { Box, useStdout } from 'ink';
import { memo, useCallback, useImperativeHandle, useMemo, type Ref } from 'react';
import type { Headline } from '../../core/edition/headlines.js';
import type { TextDirection } from '../../core/edition/lang.js';
import type { Messages } from '../../core/i18n/messages.js';
import { paintRow, rowAnsi } from '../ansi.js';
import { useTicker } from '../hooks/use-ticker.js';
import { tickerRow } from '../rows.js';
import { tickerFrame, tickerItems, type TickerState } from '../state/ticker.js';
import type { Theme } from '../theme.js';
import { RowText } from './RowText.js';

/** What the home screen can ask of the ticker without re-rendering with it. */
export interface TickerControl {
  /** Key of the headline under the marker, or null. */
  current(): string | null;
  jump(by: 1 | -1): void;
}

/** Props of {@link Ticker}. */
export interface TickerProps {
  headlines: Headline[];
  bidi: 'terminal' | 'reorder';
  /** Which way the strip reads: right to left it scrolls rightwards, its label on the right. */
  dir: TextDirection;
  width: number;
  /** Screen row (1-based) the ticker sits on, so a real terminal can repaint just that line. */
  row: number;
  paused: boolean;
  focused: boolean;
  theme: Theme;
  messages: Messages;
  control?: Ref<TickerControl>;
}

/** The breaking strip: scrolls away from its label; holds still when paused or focused. */
export const Ticker = memo(function Ticker({ headlines, bidi, dir, width, row, paused, focused, theme, messages, control }: TickerProps) {
  const { stdout } = useStdout();
  const items = useMemo(() => tickerItems(headlines, bidi), [headlines, bidi]);
  // In a real terminal a step rewrites this one line in place: no Ink frame, almost no CPU.
  const paint = useCallback((next: TickerState) => {
    if (!stdout.isTTY || stdout.columns !== width) return false;
    stdout.write(paintRow(row, rowAnsi(tickerRow(next, width, paused, focused, theme, messages, dir, bidi))));
    return true;
  }, [stdout, width, row, paused, focused, theme, messages, dir, bidi]);
  const [state, dispatch, latest] = useTicker(items, !paused && !focused, paint);

  useImperativeHandle(control, () => ({
    current: () => {
      const now = latest();
      const frame = tickerFrame(now.items, now.offset, 1);
      return frame.current >= 0 ? now.items[frame.current]?.key ?? null : null;
    },
    jump: (by) => dispatch({ type: 'jump', by }),
  }), [latest, dispatch]);

  return (
    <Box width={width} height={1}>
      <RowText row={tickerRow(state, width, paused, focused, theme, messages, dir, bidi)} />
    </Box>
  );
});
