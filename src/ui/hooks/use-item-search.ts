import { useEffect, useState } from 'react';
import { liveQuery } from '../../core/bookmarks/search.js';
import type { Headline } from '../../core/edition/headlines.js';
import { useServices } from '../services-context.js';

/** The results of a search over every stored headline, and whether they are for the query asked. */
export interface ItemSearch {
  results: Headline[];
  /** True while the results are for an earlier query (or none arrived yet). */
  pending: boolean;
}

const NONE: Headline[] = [];

/**
 * Searches the stored headlines for `query` (null: no search) through the news port. While
 * `typing`, the last word also matches as a prefix, so results follow each key; an answer
 * that arrives after a newer query was asked is dropped.
 */
export function useItemSearch(query: string | null, typing: boolean, onError: (message: string) => void): ItemSearch {
  const services = useServices();
  const asked = query === null ? null : typing ? liveQuery(query) : query;
  const [answer, setAnswer] = useState<{ query: string; results: Headline[] } | null>(null);
  useEffect(() => {
    if (asked === null || asked.trim() === '') return;
    let current = true;
    services.news.search(asked).then((results) => {
      if (current) setAnswer({ query: asked, results });
    }, (error: unknown) => onError(`Search: ${(error as Error).message}`));
    return () => {
      current = false;
    };
  }, [services, asked, onError]);
  if (asked === null || asked.trim() === '') return { results: NONE, pending: false };
  return { results: answer?.results ?? NONE, pending: answer?.query !== asked };
}
