import type { Row } from './rows.js';
import type { TextStyle } from './theme.js';

const COLORS: Record<string, number> = { black: 30, red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, white: 37 };

/** `text` wrapped in the SGR codes of an Ink text style (for lines painted outside Ink). */
export function sgr(style: TextStyle | undefined, text: string): string {
  if (!style || text === '') return text;
  const codes: number[] = [];
  if (style.bold) codes.push(1);
  if (style.dimColor) codes.push(2);
  if (style.italic) codes.push(3);
  if (style.underline) codes.push(4);
  if (style.inverse) codes.push(7);
  if (style.color && COLORS[style.color]) codes.push(COLORS[style.color]);
  return codes.length > 0 ? `\u001b[${codes.join(';')}m${text}\u001b[0m` : text;
}

/** Writes `line` at screen row `row` (1-based) and puts the cursor back where it was. */
export function paintRow(row: number, line: string): string {
  return `\u001b7\u001b[${row};1H${line}\u001b[0m\u001b8`;
}

/** A row from rows.ts as one SGR-styled string (the row style applies to every part); plain text with `styled` false. */
export function rowAnsi(row: Row, styled = true): string {
  if (!styled) return row.parts.map((part) => part.text).join('');
  return row.parts.map((part) => sgr(row.style || part.style ? { ...row.style, ...part.style } : undefined, part.text)).join('');
}
