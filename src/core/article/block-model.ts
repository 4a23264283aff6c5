/** The block model of an article body, shared by the terminal layout and Markdown. */
import type { SpanStyle } from './types.js';

/** A run of terminal-safe inline text; `\n` is a hard line break. */
export interface Inline {
  text: string;
  style: SpanStyle;
}

/** One table row; `header` rows come from thead or all-th rows. */
export interface TableRow {
  header: boolean;
  cells: Inline[][];
}

/** A block of an article body. */
export type Block =
  | { kind: 'para'; inlines: Inline[] }
  | { kind: 'heading'; level: number; inlines: Inline[] }
  | { kind: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'indent'; blocks: Block[] }
  | { kind: 'pre'; text: string }
  | { kind: 'table'; rows: TableRow[] }
  | { kind: 'figure'; caption: Inline[]; alt: string; src: string; icon: string }
  | { kind: 'rule' };

/** Plain text of blocks (paragraphs on their own lines), for fallbacks and tests. */
export function plainText(blocks: Block[]): string {
  const parts: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'para' || b.kind === 'heading') parts.push(b.inlines.map((i) => i.text).join(''));
    else if (b.kind === 'list') for (const item of b.items) parts.push(plainText(item));
    else if (b.kind === 'quote' || b.kind === 'indent') parts.push(plainText(b.blocks));
    else if (b.kind === 'pre') parts.push(b.text);
    else if (b.kind === 'table') for (const r of b.rows) parts.push(r.cells.map((c) => c.map((i) => i.text).join('')).join(' '));
    else if (b.kind === 'figure') parts.push([...b.caption.map((i) => i.text), b.alt].join(' ').trim());
  }
  return parts.filter((p) => p !== '').join('\n');
}

