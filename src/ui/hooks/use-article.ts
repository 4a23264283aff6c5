import { useEffect, useState } from 'react';
import type { Article } from '../../core/article/types.js';
import { useServices } from '../services-context.js';
import { fallbackArticle } from '../state/article-lines.js';
import type { ReaderTarget } from '../state/navigation.js';

/** The article of a reader target as it loads. */
export type ArticleLoad =
  | { status: 'loading' }
  | { status: 'ready'; article: Article; notice: string | null; fromCache: boolean }
  /** The page could not be had: the feed's text is shown with the reason. */
  | { status: 'failed'; article: Article; reason: string };

/**
 * Loads the article for a target: a bookmark's stored copy (never the network), or the page
 * through the article service (cache first; offline with --offline).
 */
export function useArticle(target: ReaderTarget): ArticleLoad {
  const services = useServices();
  const [load, setLoad] = useState<ArticleLoad>({ status: 'loading' });
  useEffect(() => {
    let alive = true;
    // Leaving the reader (or quitting) ends the page fetch rather than waiting it out.
    const stop = new AbortController();
    setLoad({ status: 'loading' });
    const fail = (reason: string) => {
      if (alive) setLoad({ status: 'failed', article: fallbackArticle(target, services.messages), reason });
    };
    if (target.bookmarkId) {
      services.bookmarks.readArticle(target.bookmarkId).then((article) => {
        if (!alive) return;
        if (article) setLoad({ status: 'ready', article, notice: null, fromCache: true });
        else fail(services.messages.t('reader.noSavedCopy'));
      }, (error: unknown) => fail((error as Error).message));
    } else if (!target.url) {
      fail(services.messages.t('reader.noItemLink'));
    } else {
      services.articles.load(target.url, { offline: services.offline, fallback: target.fallback, signal: stop.signal }).then((r) => {
        if (alive) setLoad({ status: 'ready', article: r.article, notice: r.notice, fromCache: r.fromCache });
      }, (error: unknown) => fail((error as Error).message));
    }
    return () => {
      alive = false;
      stop.abort();
    };
  }, [services, target]);
  return load;
}
