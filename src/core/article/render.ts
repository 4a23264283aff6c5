/**
 * An article laid out once per width into pre-wrapped, terminal-safe styled lines: a
 * header in the seed's manner (title, standfirst, byline line, lead image caption), the
 * body, then tags and the numbered link list. Pure: the TUI pages through the lines and
 * the printers turn them into text; neither wraps again.
 */
import { ENGLISH, type Messages } from '../i18n/messages.js';
import { graphemes } from '../text/width.js';
import { detectDirection, hasRtl, visualOrder } from './bidi.js';
import { cleanText, parseBlocks, plainText, type Block } from './blocks.js';
import { spansText, spansWidth } from './inline.js';
import { layoutBlocks, paragraphLines, prefixLines, type LayoutContext, type LayoutLine } from './layout.js';
import type { Article, ArticleLink, RenderedArticle, RenderOptions, Span, SpanStyle, StoryList, StyledLine } from './types.js';

const MIN_WIDTH = 10;
const TITLE: SpanStyle = { bold: true, color: 'heading' };
const MUTED: SpanStyle = { color: 'muted' };
// Anything a terminal could interpret, in case a bug upstream let one through.
// eslint-disable-next-line no-control-regex -- the point is to match control characters.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Lays out an article for `options.width` columns. */
export function renderArticle(article: Article, options: RenderOptions): RenderedArticle {
  const width = Math.max(MIN_WIDTH, Math.floor(options.width));
  const reorder = options.bidi !== 'terminal';
  const body = parseBlocks(article.contentHtml ?? '', { baseUrl: article.url, numberLinks: true });
  const text = plainText(body.blocks);
  const dir = article.dir ?? (detectDirection(`${article.title} ${text}`) === 'rtl' ? 'rtl' : null);
  const ctx: LayoutContext = { width, dir, reorder };
  const messages = options.messages ?? ENGLISH;

  const header = headerLines(article, body.blocks, text, ctx, messages);
  const main = layoutBlocks(withoutTitle(body.blocks, article.title ?? ''), ctx);
  // The page's story lists are numbered after its links, so `f` + number opens them too.
  const stories = numberStories(article.related ?? [], body.links.length, messages);
  const footer = footerLines(article.tags, body.links, ctx, options.wholeUrls ?? false, stories, messages);
  const all = [...header, ...main, ...(footer.length > 0 ? [blankLine(), ...footer] : [])];
  return {
    lines: all.map((line) => finalise(line, ctx)),
    links: [...body.links, ...stories.flatMap((list) => list.links)],
    width,
    bodyStart: header.length,
    bodyEnd: header.length + main.length,
  };
}

const blankLine = (): LayoutLine => ({ spans: [], dir: 'ltr' });

// The header already shows the title; a first heading that repeats it goes.
function withoutTitle(blocks: Block[], title: string): Block[] {
  const first = blocks[0];
  if (first?.kind !== 'heading') return blocks;
  const heading = comparable(first.inlines.map((i) => i.text).join(''));
  const full = comparable(cleanText(title));
  const repeats = heading !== '' && (heading === full || /^ ?[|–—-] /.test(full.slice(heading.length)) && full.startsWith(heading));
  return repeats ? blocks.slice(1) : blocks;
}

// The same text without case, spacing or a trailing ellipsis, to spot a standfirst that
// merely repeats the first paragraph.
function comparable(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/(?:…|\.\.\.)$/, '').trim();
}

