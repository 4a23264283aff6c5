import { Box, Text } from 'ink';
import { useMemo, useState } from 'react';
import type { MessageKey, Messages } from '../../core/i18n/messages.js';
import { fitToWidth, wrapText } from '../../core/text/width.js';
import { useKeys } from '../hooks/use-keys.js';
import { actionFor, KEYMAP, keyLabel, shownKey, type KeyBinding, type KeyScope } from '../keymap.js';
import { visualText, type Bidi } from '../rows.js';
import type { Theme } from '../theme.js';

/** Props of {@link HelpOverlay}. */
export interface HelpOverlayProps {
  width: number;
  height: number;
  theme: Theme;
  messages: Messages;
  /** How right-to-left help (Arabic) reaches the terminal. */
  bidi: Bidi;
  onClose(): void;
}

const TITLES: Record<KeyScope, MessageKey> = {
  global: 'scope.global', sections: 'scope.sections', list: 'scope.list', ticker: 'scope.ticker',
  reader: 'scope.reader', bookmarks: 'scope.bookmarks', help: 'scope.help',
};

const KEY_WIDTH = 16;
// "  " + keys + " ": where a description starts, and where its wrapped lines continue.
const LEAD = 2 + KEY_WIDTH + 1;
// Narrower columns would wrap most descriptions onto two or three lines.
const MIN_COLUMN = 48;

interface HelpLine { text: string; heading: boolean }

/** Every binding of the keymap, grouped by where it applies; descriptions wrap (never cut) to `width`. */
export function helpLines(messages: Messages, width = Number.POSITIVE_INFINITY): HelpLine[] {
  const lines: HelpLine[] = [];
  const room = Math.max(8, width - LEAD);
  for (const scope of Object.keys(TITLES) as KeyScope[]) {
    if (lines.length > 0) lines.push({ text: '', heading: false });
    lines.push({ text: messages.t(TITLES[scope]), heading: true });
    for (const binding of Object.values(KEYMAP) as KeyBinding[]) {
      if (binding.scope !== scope) continue;
      const help = messages.t(binding.help);
      const [first, ...rest] = Number.isFinite(width) ? wrapText(help, room) : [help];
      lines.push({ text: `  ${fitToWidth(binding.keys.map((spec) => shownKey(keyLabel(spec), messages)).join(' '), KEY_WIDTH)} ${first}`, heading: false });
      for (const more of rest) lines.push({ text: `${' '.repeat(LEAD)}${more}`, heading: false });
    }
  }
  return lines;
}

/** How the help fills a screen: the fewest columns that show it all (else the most), and its lines. */
export interface HelpLayout {
  body: number;
  columns: number;
  colWidth: number;
  lines: HelpLine[];
  maxStart: number;
}

/** Lays the help out for `width` × `height` (the first line is the title). */
export function helpLayout(width: number, height: number, messages: Messages): HelpLayout {
  const body = Math.max(1, height - 2);
  const most = Math.max(1, Math.floor(width / MIN_COLUMN));
  let layout: HelpLayout | null = null;
  for (let columns = 1; columns <= most; columns++) {
    const colWidth = Math.floor(width / columns);
    const lines = helpLines(messages, colWidth - 1);
    layout = { body, columns, colWidth, lines, maxStart: Math.max(0, lines.length - body * columns) };
    if (layout.maxStart === 0) break;
  }
  return layout as HelpLayout;
}

/** The help screen: the keymap in columns; its scroll keys scroll it, Esc / ? / q close it. */
export function HelpOverlay({ width, height, theme, messages, bidi, onClose }: HelpOverlayProps) {
  const { body, columns, colWidth, lines, maxStart } = useMemo(() => helpLayout(width, height, messages), [width, height, messages]);
  const [offset, setStart] = useState(0);
  const start = Math.min(offset, maxStart);
  const scroll = (by: number) => setStart((s) => Math.max(0, Math.min(maxStart, Math.min(s, maxStart) + by)));
  // Through useKeys: a held key arrives as one chunk (`jjjj`) and must scroll, not close.
  useKeys((input, key) => {
    switch (actionFor(['help'], input, key)) {
      case 'help.down': return scroll(1);
      case 'help.up': return scroll(-1);
      case 'help.pageDown': return scroll(body);
      case 'help.pageUp': return scroll(-body);
      case 'help.close': return onClose();
      default: return undefined;
    }
  }, { isActive: true, prompt: false });
  const capacity = body * columns;
  const shown = lines.slice(start, start + capacity);
  const cols = Array.from({ length: columns }, (_, c) => shown.slice(c * body, (c + 1) * body));
  // Help in a right-to-left language reads from the right: columns, keys and text mirrored.
  const rtl = messages.dir === 'rtl';
  const cell = (text: string, cells: number) => (rtl ? fitToWidth(visualText(text.trimEnd(), bidi, 'rtl'), cells, 'right') : fitToWidth(text, cells));
  if (rtl) cols.reverse();
  const more = maxStart > 0 ? ` · ${messages.t(start < maxStart ? 'help.more' : 'help.end')}` : '';
  const title = ` ${messages.t('help.title')}${more}`;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text {...theme.brand} wrap="truncate">{cell(`${title} `, width)}</Text>
      <Box flexDirection="row" height={body}>
        {cols.map((col, c) => (
          <Box key={c} flexDirection="column" width={colWidth}>
            {col.map((line, i) => (
              <Text key={i} wrap="truncate" {...(line.heading ? theme.heading : {})}>{cell(line.text || ' ', colWidth - 1)}</Text>
            ))}
          </Box>
        ))}
      </Box>
    </Box>
  );
}
