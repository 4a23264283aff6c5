import { useCallback, useEffect, useRef, useState } from 'react';
import { useServices } from '../services-context.js';
import type { StatusKind } from './use-status.js';

/** Ctrl-Z for the app: `hidden` is true for a moment after `fg` (an empty frame). */
export interface Suspend {
  hidden: boolean;
  suspend(): void;
}

// Longer than Ink's render throttle (maxFps 60: 17 ms). Ink writes its throttled frames late
// and drops a frame equal to the last one written: the empty frame must go out on its own,
// or the full frame that follows it matches the old one and nothing is drawn.
const BLANK_MS = 60;

/**
 * Suspends through the services (the terminal is handed back, the process stops). After `fg`
 * the screen was cleared but Ink only writes a frame that differs from its last one: the app
 * draws an empty frame, then itself again, so every line comes back.
 */
export function useSuspend(announce: (text: string, kind?: StatusKind) => void): Suspend {
  const services = useServices();
  const [hidden, setHidden] = useState(false);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);
  useEffect(() => {
    if (!hidden) return undefined;
    const timer = setTimeout(() => setHidden(false), BLANK_MS);
    return () => clearTimeout(timer);
  }, [hidden]);
  const suspend = useCallback(() => {
    if (!services.suspend) {
      announce(services.messages.t('suspend.unavailable'), 'notice');
      return;
    }
    services.suspend().then(() => {
      if (alive.current) setHidden(true);
    }, (error: unknown) => announce(services.messages.t('error.suspend', { error: (error as Error).message }), 'error'));
  }, [services, announce]);
  return { hidden, suspend };
}
