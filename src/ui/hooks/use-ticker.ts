import { useCallback, useEffect, useReducer, useRef } from 'react';
import { tickerReducer, tickerStart, type TickerAction, type TickerItem, type TickerState } from '../state/ticker.js';

/** Milliseconds per one-cell step of the breaking strip: steady, readable, and cheap. */
export const TICKER_STEP_MS = 125;

/**
 * Runs the ticker clock: one cell every {@link TICKER_STEP_MS} while `running` and there is
 * something to show. A step is drawn by `paint` when it can (a real terminal: one line
 * written in place, no Ink frame); otherwise the component re-renders. Either way only the
 * ticker changes.
 */
export function useTicker(items: TickerItem[], running: boolean, paint?: (state: TickerState) => boolean): [TickerState, (action: TickerAction) => void, () => TickerState] {
  // Start with the items already in: the first frame shows the strip, not "no breaking news".
  const state = useRef<TickerState | null>(null);
  state.current ??= tickerStart(items);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const painter = useRef(paint);
  painter.current = paint;
  const dispatch = useCallback((action: TickerAction) => {
    const next = tickerReducer(state.current as TickerState, action);
    if (next === state.current) return;
    state.current = next;
    if (action.type === 'step' && painter.current?.(next)) return;
    rerender();
  }, []);
  useEffect(() => {
    dispatch({ type: 'items', items });
  }, [items, dispatch]);
  const hasItems = state.current.items.length > 0;
  useEffect(() => {
    if (!running || !hasItems) return undefined;
    const timer = setInterval(() => dispatch({ type: 'step' }), TICKER_STEP_MS);
    return () => clearInterval(timer);
  }, [running, hasItems, dispatch]);
  const latest = useCallback(() => state.current as TickerState, []);
  return [state.current, dispatch, latest];
}
