import { Box, Text } from 'ink';
import { memo } from 'react';
import type { Row } from '../rows.js';

/** Draws one screen row built in rows.ts: its parts as nested <Text>, the row style around them. */
export function RowText({ row }: { row: Row }) {
  return (
    <Text wrap="truncate" {...row.style}>
      {row.parts.map((part, i) => (part.style ? <Text key={i} {...part.style}>{part.text}</Text> : part.text))}
    </Text>
  );
}

/** A block of screen rows, one under another (a screen's body, built by pure layout functions). */
export const RowLines = memo(function RowLines({ rows, width, height }: { rows: Row[]; width: number; height: number }) {
  return (
    <Box flexDirection="column" width={width} height={height}>
      {rows.map((row, i) => <RowText key={i} row={row} />)}
    </Box>
  );
});