function headerLines(article: Article, blocks: Block[], text: string, ctx: LayoutContext, messages: Messages): LayoutLine[] {
  const out: LayoutLine[] = [];
  const title = cleanText(article.title ?? '').trim();
  if (title) out.push(...paragraphLines([{ text: title, style: TITLE }], ctx.width, ctx));
  const excerpt = cleanText(article.excerpt ?? '').trim();
  const opening = comparable(text.slice(0, 1000));
  if (excerpt && !opening.includes(comparable(excerpt))) {
    if (out.length > 0) out.push(blankLine());
    out.push(...paragraphLines([{ text: excerpt, style: { italic: true } }], ctx.width, ctx));
  }
  const byline = bylineParts(article, messages);
  if (byline.length > 0) {
    if (out.length > 0) out.push(blankLine());
    // Our own words ("By", "min read") read in the app's language, aligned with the article.
    // No-break spaces keep each part whole, and the dot at the end of a line, when it wraps.
    const unbreakable = byline.map((p) => p.replace(/ /g, '\u00a0')).join('\u00a0· ');
    const lines = paragraphLines([{ text: unbreakable, style: MUTED }], ctx.width, { ...ctx, dir: messages.dir });
    out.push(...lines.map((l) => ({ ...l, align: ctx.dir === 'rtl' ? ('right' as const) : ('left' as const) })));
  }
  const lead = article.leadImage;
  const caption = cleanText(lead?.caption ?? '').trim();
  const inBody = lead ? blocks.some((b) => b.kind === 'figure' && b.src === lead.url) : false;
  if (caption && !inBody) {
    const lines = paragraphLines([{ text: caption, style: { ...MUTED, italic: true } }], ctx.width - 2, ctx);
    out.push(...prefixLines(lines, [{ text: '▣ ', style: MUTED }], [{ text: '  ' }], ctx));
  }
  if (out.length > 0) out.push(blankLine());
  return out;
}

/** `By Ana Ruiz · Reuters · 23 Nov 2024 19:19 · 3 min read` (parts that exist), in `messages`' words. */
export function bylineText(article: Article, messages: Messages = ENGLISH): string {
  return bylineParts(article, messages).join(' · ');
}

function bylineParts(article: Article, messages: Messages): string[] {
  const parts: string[] = [];
  const byline = cleanText(article.byline ?? '').trim().replace(/^by\s+/i, '');
  const site = cleanText(article.siteName ?? '').trim();
  if (byline) parts.push(messages.t('article.by', { name: byline }));
  if (site && site.toLowerCase() !== byline.toLowerCase()) parts.push(site);
  const source = cleanText(article.source ?? '').trim();
  if (source && !parts.some((p) => source.toLowerCase().includes(p.toLowerCase()))) parts.push(source);
  const date = messages.dateTime(article.publishedTime);
  if (date) parts.push(date);
  if (article.readingMinutes > 0) parts.push(messages.t('article.readingTime', { n: article.readingMinutes }));
  return parts;
}

/** A story list with its entries numbered (as links, for `f` + number). */
interface NumberedStories {
  title: string;
  links: ArticleLink[];
}

/** Message keys of the story lists' headings when the page gives none (and always for "More on this"). */
export const LIST_TITLES = { related: 'article.related', 'most-read': 'article.mostRead', 'read-next': 'article.readNext', 'more-on-this': 'article.moreOnThis' } as const satisfies Record<StoryList['kind'], string>;

function numberStories(lists: StoryList[], after: number, messages: Messages): NumberedStories[] {
  let n = after;
  return lists.filter((list) => list.stories.length > 0).map((list) => ({
    title: cleanText(list.title).trim() || messages.t(LIST_TITLES[list.kind]),
    links: list.stories.map((s) => ({ n: ++n, text: cleanText(s.title).trim(), url: s.url })),
  }));
}

function storyListLines(lists: NumberedStories[], ctx: LayoutContext): LayoutLine[] {
  const out: LayoutLine[] = [];
  for (const list of lists) {
    if (out.length > 0) out.push(blankLine());
    out.push(...paragraphLines([{ text: list.title, style: { bold: true } }], ctx.width, ctx));
    const labelWidth = `[${list.links[list.links.length - 1].n}] `.length;
    for (const link of list.links) {
      const label = `[${link.n}]`.padStart(labelWidth - 1) + ' ';
      const title = [{ text: link.text, style: { color: 'link', href: link.url } as SpanStyle }];
      const lines = paragraphLines(title, Math.max(8, ctx.width - labelWidth), ctx);
      out.push(...prefixLines(lines, [{ text: label, style: MUTED }], [{ text: ' '.repeat(labelWidth) }], ctx));
    }
  }
  return out;
}

