import { useCallback, useEffect, useRef, useState } from 'react';
import { speechLanguage, speechText } from '../../core/article/speech-text.js';
import type { Article } from '../../core/article/types.js';
import { useServices } from '../services-context.js';
import type { StatusKind } from './use-status.js';

/** Listen in the reader: whether it speaks, and the key's toggle. */
export interface Listen {
  speaking: boolean;
  toggle(): void;
}

/**
 * `L` in the reader: speaks the open article through the speech port, and stops it on `L`
 * again, on leaving the reader and on quitting (the unmount aborts the engine's process,
 * which would otherwise go on talking over the shell).
 */
export function useListen(article: Article | undefined, announce: (text: string, kind?: StatusKind, sticky?: boolean) => void): Listen {
  const { speech, messages } = useServices();
  const { t } = messages;
  const running = useRef<AbortController | null>(null);
  const [speaking, setSpeaking] = useState(false);
  // Leaving the reader stops the voice, and the sticky "Listening…" with it.
  const say = useRef(announce);
  useEffect(() => {
    say.current = announce;
  }, [announce]);
  useEffect(() => () => {
    if (!running.current) return;
    running.current.abort();
    running.current = null;
    say.current(t('listen.stopped'), 'info');
  }, [t]);
  const toggle = useCallback(() => {
    if (running.current) {
      running.current.abort();
      running.current = null;
      setSpeaking(false);
      return announce(t('listen.stopped'), 'info');
    }
    if (!speech.engine) return announce(t('listen.noEngine'), 'error', true);
    if (!article) return announce(t('listen.notLoaded'), 'notice');
    const stop = new AbortController();
    running.current = stop;
    setSpeaking(true);
    // Sticky: it stays while the engine speaks, however long the article.
    announce(t('listen.listening'), 'notice', true);
    speech.speak(speechText(article), { lang: speechLanguage(article), signal: stop.signal }).then(() => {
      if (stop.signal.aborted) return;
      announce(t('listen.finished'), 'info');
    }, (error: unknown) => {
      if (!stop.signal.aborted) announce(t('error.listen', { error: (error as Error).message }), 'error');
    }).finally(() => {
      if (running.current !== stop) return;
      running.current = null;
      setSpeaking(false);
    });
  }, [speech, article, announce, t]);
  return { speaking, toggle };
}
