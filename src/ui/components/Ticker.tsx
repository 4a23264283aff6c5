import { Box, Text, useStdout } from 'ink';
import { memo, useCallback, useImperativeHandle, useMemo, type Ref } from 'react';
import type { Headline } from '../../core/edition/headlines.js';
import { fitToWidth } from '../../core/text/width.js';
import { paintRow, sgr } from '../ansi.js';
import { useTicker } from '../hooks/use-ticker.js';
import { tickerFrame, type TickerItem, type TickerState } from '../state/ticker.js';
import type { TextStyle, Theme } from '../theme.js';

/** What the home screen can ask of the ticker without re-rendering with it. */
export interface TickerControl {
  /** Key of the headline under the marker, or null. */
  current(): string | null;
  jump(by: 1 | -1): void;
}

/** Props of {@link Ticker}. */
export interface TickerProps {
  headlines: Headline[];
  width: number;
  /** Screen row (1-based) the ticker sits on, so a real terminal can repaint just that line. */
  row: number;
  paused: boolean;
  focused: boolean;
  theme: Theme;
  control?: Ref<TickerControl>;
}

const LABEL = 'BREAKING';

interface Part { text: string; style?: TextStyle }

/** The ticker line as styled parts: label, marker, then the visible strip. */
function tickerParts(state: TickerState, width: number, paused: boolean, focused: boolean, theme: Theme): Part[] {
  if (state.items.length === 0) {
    return [{ text: LABEL, style: theme.muted }, { text: fitToWidth('  No breaking news right now', Math.max(0, width - LABEL.length)), style: theme.muted }];
  }
  const marker = paused ? ' ‖ ' : ' ▸ ';
  const frame = tickerFrame(state.items, state.offset, Math.max(0, width - LABEL.length - marker.length));
  return [
    { text: LABEL, style: focused ? { ...theme.breaking, inverse: true } : theme.breaking },
    { text: marker, style: theme.breaking },
    ...frame.spans.map((span) => ({
      text: span.text,
      style: focused && span.item === frame.current ? theme.selected : span.fresh ? theme.fresh : undefined,
    })),
  ];
}

/** The breaking strip: scrolls right to left; holds still when paused or focused. */
export const Ticker = memo(function Ticker({ headlines, width, row, paused, focused, theme, control }: TickerProps) {
  const { stdout } = useStdout();
  const items = useMemo<TickerItem[]>(() => headlines.map((h) => ({ key: h.key, text: h.title })), [headlines]);
  // In a real terminal a step rewrites this one line in place: no Ink frame, almost no CPU.
  const paint = useCallback((next: TickerState) => {
    if (!stdout.isTTY || stdout.columns !== width) return false;
    const line = tickerParts(next, width, paused, focused, theme).map((p) => sgr(p.style, p.text)).join('');
    stdout.write(paintRow(row, line));
    return true;
  }, [stdout, width, row, paused, focused, theme]);
  const [state, dispatch, latest] = useTicker(items, !paused && !focused, paint);

  useImperativeHandle(control, () => ({
    current: () => {
      const now = latest();
      const frame = tickerFrame(now.items, now.offset, 1);
      return frame.current >= 0 ? now.items[frame.current]?.key ?? null : null;
    },
    jump: (by) => dispatch({ type: 'jump', by }),
  }), [latest, dispatch]);

  const parts = tickerParts(state, width, paused, focused, theme);
  return (
    <Box width={width} height={1}>
      <Text wrap="truncate">
        {parts.map((p, i) => <Text key={i} {...p.style}>{p.text}</Text>)}
      </Text>
    </Box>
  );
});
