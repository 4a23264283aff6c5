import { useCallback, useEffect, useState } from 'react';
import { editionNoticeMessage } from '../status-rows.js';
import type { StatusMessage } from './use-status.js';

/** How long the edition's notice stays up when no key dismisses it first. */
export const EDITION_NOTICE_MS = 15_000;

/**
 * The edition's notice (Edition.notice), shown once as the edition opens. It stands over
 * the refresh messages that arrive in its first seconds (the demo's "Up to date" would
 * otherwise replace it before anyone could read it) until a key is pressed or time is up.
 */
export function useEditionNotice(notice: string | null): [StatusMessage | null, () => void] {
  const [shown, setShown] = useState<StatusMessage | null>(() => editionNoticeMessage(notice));
  const dismiss = useCallback(() => setShown(null), []);
  useEffect(() => {
    if (!notice) return undefined;
    const timer = setTimeout(dismiss, EDITION_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice, dismiss]);
  return [shown, dismiss];
}
