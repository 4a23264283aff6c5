import { Box, Text, useInput } from 'ink';
import { useMemo, useState } from 'react';
import { fitToWidth } from '../../core/text/width.js';
import { KEYMAP, keyLabel, type KeyBinding, type KeyScope } from '../keymap.js';
import type { Theme } from '../theme.js';

/** Props of {@link HelpOverlay}. */
export interface HelpOverlayProps {
  width: number;
  height: number;
  theme: Theme;
  onClose(): void;
}

const TITLES: Record<KeyScope, string> = {
  global: 'Everywhere', sections: 'Section menu', list: 'Headlines', ticker: 'Breaking ticker (Tab to it)',
  reader: 'Reader', bookmarks: 'Bookmarks',
};

interface HelpLine { text: string; heading: boolean }

/** Every binding of the keymap, grouped by where it applies; built from the same table as the hints. */
export function helpLines(keyWidth = 16): HelpLine[] {
  const lines: HelpLine[] = [];
  for (const scope of Object.keys(TITLES) as KeyScope[]) {
    if (lines.length > 0) lines.push({ text: '', heading: false });
    lines.push({ text: TITLES[scope], heading: true });
    for (const binding of Object.values(KEYMAP) as KeyBinding[]) {
      if (binding.scope !== scope) continue;
      lines.push({ text: `  ${fitToWidth(binding.keys.map(keyLabel).join(' '), keyWidth)} ${binding.help}`, heading: false });
    }
  }
  return lines;
}

/** The help screen: the keymap in columns; j/k scroll when it does not fit, any other key closes. */
export function HelpOverlay({ width, height, theme, onClose }: HelpOverlayProps) {
  const lines = useMemo(() => helpLines(), []);
  const [start, setStart] = useState(0);
  const body = Math.max(1, height - 2);
  const columns = Math.max(1, Math.floor(width / 60));
  const colWidth = Math.floor(width / columns);
  const capacity = body * columns;
  const maxStart = Math.max(0, lines.length - capacity);
  useInput((input, key) => {
    if (input === 'j' || key.downArrow) setStart((s) => Math.min(maxStart, s + 1));
    else if (input === 'k' || key.upArrow) setStart((s) => Math.max(0, s - 1));
    else if (input === ' ' || key.pageDown) setStart((s) => Math.min(maxStart, s + body));
    else if (key.pageUp) setStart((s) => Math.max(0, s - body));
    else onClose();
  });
  const shown = lines.slice(start, start + capacity);
  const cols = Array.from({ length: columns }, (_, c) => shown.slice(c * body, (c + 1) * body));
  const more = maxStart > 0 ? (start + shown.length < lines.length ? ' · j/k: more ↓' : ' · j/k: end') : '';
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text {...theme.brand} wrap="truncate">{fitToWidth(` Keys · any other key closes${more}`, width)}</Text>
      <Box flexDirection="row" height={body}>
        {cols.map((col, c) => (
          <Box key={c} flexDirection="column" width={colWidth}>
            {col.map((line, i) => (
              <Text key={i} wrap="truncate" {...(line.heading ? theme.heading : {})}>{fitToWidth(line.text || ' ', colWidth - 1)}</Text>
            ))}
          </Box>
        ))}
      </Box>
    </Box>
  );
}
