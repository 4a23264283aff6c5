/**
 * Printers for a rendered article: styled terminal text (SGR + OSC 8), plain text with
 * the same layout, CommonMark, and the `--json` record. Lines come pre-wrapped and
 * terminal-safe from core/article/render.ts; right-aligned (RTL) lines are padded here.
 */
import { articleMarkdown } from '../core/article/markdown.js';
import type { Article, ArticleLink, RenderedArticle, Span, SpanColor, StyledLine } from '../core/article/types.js';
import { sanitizeLine } from '../core/text/sanitize.js';
import { displayWidth } from '../core/text/width.js';

/** Options of {@link articleToAnsi}. */
export interface AnsiOptions {
  color: boolean;
  hyperlinks: boolean;
  width: number;
}

const COLORS: Record<SpanColor, string> = {
  heading: '36',
  accent: '35',
  muted: '2',
  link: '34',
  quote: '32',
  code: '33',
  warning: '31',
};

function sgr(span: Span): string {
  const s = span.style;
  if (!s) return '';
  const codes: string[] = [];
  if (s.bold) codes.push('1');
  if (s.dim) codes.push('2');
  if (s.italic) codes.push('3');
  if (s.underline) codes.push('4');
  if (s.inverse) codes.push('7');
  if (s.color) codes.push(COLORS[s.color]);
  return codes.length > 0 ? `\u001b[${codes.join(';')}m` : '';
}

function lineWidth(line: StyledLine): number {
  let width = 0;
  for (const span of line.spans) width += displayWidth(span.text);
  return width;
}

function padding(line: StyledLine, width: number): string {
  if (line.align !== 'right' || line.spans.length === 0) return '';
  return ' '.repeat(Math.max(0, width - lineWidth(line)));
}

/** Styled text: SGR codes when `color`, OSC 8 around links when `hyperlinks`. */
export function articleToAnsi(rendered: RenderedArticle, options: AnsiOptions): string {
  const out: string[] = [];
  for (const line of rendered.lines) {
    let text = padding(line, options.width);
    for (const span of line.spans) {
      const open = options.color ? sgr(span) : '';
      let piece = open ? `${open}${span.text}\u001b[0m` : span.text;
      const href = span.style?.href;
      // The renderer only lets printable-ASCII URLs through; checked again at the boundary.
      if (options.hyperlinks && href && /^[\x21-\x7e]+$/.test(href)) piece = `\u001b]8;;${href}\u001b\\${piece}\u001b]8;;\u001b\\`;
      text += piece;
    }
    out.push(text);
  }
  return `${out.join('\n')}\n`;
}

/** The same layout without any escape sequence. */
export function articleToPlain(rendered: RenderedArticle, options: { width?: number } = {}): string {
  const width = options.width ?? rendered.width;
  return `${rendered.lines.map((line) => padding(line, width) + line.spans.map((s) => s.text).join('')).join('\n')}\n`;
}

/** The article as CommonMark. */
export function articleToMarkdown(article: Article): string {
  return articleMarkdown(article);
}

/** The `--json` record (keys as in Mozilla Readability, plus ours). */
export type ArticleJson = Pick<Article, 'url' | 'title' | 'byline' | 'siteName' | 'publishedTime' | 'lang' | 'dir' | 'excerpt' | 'wordCount' | 'readingMinutes' | 'leadImage' | 'tags'> & {
  /** The rendered body as plain text (logical order, no padding). */
  text: string;
  links: ArticleLink[];
};

const orNull = (value: string | null | undefined): string | null => (value ? sanitizeLine(value) || null : null);

/** Article + its rendering → the JSON record; every string sanitised (JSON does not escape C1 or bidi controls). */
export function articleJson(article: Article, rendered: RenderedArticle): ArticleJson {
  const body = rendered.lines.slice(rendered.bodyStart, rendered.bodyEnd).map((l) => l.spans.map((s) => s.text).join(''));
  return {
    url: sanitizeLine(article.url),
    title: sanitizeLine(article.title),
    byline: orNull(article.byline),
    siteName: orNull(article.siteName),
    publishedTime: orNull(article.publishedTime),
    lang: orNull(article.lang),
    dir: article.dir,
    excerpt: orNull(article.excerpt),
    wordCount: article.wordCount,
    readingMinutes: article.readingMinutes,
    leadImage: article.leadImage ? { url: sanitizeLine(article.leadImage.url), caption: sanitizeLine(article.leadImage.caption) } : null,
    tags: article.tags.map((t) => sanitizeLine(t)).filter(Boolean),
    text: body.join('\n').trim(),
    links: rendered.links.map((l) => ({ n: l.n, text: sanitizeLine(l.text), url: sanitizeLine(l.url) })),
  };
}
