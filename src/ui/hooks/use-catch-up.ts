import { useCallback, useRef } from 'react';
import type { Headline } from '../../core/edition/headlines.js';
import type { Messages } from '../../core/i18n/messages.js';
import { useServices } from '../services-context.js';
import type { ReadMarks } from './use-read-state.js';
import type { StatusKind, StatusMessage } from './use-status.js';

/** Marking a whole list read, and taking it back. */
export interface CatchUp {
  /** Marks the unread ones of `headlines` read and says how many, with the undo key. */
  markRead(headlines: Headline[]): void;
  /** The same for keys found elsewhere (the edition's whole history). */
  markKeys(keys: string[]): void;
  /** Marks them unread again, while the status line still shows what was marked. */
  undo(): void;
}

/** The status text after marking `n` headlines read. */
export function markedMessage(n: number, messages: Messages): string {
  return messages.t('catchUp.marked', { n });
}

/**
 * `A` and `u` on the home screen. Undo lasts as long as the status line's message: once
 * another message replaced it, `u` could undo something the user no longer sees.
 */
export function useCatchUp(readMarks: ReadMarks, status: StatusMessage | null, announce: (text: string, kind?: StatusKind) => void): CatchUp {
  const { messages } = useServices();
  const last = useRef<{ keys: string[]; text: string } | null>(null);
  const markKeys = useCallback((found: string[]) => {
    const keys = [...new Set(found.filter((k) => !readMarks.read.has(k)))];
    if (keys.length === 0) return announce(messages.t('catchUp.nothing'), 'notice');
    readMarks.mark(keys, true);
    const text = markedMessage(keys.length, messages);
    last.current = { keys, text };
    announce(text, 'info');
  }, [readMarks, announce, messages]);
  const markRead = useCallback((headlines: Headline[]) => markKeys(headlines.map((h) => h.key)), [markKeys]);
  const undo = useCallback(() => {
    const marked = last.current;
    if (!marked || status?.text !== marked.text) return;
    last.current = null;
    readMarks.mark(marked.keys, false);
    announce(messages.t('catchUp.undone', { n: marked.keys.length }), 'info');
  }, [readMarks, status, announce, messages]);
  return { markRead, markKeys, undo };
}