function footerLines(tags: string[], links: ArticleLink[], ctx: LayoutContext, wholeUrls: boolean, stories: NumberedStories[], messages: Messages): LayoutLine[] {
  const out: LayoutLine[] = [];
  const clean = (tags ?? []).map((t) => cleanText(t).trim()).filter((t) => t !== '');
  if (clean.length > 0) {
    out.push(...paragraphLines([{ text: `${messages.t('article.tags')} `, style: MUTED }, { text: clean.join(' · ') }], ctx.width, ctx));
  }
  if (stories.length > 0) {
    if (out.length > 0) out.push(blankLine());
    out.push(...storyListLines(stories, ctx));
  }
  if (links.length > 0) {
    if (out.length > 0) out.push(blankLine());
    out.push({ spans: [{ text: messages.t('article.links'), style: { bold: true } }], dir: messages.dir, align: 'left' });
    const labelWidth = `[${links.length}] `.length;
    const ltr: LayoutContext = { ...ctx, dir: 'ltr' };
    for (const link of links) {
      const label = `[${link.n}]`.padStart(labelWidth - 1) + ' ';
      const url = [{ text: link.url, style: { color: 'link', href: link.url } as SpanStyle }];
      const room = ctx.width - labelWidth;
      if (wholeUrls) {
        out.push({ spans: [{ text: label, style: MUTED }, ...url], dir: 'ltr', unbounded: true });
        continue;
      }
      if (room < 8) {
        out.push(...paragraphLines([{ text: label, style: MUTED }, ...url], ctx.width, ltr));
        continue;
      }
      const lines = paragraphLines(url, room, ltr);
      out.push(...prefixLines(lines, [{ text: label, style: MUTED }], [{ text: ' '.repeat(labelWidth) }], ltr));
    }
  }
  return out;
}

// Bidi reordering, the width safety net and the last control-character filter.
function finalise(line: LayoutLine, ctx: LayoutContext): StyledLine {
  let spans = line.spans;
  if (ctx.reorder && !line.visual && (line.dir === 'rtl' || hasRtl(spansText(spans)))) spans = visualOrder(spans, line.dir);
  if (!line.unbounded && spansWidth(spans) > ctx.width) spans = cut(spans, ctx.width);
  const safe: Span[] = [];
  for (const span of spans) {
    const text = span.text.replace(UNSAFE, '').replace(/\u00a0/g, ' ');
    if (text === '') continue;
    const style = span.style ? safeStyle(span.style) : undefined;
    const last = safe[safe.length - 1];
    if (last && sameStyle(last.style, style)) last.text += text;
    else safe.push(style ? { text, style } : { text });
  }
  return (line.align ?? (line.dir === 'rtl' ? 'right' : 'left')) === 'right' ? { spans: safe, align: 'right' } : { spans: safe };
}

function safeStyle(style: SpanStyle): SpanStyle | undefined {
  const out: SpanStyle = {};
  for (const [key, value] of Object.entries(style) as [keyof SpanStyle, SpanStyle[keyof SpanStyle]][]) {
    if (value === undefined || value === false) continue;
    if (key === 'href' && !/^[\x21-\x7e]+$/.test(String(value))) continue;
    (out as Record<string, unknown>)[key] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function sameStyle(a: SpanStyle | undefined, b: SpanStyle | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a) as (keyof SpanStyle)[];
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

function cut(spans: Span[], width: number): Span[] {
  const out: Span[] = [];
  let used = 0;
  for (const span of spans) {
    let text = '';
    for (const g of graphemes(span.text)) {
      if (used + g.width > width - 1) break;
      text += g.text;
      used += g.width;
    }
    if (text) out.push({ ...span, text });
    if (used >= width - 1 || text.length < span.text.length) break;
  }
  out.push({ text: '…', style: MUTED });
  return out;
}
