import { useCallback, useEffect, useRef, useState } from 'react';
import type { Article } from '../../core/article/types.js';
import { canonicalUrl } from '../../core/bookmarks/model.js';
import { useServices, type ArticleFallback } from '../services-context.js';
import type { StatusKind } from './use-status.js';

/** What `b` bookmarks: a headline (the page is fetched and extracted first) or an open article. */
export interface BookmarkTarget {
  url: string;
  title: string;
  source: string;
  section: string;
  fallback?: ArticleFallback;
  article?: Article;
}

/** Bookmarked URLs (for the ★ marks) and the `b` toggle. */
export interface BookmarkMarks {
  /** Canonical URLs (no #fragment), as the store keys bookmarks: test links with canonicalUrl. */
  urls: ReadonlySet<string>;
  toggle(target: BookmarkTarget): void;
  reload(): void;
}

const EMPTY: ReadonlySet<string> = new Set();

/** Keeps the set of bookmarked URLs and toggles bookmarks with a status message. */
export function useBookmarkMarks(announce: (text: string, kind?: StatusKind) => void): BookmarkMarks {
  const services = useServices();
  const [urls, setUrls] = useState<ReadonlySet<string>>(services.preloaded?.bookmarked ?? EMPTY);
  const saving = useRef(new Set<string>());
  const alive = useRef(true);

  const reload = useCallback(() => {
    services.bookmarks.urls().then((set) => {
      if (alive.current) setUrls(set);
    }, (error: unknown) => announce(services.messages.t('error.bookmarks', { error: (error as Error).message }), 'error'));
  }, [services, announce]);

  useEffect(() => {
    alive.current = true;
    reload();
    return () => {
      alive.current = false;
    };
  }, [reload]);

  // The mark changes with the message; the reload then confirms it from the store.
  const mark = useCallback((url: string, on: boolean) => {
    if (!alive.current) return;
    setUrls((now) => {
      const next = new Set(now);
      if (on) next.add(url);
      else next.delete(url);
      return next;
    });
  }, []);

  const toggle = useCallback((target: BookmarkTarget) => {
    const { t } = services.messages;
    if (!target.url) {
      announce(t('bookmark.noLink'), 'notice');
      return;
    }
    // The store's identity: a link with a #fragment is the same bookmark as the page.
    const key = canonicalUrl(target.url);
    if (saving.current.has(key)) return;
    saving.current.add(key);
    const done = () => saving.current.delete(key);
    if (urls.has(key)) {
      services.bookmarks.remove(key).then(() => {
        mark(key, false);
        announce(t('bookmark.removed', { title: target.title }));
        reload();
      }, (error: unknown) => announce(t('bookmark.removeFailed', { error: (error as Error).message }), 'error')).finally(done);
      return;
    }
    announce(t('bookmark.saving', { title: target.title }));
    const article = target.article
      ? Promise.resolve(target.article)
      : services.articles.load(target.url, { offline: services.offline, fallback: target.fallback }).then((r) => r.article);
    article
      .then((a) => services.bookmarks.add({ url: target.url, title: target.title, source: target.source, section: target.section, article: a }))
      .then(() => {
        mark(key, true);
        announce(t('bookmark.added', { title: target.title }));
        reload();
      }, (error: unknown) => announce(t('bookmark.addFailed', { error: (error as Error).message }), 'error'))
      .finally(done);
  }, [services, urls, announce, reload, mark]);

  return { urls, toggle, reload };
}
