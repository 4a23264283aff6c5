import { Box, Text } from 'ink';
import { memo, useImperativeHandle, useMemo, type Ref } from 'react';
import type { Headline } from '../../core/edition/headlines.js';
import { fitToWidth } from '../../core/text/width.js';
import { useTicker } from '../hooks/use-ticker.js';
import { tickerFrame, type TickerItem } from '../state/ticker.js';
import type { Theme } from '../theme.js';

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
  paused: boolean;
  focused: boolean;
  theme: Theme;
  control?: Ref<TickerControl>;
}

const LABEL = 'BREAKING';

/** The breaking strip: scrolls right to left, holds still when paused or focused. */
export const Ticker = memo(function Ticker({ headlines, width, paused, focused, theme, control }: TickerProps) {
  const items = useMemo<TickerItem[]>(() => headlines.map((h) => ({ key: h.key, text: h.title })), [headlines]);
  const [state, dispatch] = useTicker(items, !paused && !focused);
  const marker = paused ? ' ‖ ' : ' ▸ ';
  const room = Math.max(0, width - LABEL.length - marker.length);
  const frame = tickerFrame(state.items, state.offset, room);
  useImperativeHandle(control, () => ({
    current: () => (frame.current >= 0 ? state.items[frame.current]?.key ?? null : null),
    jump: (by) => dispatch({ type: 'jump', by }),
  }), [frame.current, state.items, dispatch]);

  const labelStyle = focused ? { ...theme.breaking, inverse: true } : theme.breaking;
  if (state.items.length === 0) {
    return (
      <Box width={width} height={1}>
        <Text wrap="truncate">
          <Text {...theme.muted}>{LABEL}</Text>
          <Text {...theme.muted}>{fitToWidth('  No breaking news right now', Math.max(0, width - LABEL.length))}</Text>
        </Text>
      </Box>
    );
  }
  return (
    <Box width={width} height={1}>
      <Text wrap="truncate">
        <Text {...labelStyle}>{LABEL}</Text>
        <Text {...theme.breaking}>{marker}</Text>
        {frame.spans.map((span, i) => {
          const style = focused && span.item === frame.current ? theme.selected : span.fresh ? theme.fresh : undefined;
          return <Text key={i} {...style}>{span.text}</Text>;
        })}
      </Text>
    </Box>
  );
});
