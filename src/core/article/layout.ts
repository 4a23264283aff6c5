/**
 * Block model → pre-wrapped logical lines for one width. Nesting (lists, quotes) lays
 * the children out narrower and prefixes each line; right-to-left reordering happens
 * once at the end (render.ts), so prefixes land on the right side of RTL lines.
 */
import { displayWidth, graphemes } from '../text/width.js';
import { detectDirection, visualOrder } from './bidi.js';
import type { Block, Inline } from './blocks.js';
import { spansText, spansWidth, wrapSpans } from './inline.js';
import { layoutTable } from './table.js';
import type { Span, SpanStyle } from './types.js';

/** A laid-out line before bidi processing; `visual` lines are already in screen order. */
export interface LayoutLine {
  spans: Span[];
  dir: 'ltr' | 'rtl';
  visual?: boolean;
  /** Overrides the alignment that `dir` implies (an LTR line inside an RTL article). */
  align?: 'left' | 'right';
  /** May run past the width (a whole URL for a pipe): never cut. */
  unbounded?: boolean;
}

/** Width, the article's direction (null: decide per paragraph) and the bidi mode. */
export interface LayoutContext {
  width: number;
  dir: 'ltr' | 'rtl' | null;
  reorder: boolean;
}

const MIN_INNER = 8;
const BULLETS = ['•', '◦', '▪'];
const MUTED: SpanStyle = { color: 'muted' };
const QUOTE: SpanStyle = { color: 'quote' };
const CODE: SpanStyle = { color: 'code' };

/** Direction of a run of text under the article's direction. */
export function directionOf(text: string, ctx: LayoutContext): 'ltr' | 'rtl' {
  return ctx.dir ?? detectDirection(text) ?? 'ltr';
}

/** Wraps inline runs into lines with one direction (from their text). */
export function paragraphLines(inlines: Inline[] | Span[], width: number, ctx: LayoutContext): LayoutLine[] {
  const dir = directionOf(inlines.map((i) => i.text).join(''), ctx);
  return wrapSpans(inlines, width).map((spans) => ({ spans, dir }));
}

/** Prefixes lines (`first` on the first, `rest` on the others); trailing blanks trimmed. */
export function prefixLines(lines: LayoutLine[], first: Span[], rest: Span[], ctx: LayoutContext): LayoutLine[] {
  return lines.map((line, i) => {
    let prefix = i === 0 ? first : rest;
    if (line.spans.length === 0) prefix = trimEnd(prefix);
    if (line.visual && line.dir === 'rtl' && ctx.reorder) return { ...line, spans: [...line.spans, ...visualOrder(prefix, 'rtl')] };
    return { ...line, spans: [...prefix, ...line.spans] };
  });
}

function trimEnd(spans: Span[]): Span[] {
  const out = spans.map((s) => ({ ...s }));
  while (out.length > 0) {
    const last = out[out.length - 1];
    last.text = last.text.replace(/\s+$/, '');
    if (last.text !== '') break;
    out.pop();
  }
  return out;
}

const blank = (dir: 'ltr' | 'rtl' = 'ltr'): LayoutLine => ({ spans: [], dir });

/** Lays out blocks; `tight` drops the blank line between them (inside list items). */
export function layoutBlocks(blocks: Block[], ctx: LayoutContext, tight = false, depth = 0): LayoutLine[] {
  const out: LayoutLine[] = [];
  for (const block of blocks) {
    const lines = layoutBlock(block, ctx, depth);
    if (lines.length === 0) continue;
    if (out.length > 0 && !tight) out.push(blank(lines[0].dir));
    out.push(...lines);
  }
  return out;
}

function layoutBlock(block: Block, ctx: LayoutContext, depth: number): LayoutLine[] {
  switch (block.kind) {
    case 'para':
      return paragraphLines(block.inlines, ctx.width, ctx);
    case 'heading':
      return headingLines(block.inlines, block.level, ctx);
    case 'list':
      return listLines(block, ctx, depth);
    case 'quote':
      return nested(block.blocks, ctx, depth, [{ text: '│ ', style: QUOTE }], [{ text: '│ ', style: QUOTE }], false);
    case 'indent':
      return nested(block.blocks, ctx, depth, [{ text: '  ' }], [{ text: '  ' }], true);
    case 'pre':
      return preLines(block.text, ctx);
    case 'table':
      return layoutTable(block.rows, ctx);
    case 'figure':
      return figureLines(block, ctx);
    case 'rule':
      return [{ spans: [{ text: '─'.repeat(Math.min(ctx.width, 60)), style: MUTED }], dir: ctx.dir ?? 'ltr' }];
  }
}

