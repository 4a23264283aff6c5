import { useEffect, useState } from 'react';
import { liveQuery } from '../../core/bookmarks/search.js';
import type { Headline } from '../../core/edition/headlines.js';
import { useServices } from '../services-context.js';

/** The results of a search over every stored headline, and whether they are for the query asked. */
export interface ItemSearch {
  results: Headline[];
  /** True while the results are for an earlier query (or none arrived yet). */
  pending: boolean;
  /** True while the text being typed is too short to search as you type (Enter still searches). */
  tooShort: boolean;
}

const NONE: Headline[] = [];
// A prefix of one or two letters matches most of a long history, and the query runs on the
// app's thread (0.4 s for 200,000 matches): typing searches from the third character on.
const MIN_LIVE_CHARS = 3;
// Typing quickly asks once, for the text it stopped at.
const TYPING_PAUSE_MS = 120;

/**
 * Searches the stored headlines for `query` (null: no search) through the news port. While
 * `typing`, the last word also matches as a prefix, so results follow the keys; an answer
 * that arrives after a newer query was asked is dropped.
 */
export function useItemSearch(query: string | null, typing: boolean, onError: (message: string) => void): ItemSearch {
  const services = useServices();
  const text = query?.trim() ?? '';
  const tooShort = typing && text.length > 0 && Array.from(text).length < MIN_LIVE_CHARS;
  const asked = query === null || text === '' || tooShort ? null : typing ? liveQuery(query) : query;
  const [answer, setAnswer] = useState<{ query: string; results: Headline[] } | null>(null);
  useEffect(() => {
    if (asked === null) return;
    let current = true;
    const run = () => services.news.search(asked).then((results) => {
      if (current) setAnswer({ query: asked, results });
    }, (error: unknown) => onError(services.messages.t('error.search', { error: (error as Error).message })));
    const timer = typing ? setTimeout(run, TYPING_PAUSE_MS) : undefined;
    if (!typing) void run();
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [services, asked, typing, onError]);
  if (asked === null) return { results: NONE, pending: false, tooShort };
  return { results: answer?.results ?? NONE, pending: answer?.query !== asked, tooShort };
}
