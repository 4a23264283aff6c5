import { useCallback, useEffect, useRef, useState } from 'react';

/** How a status message is drawn. */
export type StatusKind = 'info' | 'error' | 'notice';

/** The message in the status line (never over content). */
export interface StatusMessage {
  text: string;
  kind: StatusKind;
  /** Kept until replaced (a URL to copy), not cleared after a few seconds. */
  sticky?: boolean;
}

/** Shows a status message and clears it after `ms` unless it is sticky. */
export function useStatus(ms = 6000): [StatusMessage | null, (text: string, kind?: StatusKind, sticky?: boolean) => void] {
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const show = useCallback((text: string, kind: StatusKind = 'info', sticky = false) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    setMessage(text ? { text, kind, sticky } : null);
    if (text && !sticky) timer.current = setTimeout(() => setMessage(null), ms);
  }, [ms]);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
  return [message, show];
}
