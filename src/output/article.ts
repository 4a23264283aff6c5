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
  /** "Source: Reuters" as the page credits it, or null. */
  source: string | null;
  /** The page's story lists, numbered like `links` (`f` + number in the app). */
  related: { kind: string; title: string; stories: ArticleLink[] }[];
};

const orNull = (value: string | null | undefined): string | null => (value ? sanitizeLine(value) || null : null);

/** Article + its rendering → the JSON record; every string sanitised (JSON does not escape C1 or bidi controls). */
export function articleJson(article: Article, rendered: RenderedArticle): ArticleJson {
  const body = rendered.lines.slice(rendered.bodyStart, rendered.bodyEnd).map((l) => l.spans.map((s) => s.text).join(''));
  // The rendered links end with the story lists' entries, numbered in the same order.
  let next = rendered.links.length - (article.related ?? []).reduce((n, list) => n + list.stories.length, 0);
  const storyUrls = new Set<number>();
  const lists = (article.related ?? []).filter((list) => list.stories.length > 0).map((list) => ({
    kind: list.kind,
    title: sanitizeLine(list.title),
    stories: list.stories.map((s) => {
      storyUrls.add(++next);
      return { n: next, text: sanitizeLine(s.title), url: sanitizeLine(s.url) };
    }),
  }));
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
    links: rendered.links.filter((l) => !storyUrls.has(l.n)).map((l) => ({ n: l.n, text: sanitizeLine(l.text), url: sanitizeLine(l.url) })),
    source: orNull(article.source),
    related: lists,
  };
}
