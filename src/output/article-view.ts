import { hasRtl } from '../core/article/bidi.js';
import { renderArticle } from '../core/article/render.js';
import type { Article, BidiRender } from '../core/article/types.js';
import { articleJson, articleToAnsi, articleToMarkdown, articleToPlain } from './article.js';
import type { View, ViewContext } from './view.js';

/**
 * An article, and how this terminal shows it: the bidi mode (asked only for right-to-left
 * text, as it reads the settings), OSC 8 links (asked only for styled text), whole URLs (piped).
 */
export interface ArticleShown { article: Article; bidi: () => BidiRender; hyperlinks: () => boolean; wholeUrls: boolean }

function rendered(d: ArticleShown, ctx: ViewContext, bidi: BidiRender) {
  return renderArticle(d.article, { width: ctx.width, bidi, now: ctx.now, wholeUrls: d.wholeUrls });
}

/** `read` and `bookmarks read`: styled or plain text laid out to the width, CommonMark, or the JSON record. */
export const articleView: View<ArticleShown> = {
  text: (d, ctx) => {
    // Without right-to-left text the bidi mode changes nothing: skip reading the settings.
    const rtl = hasRtl(d.article.title) || hasRtl(d.article.contentHtml);
    const r = rendered(d, ctx, rtl ? d.bidi() : 'terminal');
    if (!ctx.style.enabled) return articleToPlain(r);
    return articleToAnsi(r, { color: true, hyperlinks: d.hyperlinks(), width: r.width });
  },
  markdown: (d) => articleToMarkdown(d.article),
  // Scripts get logical order, whatever the terminal does.
  json: (d, ctx) => articleJson(d.article, rendered(d, ctx, 'terminal')),
};