function nested(blocks: Block[], ctx: LayoutContext, depth: number, first: Span[], rest: Span[], tight: boolean): LayoutLine[] {
  const prefixWidth = Math.max(spansWidth(first), spansWidth(rest));
  if (ctx.width - prefixWidth < MIN_INNER) return layoutBlocks(blocks, ctx, tight, depth + 1);
  const inner = layoutBlocks(blocks, { ...ctx, width: ctx.width - prefixWidth }, tight, depth + 1);
  return prefixLines(inner, first, rest, ctx);
}

function headingLines(inlines: Inline[], level: number, ctx: LayoutContext): LayoutLine[] {
  const lines = paragraphLines(inlines, ctx.width, ctx);
  if (level > 2 || lines.length === 0) return lines;
  // Underlined so the level shows without colour too.
  const width = Math.max(...lines.map((l) => spansWidth(l.spans)));
  lines.push({ spans: [{ text: (level === 1 ? '═' : '─').repeat(width), style: MUTED }], dir: lines[0].dir });
  return lines;
}

function listLines(block: Extract<Block, { kind: 'list' }>, ctx: LayoutContext, depth: number): LayoutLine[] {
  const markers = block.items.map((_, i) => (block.ordered ? `${block.start + i}.` : BULLETS[depth % BULLETS.length]));
  const markerWidth = Math.max(1, ...markers.map((m) => displayWidth(m)));
  const out: LayoutLine[] = [];
  block.items.forEach((item, i) => {
    const marker = markers[i].padStart(markerWidth);
    const first = [{ text: marker, style: MUTED }, { text: ' ' }];
    const rest = [{ text: ' '.repeat(markerWidth + 1) }];
    const lines = nested(item, ctx, depth, first, rest, true);
    if (lines.length === 0) out.push({ spans: [{ text: marker, style: MUTED }], dir: ctx.dir ?? 'ltr' });
    else if (ctx.width - markerWidth - 1 < MIN_INNER) out.push({ spans: [{ text: marker, style: MUTED }], dir: lines[0].dir }, ...lines);
    else out.push(...lines);
  });
  return out;
}

// Code keeps its lines; a line wider than the room is cut into pieces, each but the
// last ending in `↩`, so nothing is lost and nothing is wider than the layout.
function preLines(text: string, ctx: LayoutContext): LayoutLine[] {
  const indent = ctx.width >= 24 ? 2 : 0;
  const room = Math.max(2, ctx.width - indent);
  const out: LayoutLine[] = [];
  for (const source of text.split('\n')) {
    if (displayWidth(source) <= room) {
      out.push(codeLine(source, indent, false));
      continue;
    }
    let chunk = '';
    let used = 0;
    for (const g of graphemes(source)) {
      if (used > 0 && used + g.width > room - 1) {
        out.push(codeLine(chunk, indent, true));
        chunk = '';
        used = 0;
      }
      chunk += g.text;
      used += g.width;
    }
    out.push(codeLine(chunk, indent, false));
  }
  return out;
}

function codeLine(text: string, indent: number, cut: boolean): LayoutLine {
  const spans: Span[] = [];
  if (indent > 0 && text !== '') spans.push({ text: ' '.repeat(indent) });
  if (text !== '') spans.push({ text, style: CODE });
  if (cut) spans.push({ text: '↩', style: MUTED });
  return { spans, dir: 'ltr' };
}

// `▣ caption — alt`, wrapped with a hanging indent under the icon.
function figureLines(block: Extract<Block, { kind: 'figure' }>, ctx: LayoutContext): LayoutLine[] {
  const caption = spansText(block.caption).trim();
  const content: Span[] = [];
  if (caption) content.push(...block.caption.map((i) => ({ text: i.text, style: { ...i.style, color: 'muted' as const } })));
  if (block.alt && !caption.includes(block.alt)) {
    if (caption) content.push({ text: ' — ', style: MUTED });
    content.push({ text: block.alt, style: { color: 'muted', italic: true } });
  }
  if (content.length === 0) content.push({ text: 'image', style: MUTED });
  const icon: Span[] = [{ text: `${block.icon} `, style: MUTED }];
  if (ctx.width - 2 < MIN_INNER) return paragraphLines([...icon, ...content], ctx.width, ctx);
  return prefixLines(paragraphLines(content, ctx.width - 2, ctx), icon, [{ text: '  ' }], ctx);
}
