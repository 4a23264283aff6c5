/**
 * Article HTML → a small block model (paragraphs, headings, lists, quotes, code, tables,
 * figures, rules) that the terminal layout and the Markdown printer both read. Every text
 * run is sanitised here, so nothing later has to remember to.
 */
import { decodeHTML } from 'entities';
import { parseDocument } from 'htmlparser2';
import { hostileShape } from './html-shape.js';
import { findElement, isElement, isText, safeUrl, textOf, type DomElement, type DomNode } from './dom.js';
import { plainText, type Block, type Inline, type TableRow } from './block-model.js';
import { cleanText, sanitizePre, tidyInlines } from './text-runs.js';
import type { ArticleLink, SpanStyle } from './types.js';

export { cleanText, plainText, type Block, type Inline, type TableRow };

/** Options of {@link parseBlocks}. */
export interface BlockOptions {
  /** Page URL, to resolve relative links and to leave same-page anchors unnumbered. */
  baseUrl: string;
  /** Append `[n]` after link text (terminal) or not (Markdown keeps hrefs in styles). */
  numberLinks: boolean;
}

/** The blocks of an article and its numbered links. */
export interface ParsedBody {
  blocks: Block[];
  links: ArticleLink[];
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'object', 'embed', 'button', 'input', 'select', 'textarea', 'form', 'nav']);
const CONTAINERS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'address', 'center',
  'details', 'summary', 'body', 'html', 'hgroup', 'caption', 'figcaption', 'dl', 'fieldset',
]);
const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const EMPHASIS: Record<string, SpanStyle> = {
  b: { bold: true }, strong: { bold: true }, i: { italic: true }, em: { italic: true },
  cite: { italic: true }, dfn: { italic: true }, var: { italic: true }, u: { underline: true },
  ins: { underline: true }, mark: { inverse: true }, s: { dim: true }, del: { dim: true }, strike: { dim: true },
  code: { color: 'code' }, kbd: { color: 'code' }, samp: { color: 'code' }, tt: { color: 'code' },
};
const BULLET_ICON = '▣';
const MAX_DEPTH = 100;

