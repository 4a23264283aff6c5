import { useCallback, useEffect, useState } from 'react';
import { useServices } from '../services-context.js';

/** Read marks: the keys read so far and a way to change them. */
export interface ReadMarks {
  read: ReadonlySet<string>;
  mark(keys: string[], read: boolean): void;
}

const EMPTY: ReadonlySet<string> = new Set();

/** Loads the read marks once; marking updates the screen at once and saves in the background. */
export function useReadState(onError: (message: string) => void): ReadMarks {
  const services = useServices();
  const [read, setRead] = useState<ReadonlySet<string>>(services.preloaded?.read ?? EMPTY);
  useEffect(() => {
    let alive = true;
    services.readState.load().then((keys) => {
      if (alive) setRead((now) => new Set([...keys, ...now]));
    }, (error: unknown) => onError(services.messages.t('error.readMarks', { error: (error as Error).message })));
    return () => {
      alive = false;
    };
  }, [services, onError]);
  const mark = useCallback((keys: string[], isRead: boolean) => {
    setRead((now) => {
      if (keys.every((k) => now.has(k) === isRead)) return now;
      const next = new Set(now);
      for (const k of keys) {
        if (isRead) next.add(k);
        else next.delete(k);
      }
      return next;
    });
    services.readState.mark(keys, isRead).catch((error: unknown) => onError(services.messages.t('error.readMarks', { error: (error as Error).message })));
  }, [services, onError]);
  return { read, mark };
}
