import { useEffect, useMemo, useState } from 'react';
import { withMoreOnThis } from '../../core/article/more-on-this.js';
import type { Article, StoryList } from '../../core/article/types.js';
import { useServices } from '../services-context.js';
import type { ArticleLoad } from './use-article.js';
import type { ReaderTarget } from '../state/navigation.js';

const hasLists = (article: Article) => (article.related ?? []).some((list) => list.stories.length > 0);

/**
 * The article as the reader shows it: when the page lists no stories of its own, with
 * "More on this" from the edition's stored items once they are found (the article shows at
 * once; the list, at its end, follows a few milliseconds later). Null while it loads. The
 * article as loaded stays what a bookmark saves.
 */
export function useMoreOnThis(load: ArticleLoad, target: ReaderTarget): Article | null {
  const { news } = useServices();
  const article = load.status === 'loading' ? null : load.article;
  const [found, setFound] = useState<{ article: Article; stories: StoryList['stories'] } | null>(null);
  useEffect(() => {
    if (!article || !news.moreOnThis || hasLists(article)) return undefined;
    let alive = true;
    const subject = {
      title: article.title || target.title,
      categories: [...(article.tags ?? []), ...(target.fallback?.categories ?? [])],
      links: [article.url, target.url],
    };
    // No suggestions is the worst a failure here can do: the article reads the same.
    news.moreOnThis(subject).then((stories) => alive && setFound({ article, stories }), () => undefined);
    return () => {
      alive = false;
    };
  }, [news, article, target]);
  return useMemo(() => (article && found?.article === article ? withMoreOnThis(article, found.stories) : article), [article, found]);
}
