/**
 * Tables as box-drawn grids when they fit (cells wrap inside their columns), otherwise
 * one block per row: `Header: value` lines, which stay readable at any width.
 */
import { displayWidth } from '../text/width.js';
import { detectDirection, visualOrder } from './bidi.js';
import type { Inline, TableRow } from './blocks.js';
import { spansText, spansWidth, wrapSpans } from './inline.js';
import type { LayoutContext, LayoutLine } from './layout.js';
import type { Span, SpanStyle } from './types.js';

const BORDER: SpanStyle = { color: 'muted' };
// A column narrower than this wraps words too often to be worth a grid.
const MIN_COLUMN = 4;
const MAX_MIN_COLUMN = 16;

interface Grid {
  header: boolean[];
  cells: Inline[][][];
  columns: number;
}

function normalise(rows: TableRow[]): Grid {
  const columns = Math.max(...rows.map((r) => r.cells.length));
  return {
    header: rows.map((r) => r.header),
    cells: rows.map((r) => Array.from({ length: columns }, (_, i) => r.cells[i] ?? [])),
    columns,
  };
}

function longestWord(cell: Inline[]): number {
  let longest = 0;
  for (const word of spansText(cell).split(/\s+/)) longest = Math.max(longest, displayWidth(word));
  return longest;
}

/** Column widths that fit `width`, or null when even the narrowest grid would not. */
function columnWidths(grid: Grid, width: number): number[] | null {
  const overhead = 3 * grid.columns + 1;
  const natural = Array.from({ length: grid.columns }, (_, c) =>
    Math.max(1, ...grid.cells.map((row) => Math.max(...spansText(row[c]).split('\n').map((l) => displayWidth(l))))),
  );
  if (natural.reduce((a, b) => a + b, 0) + overhead <= width) return natural;
  const minimum = natural.map((n, c) =>
    Math.min(n, Math.max(MIN_COLUMN, Math.min(MAX_MIN_COLUMN, Math.max(...grid.cells.map((row) => longestWord(row[c])))))),
  );
  const room = width - overhead - minimum.reduce((a, b) => a + b, 0);
  if (room < 0) return null;
  // Share what is left in proportion to how much each column still wants.
  const wants = natural.map((n, c) => n - minimum[c]);
  const totalWant = wants.reduce((a, b) => a + b, 0) || 1;
  const widths = minimum.map((m, c) => m + Math.floor((room * wants[c]) / totalWant));
  let spare = width - overhead - widths.reduce((a, b) => a + b, 0);
  for (let c = 0; spare > 0 && c < widths.length; c++) {
    if (widths[c] < natural[c]) {
      widths[c]++;
      spare--;
    }
  }
  return widths;
}

function cellLines(cell: Inline[], width: number, ctx: LayoutContext): { spans: Span[]; rtl: boolean }[] {
  const rtl = (ctx.dir ?? detectDirection(spansText(cell)) ?? 'ltr') === 'rtl';
  return wrapSpans(cell, width).map((spans) => ({ spans: ctx.reorder ? visualOrder(spans, rtl ? 'rtl' : 'ltr') : spans, rtl }));
}

function pad(line: { spans: Span[]; rtl: boolean } | undefined, width: number): Span[] {
  if (!line) return [{ text: ' '.repeat(width) }];
  const fill = { text: ' '.repeat(Math.max(0, width - spansWidth(line.spans))) };
  return line.rtl ? [fill, ...line.spans] : [...line.spans, fill];
}

function rule(widths: number[], left: string, mid: string, right: string): Span[] {
  return [{ text: left + widths.map((w) => '─'.repeat(w + 2)).join(mid) + right, style: BORDER }];
}

function gridLines(grid: Grid, widths: number[], ctx: LayoutContext): LayoutLine[] {
  const rtlTable = ctx.reorder && ctx.dir === 'rtl';
  // In an RTL article the first column goes on the right (the lines are already visual).
  const order = widths.map((_, i) => (rtlTable ? widths.length - 1 - i : i));
  const ordered = order.map((i) => widths[i]);
  const dir = ctx.dir ?? 'ltr';
  const line = (spans: Span[]): LayoutLine => ({ spans, dir, visual: true });
  const rows = grid.cells.map((row) => order.map((c) => cellLines(row[c], widths[c], ctx)));
  const separateRows = rows.some((row) => row.some((cell) => cell.length > 1));
  const out: LayoutLine[] = [line(rule(ordered, '┌', '┬', '┐'))];
  rows.forEach((row, r) => {
    if (r > 0 && (separateRows || (grid.header[r - 1] && !grid.header[r]))) out.push(line(rule(ordered, '├', '┼', '┤')));
    const height = Math.max(1, ...row.map((cell) => cell.length));
    for (let k = 0; k < height; k++) {
      const spans: Span[] = [{ text: '│ ', style: BORDER }];
      row.forEach((cell, i) => {
        if (i > 0) spans.push({ text: ' │ ', style: BORDER });
        spans.push(...pad(cell[k], ordered[i]));
      });
      spans.push({ text: ' │', style: BORDER });
      out.push(line(spans));
    }
  });
  out.push(line(rule(ordered, '└', '┴', '┘')));
  return out;
}

// One block per row: "Header: value" (or just the values without a header row).
function rowBlocks(grid: Grid, ctx: LayoutContext): LayoutLine[] {
  const headerIndex = grid.header.indexOf(true);
  const headers = headerIndex >= 0 ? grid.cells[headerIndex].map((cell) => spansText(cell).trim()) : [];
  const out: LayoutLine[] = [];
  grid.cells.forEach((row, r) => {
    if (grid.header[r]) return;
    const entries: Span[][] = [];
    row.forEach((cell, c) => {
      if (spansText(cell).trim() === '' && !headers[c]) return;
      const label = headers[c] ? [{ text: `${headers[c]}: `, style: { bold: true } as SpanStyle }] : [];
      entries.push([...label, ...cell.filter((i) => i.text !== '\n')]);
    });
    if (entries.length === 0) return;
    if (out.length > 0) out.push({ spans: [], dir: ctx.dir ?? 'ltr' });
    for (const entry of entries) {
      const dir = ctx.dir ?? detectDirection(spansText(entry)) ?? 'ltr';
      for (const spans of wrapSpans(entry, ctx.width)) out.push({ spans, dir });
    }
  });
  return out;
}

/** Lays out a table for `ctx.width`: a grid, or row blocks when a grid cannot fit. */
export function layoutTable(rows: TableRow[], ctx: LayoutContext): LayoutLine[] {
  if (rows.length === 0) return [];
  const grid = normalise(rows);
  const widths = columnWidths(grid, ctx.width);
  return widths ? gridLines(grid, widths, ctx) : rowBlocks(grid, ctx);
}