/** Parses article HTML into blocks, numbering links in document order. */
export function parseBlocks(html: string, options: BlockOptions): ParsedBody {
  const links: ArticleLink[] = [];
  const byUrl = new Map<string, number>();
  let depth = 0;
  const page = options.baseUrl.split('#')[0];

  function linkNumber(href: string, text: string): number | null {
    if (!options.numberLinks || text === '') return null;
    if (href.split('#')[0] === page && href.includes('#')) return null;
    const known = byUrl.get(href);
    if (known) return known;
    const n = links.length + 1;
    links.push({ n, text, url: href });
    byUrl.set(href, n);
    return n;
  }

  class Builder {
    readonly out: Block[] = [];
    private inlines: Inline[] = [];

    flush(): void {
      const inlines = tidyInlines(this.inlines);
      if (inlines.length > 0) this.out.push({ kind: 'para', inlines });
      this.inlines = [];
    }

    push(block: Block): void {
      this.flush();
      this.out.push(block);
    }

    text(text: string, style: SpanStyle): void {
      this.inlines.push({ text: cleanText(text), style });
    }

    walkAll(nodes: DomNode[], style: SpanStyle): void {
      for (const node of nodes) this.walk(node, style);
    }

    walk(node: DomNode, style: SpanStyle): void {
      if (isText(node)) return this.text(node.data, style);
      if (!isElement(node)) return;
      // A hostile page can nest elements 100k deep; below MAX_DEPTH only the text counts.
      if (depth >= MAX_DEPTH) return this.text(textOf(node), style);
      depth++;
      try {
        this.element(node, style);
      } finally {
        depth--;
      }
    }

    element(node: DomElement, style: SpanStyle): void {
      const name = node.name.toLowerCase();
      if (SKIP.has(name) || node.attribs.hidden !== undefined || node.attribs['aria-hidden'] === 'true') return;
      if (name === 'br') return void this.inlines.push({ text: '\n', style });
      if (name === 'a') return this.link(node, style);
      if (EMPHASIS[name]) return this.walkAll(node.children, { ...style, ...EMPHASIS[name] });
      if (name in HEADINGS) return this.push({ kind: 'heading', level: HEADINGS[name], inlines: inlinesOf(node.children, { ...style, bold: true, color: 'heading' }) });
      if (name === 'ul' || name === 'ol' || name === 'menu') return this.push(listOf(node, style));
      if (name === 'blockquote') return this.push({ kind: 'quote', blocks: blocksOf(node.children, style) });
      if (name === 'dd') return this.push({ kind: 'indent', blocks: blocksOf(node.children, style) });
      if (name === 'dt') return this.push({ kind: 'para', inlines: inlinesOf(node.children, { ...style, bold: true }) });
      if (name === 'pre' || name === 'listing' || name === 'xmp') return this.push({ kind: 'pre', text: preText(node) });
      if (name === 'hr') return this.push({ kind: 'rule' });
      if (name === 'table') return this.table(node, style);
      if (name === 'figure') return this.figure(node, style);
      if (name === 'img') return this.image(node, []);
      if (name === 'video' || name === 'audio') {
        return this.push({ kind: 'figure', caption: [], alt: cleanText(node.attribs.title ?? '') || name, src: '', icon: '▶' });
      }
      if (name === 'li') return this.push({ kind: 'indent', blocks: blocksOf(node.children, style) });
      if (CONTAINERS.has(name)) {
        this.flush();
        this.walkAll(node.children, style);
        return this.flush();
      }
      this.walkAll(node.children, style);
    }

    link(node: DomElement, style: SpanStyle): void {
      const href = safeUrl(node.attribs.href, options.baseUrl);
      if (!href) return this.walkAll(node.children, style);
      const label = cleanText(textOf(node)).trim();
      const n = linkNumber(href, label);
      this.walkAll(node.children, { ...style, color: 'link', underline: true, href });
      if (n === null) return;
      // `text[3]` even when the link text ended in a space; the space moves after the number.
      const last = this.inlines[this.inlines.length - 1];
      const trailing = last ? /\s+$/.test(last.text) : false;
      if (last && trailing) last.text = last.text.replace(/\s+$/, '');
      this.inlines.push({ text: `[${n}]`, style: { ...style, color: 'muted' } });
      if (trailing) this.inlines.push({ text: ' ', style });
    }

    image(node: DomElement, caption: Inline[]): void {
      const { width, height } = node.attribs;
      if (width === '1' || height === '1') return; // tracking pixels
      const alt = cleanText(node.attribs.alt ?? node.attribs.title ?? '').trim();
      const src = safeUrl(node.attribs.src ?? node.attribs['data-src'], options.baseUrl) ?? '';
      this.push({ kind: 'figure', caption, alt, src, icon: BULLET_ICON });
    }

    figure(node: DomElement, style: SpanStyle): void {
      const img = findElement(node.children, (e) => e.name === 'img');
      const captionEl = findElement(node.children, (e) => e.name === 'figcaption');
      const caption = captionEl ? inlinesOf(captionEl.children, { ...style, italic: true }) : [];
      if (img) return this.image(img, caption);
      this.walkAll(node.children.filter((c) => c !== captionEl), style);
      if (caption.length > 0) this.push({ kind: 'para', inlines: caption });
    }

    table(node: DomElement, style: SpanStyle): void {
      const rows = tableRows(node, style);
      // Layout tables (one column) hold prose, not data.
      if (rows.every((r) => r.cells.length <= 1)) return this.walkAll(node.children, style);
      const caption = node.children.find((c): c is DomElement => isElement(c) && c.name === 'caption');
      if (caption) this.push({ kind: 'para', inlines: inlinesOf(caption.children, { ...style, italic: true }) });
      this.push({ kind: 'table', rows });
    }
  }

  function blocksOf(nodes: DomNode[], style: SpanStyle): Block[] {
    const builder = new Builder();
    builder.walkAll(nodes, style);
    builder.flush();
    return builder.out;
  }

  // Inline content of a heading, caption or cell: nested blocks collapse into lines.
  function inlinesOf(nodes: DomNode[], style: SpanStyle): Inline[] {
    const out: Inline[] = [];
    for (const block of blocksOf(nodes, style)) {
      if (out.length > 0) out.push({ text: '\n', style });
      if (block.kind === 'para' || block.kind === 'heading') out.push(...block.inlines);
      else if (block.kind === 'figure') out.push({ text: [block.alt, ...block.caption.map((i) => i.text)].join(' ').trim(), style });
      else if (block.kind === 'pre') out.push({ text: block.text.replace(/\s+/g, ' '), style: { ...style, color: 'code' } });
      else out.push({ text: plainText([block]), style });
    }
    return tidyInlines(out);
  }

  function listOf(node: DomElement, style: SpanStyle): Block {
    const items: Block[][] = [];
    for (const child of node.children) {
      if (isElement(child) && child.name === 'li') items.push(blocksOf(child.children, style));
      else if (isElement(child) || (isText(child) && child.data.trim() !== '')) {
        const blocks = blocksOf([child], style);
        if (blocks.length === 0) continue;
        if (items.length > 0 && (blocks[0].kind === 'list')) items[items.length - 1].push(...blocks);
        else items.push(blocks);
      }
    }
    const start = Number.parseInt(node.attribs.start ?? '1', 10);
    return { kind: 'list', ordered: node.name === 'ol', start: Number.isFinite(start) ? start : 1, items };
  }

  function tableRows(table: DomElement, style: SpanStyle): TableRow[] {
    const rows: TableRow[] = [];
    const visit = (el: DomElement, inHead: boolean) => {
      for (const child of el.children) {
        if (!isElement(child)) continue;
        if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') visit(child, child.name === 'thead');
        else if (child.name === 'tr') {
          const cells: Inline[][] = [];
          let allTh = true;
          for (const cell of child.children) {
            if (!isElement(cell) || (cell.name !== 'td' && cell.name !== 'th')) continue;
            if (cell.name === 'td') allTh = false;
            cells.push(inlinesOf(cell.children, cell.name === 'th' ? { ...style, bold: true } : style));
            const span = Math.min(20, Number.parseInt(cell.attribs.colspan ?? '1', 10) || 1);
            for (let i = 1; i < span; i++) cells.push([]);
          }
          if (cells.length > 0) rows.push({ header: inHead || allTh, cells });
        }
      }
    };
    visit(table, false);
    return rows;
  }

  // htmlparser2 is quadratic in nesting depth too: hostile markup is read as bare text.
  if (hostileShape(html, { maxDepth: MAX_DEPTH * 4, maxElements: 200_000 })) {
    const text = cleanText(decodeHTML(html.replace(/<[^>]*>?/g, ' '))).trim();
    return { blocks: text ? [{ kind: 'para', inlines: [{ text, style: {} }] }] : [], links };
  }
  const document = parseDocument(html);
  return { blocks: blocksOf(document.children, {}), links };
}

function preText(node: DomElement): string {
  const raw = textOf(node);
  const lines = sanitizePre(raw).split('\n').map((line) => line.replace(/\s+$/, ''));
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}
