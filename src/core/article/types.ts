import type { Messages } from '../i18n/messages.js';

/** A page's lead image and its caption (both plain text / absolute URL). */
export interface LeadImage {
  url: string;
  caption: string;
}

/**
 * A readable article, plain JSON so bookmarks can store it as is. Field meanings follow
 * Mozilla Readability's result; strings are NOT terminal-sanitised (the renderers do it).
 */
export interface Article {
  /** Canonical page URL (after redirects), or a file: URL. */
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** As the page gives it (ISO 8601 in practice), or null. */
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  /** Readability's cleaned HTML; links and image sources are absolute. */
  contentHtml: string;
  leadImage: LeadImage | null;
  tags: string[];
  wordCount: number;
  readingMinutes: number;
  /** The page's "Source: Reuters" credit, as printed beside the byline (older caches lack it). */
  source?: string | null;
  /**
   * The page's Related / Most read / Read next lists (older caches lack them); or, when the
   * page has none, the reader's own "More on this" from stored items (never cached or saved).
   */
  related?: StoryList[];
}

/** A list of other stories the page points to. */
export interface StoryList {
  kind: 'related' | 'most-read' | 'read-next' | 'more-on-this';
  /** The label as the page gives it ("Read also"), or '' (then the kind names it). */
  title: string;
  stories: { title: string; url: string }[];
}

/** How right-to-left lines are emitted: as stored (the terminal reorders) or pre-reordered. */
export type BidiRender = 'terminal' | 'reorder';

/** Colour roles; the printer maps them to SGR codes (or a theme in the TUI). */
export type SpanColor = 'heading' | 'accent' | 'muted' | 'link' | 'quote' | 'code' | 'warning';

/** Presentation of one run of text. */
export interface SpanStyle {
  bold?: boolean;
  italic?: boolean;
  dim?: boolean;
  underline?: boolean;
  inverse?: boolean;
  color?: SpanColor;
  /** Absolute http(s)/mailto URL, for OSC 8 hyperlinks. */
  href?: string;
}

/** A run of terminal-safe text with one style. */
export interface Span {
  text: string;
  style?: SpanStyle;
}

/** One pre-wrapped line, never wider than the layout width. */
export interface StyledLine {
  spans: Span[];
  /** Right-aligned lines (RTL) are padded on the left by the printer. */
  align?: 'left' | 'right';
}

/** A numbered link from the body (`text[n]`). */
export interface ArticleLink {
  n: number;
  text: string;
  url: string;
}

/** An article laid out for one width. */
export interface RenderedArticle {
  lines: StyledLine[];
  links: ArticleLink[];
  width: number;
  /** Index of the first body line (after the header). */
  bodyStart: number;
  /** Index of the first footer line (Links / Tags), or lines.length. */
  bodyEnd: number;
}

/** Options of {@link renderArticle}. */
export interface RenderOptions {
  width: number;
  /** 'auto' is resolved by the caller; here it means 'reorder'. */
  bidi: 'auto' | BidiRender;
  now?: Date;
  /**
   * Link list URLs on one line each, never wrapped or cut (for pipes: a script or a
   * terminal's own link detection needs the whole URL).
   */
  wholeUrls?: boolean;
  /** The words tidings adds (byline, reading time, dates, Tags, Links); English by default. */
  messages?: Messages;
}
