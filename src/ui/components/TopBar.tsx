import { Box, Text } from 'ink';
import { memo } from 'react';
import { displayWidth, truncateToWidth } from '../../core/text/width.js';
import type { NetworkState } from '../state/news-report.js';
import type { Theme } from '../theme.js';

/** Props of {@link TopBar}. */
export interface TopBarProps {
  edition: string;
  path: string[];
  now: Date;
  phase: 'loading' | 'refreshing' | 'idle';
  network: NetworkState;
  unread: number;
  width: number;
  theme: Theme;
}

function clock(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/** One line: edition › section path on the left; clock, network state and unread count on the right. */
export const TopBar = memo(function TopBar({ edition, path, now, phase, network, unread, width, theme }: TopBarProps) {
  const state = phase === 'loading' ? '◌ loading' : phase === 'refreshing' ? '↻ refreshing' : network === 'offline' ? '○ offline' : network === 'online' ? '● online' : '◌';
  const stateRole = phase !== 'idle' ? 'notice' : network === 'offline' ? 'offline' : 'online';
  const unreadText = `${unread} unread`;
  const right = width >= 60 ? [clock(now), state, unreadText] : width >= 46 ? [state, unreadText] : [unreadText];
  const rightText = ` ${right.join('  ')} `;
  const room = Math.max(0, width - displayWidth(rightText));
  const crumbs = path.length > 0 ? ` › ${path.join(' › ')}` : '';
  const left = truncateToWidth(` ${edition}${crumbs}`, room);
  const brandFull = ` ${edition}`;
  const [brand, rest] = left.startsWith(brandFull) ? [brandFull, left.slice(brandFull.length)] : [left, ''];
  const pad = ' '.repeat(Math.max(0, room - displayWidth(left)));
  return (
    <Box width={width} height={1}>
      <Text wrap="truncate">
        <Text {...theme.brand}>{brand}</Text>
        <Text {...theme.chrome}>{rest}</Text>
        {pad}
        {right.length === 3 ? <Text {...theme.muted}>{` ${right[0]}  `}</Text> : ' '}
        {right.length >= 2 ? <Text {...theme[stateRole]}>{state}</Text> : null}
        {right.length >= 2 ? '  ' : null}
        <Text {...theme.unread}>{unreadText}</Text>
        {' '}
      </Text>
    </Box>
  );
});
