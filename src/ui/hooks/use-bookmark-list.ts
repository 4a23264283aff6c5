import { useCallback, useEffect, useRef, useState } from 'react';
import { liveQuery } from '../../core/bookmarks/search.js';
import type { Bookmark } from '../../core/bookmarks/types.js';
import { useServices } from '../services-context.js';

/** The bookmarks shown: all, or those matching the search. */
export interface BookmarkList {
  items: Bookmark[];
  loading: boolean;
  reload(): void;
}

/** Lists (or searches) bookmarks; the newest answer wins when the query changes quickly. */
export function useBookmarkList(query: string, onError: (message: string) => void): BookmarkList {
  const services = useServices();
  const [items, setItems] = useState<Bookmark[]>([]);
  const [loading, setLoading] = useState(true);
  const generation = useRef(0);
  const reload = useCallback(() => {
    const mine = ++generation.current;
    const q = query.trim();
    (q ? services.bookmarks.search(liveQuery(q)) : services.bookmarks.list()).then((list) => {
      if (mine !== generation.current) return;
      setItems(list);
      setLoading(false);
    }, (error: unknown) => {
      if (mine !== generation.current) return;
      setLoading(false);
      onError(services.messages.t('error.bookmarks', { error: (error as Error).message }));
    });
  }, [services, query, onError]);
  useEffect(() => {
    reload();
    return () => {
      generation.current++;
    };
  }, [reload]);
  return { items, loading, reload };
}
