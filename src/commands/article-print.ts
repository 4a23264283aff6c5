/** An article printed the way `read` and `bookmarks read` print it: styled, plain, Markdown or JSON. */
import { hasRtl } from '../core/article/bidi.js';
import { renderArticle } from '../core/article/render.js';
import type { Article, BidiRender } from '../core/article/types.js';
import { articleJson, articleToAnsi, articleToMarkdown, articleToPlain } from '../output/article.js';
import { pagerCommand, pageText } from '../services/pager.js';
import type { OutputFormat } from './output-format.js';
import type { Runtime } from './runtime.js';
import { supportsHyperlinks, terminalReordersBidi } from './terminal-caps.js';

/** 'auto' resolved: logical order for pipes and bidi-aware terminals, visual order otherwise. */
export function bidiFor(rt: Runtime, format: OutputFormat): BidiRender {
  if (format === 'json' || format === 'markdown') return 'terminal';
  const setting = rt.settings.get('bidi');
  if (setting === 'terminal' || setting === 'reorder') return setting;
  if (!rt.io.stdout.isTTY) return 'terminal';
  return terminalReordersBidi(rt.io.env) ? 'terminal' : 'reorder';
}

/** OSC 8 only on a colour terminal (never piped, never with NO_COLOR), per the setting. */
export function hyperlinksFor(rt: Runtime, format: OutputFormat): boolean {
  if (format !== 'text' || !rt.color || !rt.io.stdout.isTTY) return false;
  const setting = rt.settings.get('hyperlinks');
  if (setting === 'off') return false;
  return setting === 'on' || supportsHyperlinks(rt.io.env);
}

/** The article as `read` and `bookmarks read` print it: styled, plain, Markdown or JSON. */
function articleText(rt: Runtime, article: Article, format: OutputFormat): string {
  if (format === 'markdown') return articleToMarkdown(article);
  // Without right-to-left text the bidi mode changes nothing: skip reading the settings.
  const rtl = hasRtl(article.title) || hasRtl(article.contentHtml);
  const wholeUrls = !rt.io.stdout.isTTY; // piped: whole URLs, for scripts and link pickers
  const rendered = renderArticle(article, { width: rt.width, bidi: rtl ? bidiFor(rt, format) : 'terminal', now: rt.io.now(), wholeUrls });
  if (format === 'json') return `${JSON.stringify(articleJson(article, rendered), null, 2)}\n`;
  if (format === 'plain' || !rt.color) return articleToPlain(rendered);
  return articleToAnsi(rendered, { color: true, hyperlinks: hyperlinksFor(rt, format), width: rendered.width });
}

/**
 * Prints an article; in a terminal, one longer than the screen goes through the pager
 * (`$PAGER`, else `less -R`) unless `pager` is false (--no-pager). Piped output is unchanged.
 */
export async function printArticle(rt: Runtime, article: Article, format: OutputFormat, pager = true): Promise<void> {
  const text = articleText(rt, article, format);
  const rows = rt.io.stdout.rows ?? 0;
  const command = pagerCommand(rt.io.env);
  const long = rows > 0 && text.split('\n').length - 1 > rows - 1;
  if (pager && command && long && rt.io.stdout.isTTY && rt.io.stdinIsTTY) {
    if ((await pageText(text, command, rt.io.env)) === 'shown') return;
    rt.warnAfter(`the pager "${command}" could not run; set PAGER, or use --no-pager`);
  }
  rt.io.stdout.write(text);
}
