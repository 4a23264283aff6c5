import { Text } from 'ink';
import type { Row } from '../rows.js';

/** Draws one screen row built in rows.ts: its parts as nested <Text>, the row style around them. */
export function RowText({ row }: { row: Row }) {
  return (
    <Text wrap="truncate" {...row.style}>
      {row.parts.map((part, i) => (part.style ? <Text key={i} {...part.style}>{part.text}</Text> : part.text))}
    </Text>
  );
}
