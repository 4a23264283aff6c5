import { Box, Text } from 'ink';
import { memo } from 'react';
import { displayWidth, fitToWidth } from '../../core/text/width.js';
import type { SectionRow } from '../state/section-rows.js';
import type { Theme } from '../theme.js';

/** Props of {@link SectionTree}. */
export interface SectionTreeProps {
  rows: SectionRow[];
  selectedId: string | null;
  unread: ReadonlyMap<string, number>;
  width: number;
  height: number;
  focused: boolean;
  theme: Theme;
}

/** The section menu: groups with ▾/▸, unread counts on the right; scrolls to keep the selection in view. */
export const SectionTree = memo(function SectionTree({ rows, selectedId, unread, width, height, focused, theme }: SectionTreeProps) {
  const cursor = Math.max(0, rows.findIndex((r) => r.section.id === selectedId));
  const top = Math.max(0, Math.min(cursor - Math.floor(height / 2), rows.length - height));
  const visible = rows.slice(top, top + height);
  return (
    <Box flexDirection="column" width={width} height={height}>
      {visible.map((row) => {
        const selected = row.section.id === selectedId;
        const count = unread.get(row.section.id) ?? 0;
        const countText = count > 0 ? ` ${count}` : '';
        const arrow = row.hasChildren ? (row.expanded ? '▾ ' : '▸ ') : '  ';
        const label = `${'  '.repeat(row.depth)}${arrow}${row.section.title}`;
        const labelWidth = Math.max(0, width - 1 - displayWidth(countText));
        return (
          <Text key={row.section.id} wrap="truncate" {...(selected && focused ? theme.selected : {})}>
            <Text {...theme.cursor}>{selected ? '›' : ' '}</Text>
            <Text bold={row.depth === 0 || selected}>{fitToWidth(label, labelWidth)}</Text>
            <Text {...theme.unread}>{countText}</Text>
          </Text>
        );
      })}
    </Box>
  );
});
