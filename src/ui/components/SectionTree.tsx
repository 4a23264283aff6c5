import { Box } from 'ink';
import { memo } from 'react';
import { sectionRowParts, sectionTreeTop } from '../rows.js';
import type { SectionRow } from '../state/section-rows.js';
import type { Theme } from '../theme.js';
import { RowText } from './RowText.js';

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
  const top = sectionTreeTop(rows, selectedId, height);
  return (
    <Box flexDirection="column" width={width} height={height}>
      {rows.slice(top, top + height).map((row) => (
        <RowText key={row.section.id}
          row={sectionRowParts(row, row.section.id === selectedId, focused, unread.get(row.section.id) ?? 0, width, theme)} />
      ))}
    </Box>
  );
});
