import { Box, Text } from 'ink';
import { memo } from 'react';
import type { StyledLine } from '../../core/article/types.js';
import { displayWidth } from '../../core/text/width.js';
import { lineText, markMatches, type Match } from '../state/reader-state.js';
import { spanProps, type Theme } from '../theme.js';

/** Props of {@link ArticleView}. */
export interface ArticleViewProps {
  lines: StyledLine[];
  scroll: number;
  height: number;
  /** Width the lines were laid out for, and the left margin that centres them. */
  width: number;
  margin: number;
  matches: Match[];
  current: number;
  theme: Theme;
}

/** Draws only the visible slice of pre-wrapped lines, with search matches highlighted. */
export const ArticleView = memo(function ArticleView({ lines, scroll, height, width, margin, matches, current, theme }: ArticleViewProps) {
  const visible = lines.slice(scroll, scroll + height);
  const pad = ' '.repeat(margin);
  return (
    <Box flexDirection="column" height={height}>
      {visible.map((line, i) => {
        const index = scroll + i;
        const ranges = matches.filter((m) => m.line === index).map((m) => ({ ...m, current: matches.indexOf(m) === current }));
        const spans = markMatches(line, ranges);
        const indent = line.align === 'right' ? ' '.repeat(Math.max(0, width - displayWidth(lineText(line)))) : '';
        return (
          <Text key={index} wrap="truncate">
            {pad}{indent}{spans.length === 0 ? ' ' : null}
            {spans.map((span, k) => {
              const mark = 'mark' in span ? span.mark : undefined;
              const style = mark === 'current' ? theme.currentMatch : mark === 'match' ? theme.match : spanProps(theme, span.style);
              return <Text key={k} {...style}>{span.text}</Text>;
            })}
          </Text>
        );
      })}
    </Box>
  );
});
