import { useCallback, useEffect, useRef, useState } from 'react';
import type { NewsSnapshot } from '../../services/news-service.js';
import { useServices } from '../services-context.js';
import { feedFailures, networkState, newHeadlineKeys, refreshMessage, type FeedFailures, type NetworkState } from '../state/news-report.js';
import type { StatusKind } from './use-status.js';

/** The headlines the app shows and how fresh they are. */
export interface NewsView {
  snapshot: NewsSnapshot | null;
  /** loading: nothing to show yet; refreshing: showing cache while the network answers. */
  phase: 'loading' | 'refreshing' | 'idle';
  network: NetworkState;
  /** How many feeds the last refresh could not fetch, of how many (null before one). */
  failures: FeedFailures | null;
  /** Keys that arrived with the last refresh (highlighted until the next one). */
  fresh: ReadonlySet<string>;
  refresh(): void;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * Cache first: the cached headlines draw the first frame, then the feeds refresh in the
 * background, and again every `refreshMinutes`. New items and failures are announced.
 */
export function useNews(announce: (text: string, kind?: StatusKind) => void): NewsView {
  const services = useServices();
  const preloaded = services.preloaded?.news ?? null;
  const [snapshot, setSnapshot] = useState<NewsSnapshot | null>(preloaded);
  const [phase, setPhase] = useState<NewsView['phase']>(preloaded ? ((services.preloaded?.staleAt ?? 0) <= services.now().getTime() ? 'refreshing' : 'idle') : 'loading');
  const [network, setNetwork] = useState<NetworkState>(services.offline ? 'offline' : 'unknown');
  const [failures, setFailures] = useState<FeedFailures | null>(null);
  const [fresh, setFresh] = useState<ReadonlySet<string>>(NONE);
  const current = useRef<NewsSnapshot | null>(preloaded);
  const busy = useRef(false);
  const alive = useRef(true);
  // Aborted on unmount: quitting ends the fetches in flight instead of waiting for them,
  // which kept the process alive (and the shell waiting) for up to the fetch timeout.
  const stop = useRef(new AbortController());

  const refresh = useCallback(() => {
    if (services.offline) {
      announce(services.messages.t('news.offlineCached'), 'notice');
      return;
    }
    if (busy.current) return;
    busy.current = true;
    setPhase('refreshing');
    const { signal } = stop.current;
    services.news.load({ offline: false, signal }).then((next) => {
      if (!alive.current || signal.aborted) return;
      const added = newHeadlineKeys(current.current?.index ?? null, next.index);
      current.current = next;
      setSnapshot(next);
      setFresh(added.length > 0 ? new Set(added) : NONE);
      setNetwork(networkState(next.results));
      setFailures(feedFailures(next.results));
      const message = refreshMessage(next.edition, next.results, added.length, services.messages);
      announce(message.text, message.kind);
    }, (error: unknown) => {
      if (!alive.current) return;
      // Whatever the last refresh said about the network no longer holds.
      setNetwork('unknown');
      announce(services.messages.t('error.refresh', { error: error instanceof Error ? error.message : String(error) }), 'error');
    }).finally(() => {
      busy.current = false;
      if (alive.current) setPhase('idle');
    });
  }, [services, announce]);

  useEffect(() => {
    alive.current = true;
    if (stop.current.signal.aborted) stop.current = new AbortController();
    const controller = stop.current;
    const end = () => {
      alive.current = false;
      controller.abort();
    };
    // Cache first: fresh stored news is shown as it is; the first refresh comes when it goes stale.
    let first: ReturnType<typeof setTimeout> | undefined;
    const refreshWhenStale = () => {
      // The preloaded news knows when it goes stale: no second look at the database.
      const due = current.current === services.preloaded?.news ? services.preloaded.staleAt : services.news.staleAt?.() ?? 0;
      const wait = due - services.now().getTime();
      if (wait <= 0) refresh();
      else if (Number.isFinite(wait)) first = setTimeout(refresh, Math.min(wait, 2 ** 31 - 1));
    };
    const stopAll = () => {
      clearTimeout(first);
      end();
    };
    if (current.current && current.current === services.preloaded?.news) {
      if (!services.offline) refreshWhenStale();
      return stopAll;
    }
    services.news.load({ offline: true }).then((cached) => {
      if (!alive.current) return;
      if (cached.index.all.length > 0 || services.offline) {
        current.current = cached;
        setSnapshot(cached);
      }
      if (services.offline) {
        setPhase('idle');
        const failed = cached.results.filter((r) => r.status === 'error').length;
        if (failed > 0) announce(services.messages.t('news.offlineMissing', { n: failed }), 'notice');
      } else if (cached.index.all.length > 0) {
        refreshWhenStale();
      } else {
        refresh();
      }
    }, () => {
      if (alive.current) refresh();
    });
    return stopAll;
  }, [services, refresh, announce]);

  useEffect(() => {
    if (services.offline || services.refreshMinutes <= 0) return undefined;
    const timer = setInterval(refresh, services.refreshMinutes * 60_000);
    return () => clearInterval(timer);
  }, [services, refresh]);

  return { snapshot, phase, network, failures, fresh, refresh };
}
