/** An article as `read` and `bookmarks read` show it: the view, and how this terminal wants it drawn. */
import type { Article, BidiRender } from '../core/article/types.js';
import { articleView } from '../output/article-view.js';
import type { Shown } from '../output/view.js';
import type { Runtime } from './runtime.js';
import { supportsHyperlinks, terminalReordersBidi } from './terminal-caps.js';

/** 'auto' resolved for text: logical order for pipes and bidi-aware terminals, visual order otherwise. */
export function bidiFor(rt: Runtime): BidiRender {
  const setting = rt.settings.get('bidi');
  if (setting === 'terminal' || setting === 'reorder') return setting;
  if (!rt.io.stdout.isTTY) return 'terminal';
  return terminalReordersBidi(rt.io.env) ? 'terminal' : 'reorder';
}

/** OSC 8 only on a colour terminal (never piped, never with NO_COLOR), per the setting. */
export function hyperlinksFor(rt: Runtime): boolean {
  if (!rt.color || !rt.io.stdout.isTTY) return false;
  const setting = rt.settings.get('hyperlinks');
  if (setting === 'off') return false;
  return setting === 'on' || supportsHyperlinks(rt.io.env);
}

/**
 * An article as `read` and `bookmarks read` print it; in a terminal, one longer than the
 * screen goes through the pager unless --no-pager. Piped output is unchanged.
 */
export function articleShown(rt: Runtime, article: Article): Shown {
  const data = { article, bidi: () => bidiFor(rt), hyperlinks: () => hyperlinksFor(rt), wholeUrls: !rt.io.stdout.isTTY };
  return { view: articleView, data, exit: 0, paged: true };
}
