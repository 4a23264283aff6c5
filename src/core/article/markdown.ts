/**
 * Article → CommonMark: a header (title, standfirst, byline line, source link), then the
 * body from the same block model the terminal layout uses, with links inline, images as
 * `![alt](src)`, code fences and GFM tables.
 */
import { formatDateTime } from '../text/relative-time.js';
import { cleanText, parseBlocks, type Block, type Inline } from './blocks.js';
import { CATALOGUES } from '../i18n/messages.js';
import { LIST_TITLES } from './render.js';
import type { Article } from './types.js';

const ESCAPE = /[\\`*_[\]<>|]/g;

function escapeText(text: string): string {
  return text.replace(ESCAPE, (ch) => `\\${ch}`);
}

// Escapes what would start a block at the beginning of a line (heading, quote, list).
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)(#+|>|[+-])(?=\s|$)/, '$1\\$2').replace(/^(\s*)(\d+)([.)])(?=\s|$)/, '$1$2\\$3');
}

function urlPart(url: string): string {
  return url.replace(/[()\s<>]/g, (ch) => encodeURIComponent(ch));
}

function wrapStyle(text: string, inline: Inline): string {
  if (text.trim() === '') return text;
  const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? ['', '', text, ''];
  let out = core;
  if (inline.style.color === 'code') {
    const fence = core.includes('`') ? '``' : '`';
    out = `${fence}${core.replace(/\\([\\`*_[\]<>|])/g, '$1')}${fence}`;
  } else {
    if (inline.style.italic) out = `*${out}*`;
    if (inline.style.bold) out = `**${out}**`;
  }
  return `${lead}${out}${trail}`;
}

/** Inline runs → Markdown; consecutive runs with one href become one link. */
export function inlinesToMarkdown(inlines: Inline[]): string {
  let out = '';
  for (let i = 0; i < inlines.length; ) {
    const href = inlines[i].style.href;
    if (!href) {
      const inline = inlines[i++];
      out += inline.text === '\n' ? '  \n' : wrapStyle(escapeText(inline.text), inline);
      continue;
    }
    let label = '';
    while (i < inlines.length && inlines[i].style.href === href) {
      const inline = inlines[i++];
      label += inline.text === '\n' ? ' ' : wrapStyle(escapeText(inline.text), { ...inline, style: { ...inline.style, color: inline.style.color === 'code' ? 'code' : undefined } });
    }
    const lead = /^\s*/.exec(label)?.[0] ?? '';
    const trail = /\s*$/.exec(label)?.[0] ?? '';
    out += `${lead}[${label.trim() || escapeText(href)}](${urlPart(href)})${trail}`;
  }
  return out.split('\n').map(escapeLineStart).join('\n');
}

function indent(text: string, first: string, rest: string): string {
  return text.split('\n').map((line, i) => (line === '' ? '' : (i === 0 ? first : rest) + line)).join('\n');
}

function tableToMarkdown(block: Extract<Block, { kind: 'table' }>): string {
  const cell = (c: Inline[]) => inlinesToMarkdown(c).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
  const columns = Math.max(...block.rows.map((r) => r.cells.length));
  // Header cells are bold already by position; `**` inside them is noise.
  const plain = (c: Inline[], header: boolean) => (header ? c.map((i) => ({ ...i, style: { ...i.style, bold: false } })) : c);
  const rows = block.rows.map((r) => Array.from({ length: columns }, (_, i) => cell(plain(r.cells[i] ?? [], r.header))));
  const headerIndex = block.rows.findIndex((r) => r.header);
  const head = headerIndex >= 0 ? rows[headerIndex] : Array.from({ length: columns }, () => ' ');
  const body = rows.filter((_, i) => i !== headerIndex);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...body.map(line)].join('\n');
}

// A nested list follows its item's text directly, so the outer list stays tight.
function itemToMarkdown(blocks: Block[]): string {
  return blocks.map((b, i) => (i > 0 && b.kind !== 'list' ? '\n' : '') + blocksToMarkdown([b])).filter((p) => p.trim() !== '').join('\n');
}

/** Body blocks → Markdown (blocks separated by blank lines). */
export function blocksToMarkdown(blocks: Block[]): string {
  const parts: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'para':
        parts.push(inlinesToMarkdown(block.inlines));
        break;
      case 'heading':
        parts.push(`${'#'.repeat(Math.min(6, block.level))} ${inlinesToMarkdown(block.inlines.map((i) => ({ ...i, style: { ...i.style, bold: false } }))).replace(/\s*\n\s*/g, ' ')}`);
        break;
      case 'list':
        parts.push(block.items.map((item, i) => {
          const marker = block.ordered ? `${block.start + i}. ` : '- ';
          return indent(itemToMarkdown(item), marker, ' '.repeat(marker.length));
        }).join('\n'));
        break;
      case 'quote':
        parts.push(blocksToMarkdown(block.blocks).split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n'));
        break;
      case 'indent':
        parts.push(indent(blocksToMarkdown(block.blocks), '  ', '  '));
        break;
      case 'pre': {
        const fence = '`'.repeat(Math.max(3, ...[...block.text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
        parts.push(`${fence}\n${block.text}\n${fence}`);
        break;
      }
      case 'table':
        parts.push(tableToMarkdown(block));
        break;
      case 'figure': {
        const caption = inlinesToMarkdown(block.caption).trim();
        const image = block.src ? `![${escapeText(block.alt)}](${urlPart(block.src)})` : escapeText(block.alt);
        parts.push(caption ? `${image}\n${caption}` : image);
        break;
      }
      case 'rule':
        parts.push('---');
        break;
    }
  }
  return parts.filter((p) => p.trim() !== '').join('\n\n');
}

/** The whole article as CommonMark, ending with a newline. */
export function articleMarkdown(article: Article): string {
  const { blocks } = parseBlocks(article.contentHtml ?? '', { baseUrl: article.url, numberLinks: false });
  const head: string[] = [];
  const title = cleanText(article.title ?? '').trim();
  if (title) head.push(`# ${escapeText(title)}`);
  const excerpt = cleanText(article.excerpt ?? '').trim();
  if (excerpt) head.push(`*${escapeText(excerpt)}*`);
  const meta: string[] = [];
  const byline = cleanText(article.byline ?? '').trim().replace(/^by\s+/i, '');
  if (byline) meta.push(`By ${escapeText(byline)}`);
  const site = cleanText(article.siteName ?? '').trim();
  if (site && site.toLowerCase() !== byline.toLowerCase()) meta.push(escapeText(site));
  const source = cleanText(article.source ?? '').trim();
  if (source && !source.toLowerCase().includes(site.toLowerCase() || '\u0000')) meta.push(escapeText(source));
  const date = formatDateTime(article.publishedTime);
  if (date) meta.push(date);
  if (article.readingMinutes > 0) meta.push(`${article.readingMinutes} min read`);
  if (/^(https?|file):/i.test(article.url)) meta.push(`[Source](${urlPart(article.url)})`);
  if (meta.length > 0) head.push(meta.join(' · '));
  const lead = article.leadImage;
  // The lead image and its caption, as the terminal layout shows them, unless the body has it.
  if (lead && !blocks.some((b) => b.kind === 'figure' && b.src === lead.url)) {
    const caption = cleanText(lead.caption ?? '').trim();
    const image = /^(https?|file):/i.test(lead.url) ? `![${escapeText(caption)}](${urlPart(lead.url)})` : '';
    const shown = [image, caption ? `*${escapeText(caption)}*` : ''].filter(Boolean).join('\n');
    if (shown) head.push(shown);
  }
  const tags = (article.tags ?? []).map((t) => cleanText(t).trim()).filter(Boolean);
  const tail = tags.length > 0 ? [`Tags: ${tags.map(escapeText).join(' · ')}`] : [];
  for (const list of article.related ?? []) {
    if (list.stories.length === 0) continue;
    const title = cleanText(list.title).trim() || CATALOGUES.en[LIST_TITLES[list.kind]];
    tail.push(`## ${escapeText(title)}\n\n${list.stories.map((s) => `- [${escapeText(cleanText(s.title).trim())}](${urlPart(s.url)})`).join('\n')}`);
  }
  return `${[...head, blocksToMarkdown(blocks), ...tail].filter((p) => p.trim() !== '').join('\n\n')}\n`;
}
