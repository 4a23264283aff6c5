import { useEffect, useReducer } from 'react';
import { tickerReducer, type TickerAction, type TickerItem, type TickerState } from '../state/ticker.js';

/** Cells per second the breaking strip moves: steady and readable, and cheap on CPU. */
export const TICKER_STEP_MS = 125;

const START: TickerState = { offset: 0, items: [], pending: null };

/**
 * Runs the ticker clock: one cell every {@link TICKER_STEP_MS} while `running` and there is
 * something to show. Only the component using this re-renders on each step.
 */
export function useTicker(items: TickerItem[], running: boolean): [TickerState, (action: TickerAction) => void] {
  const [state, dispatch] = useReducer(tickerReducer, START);
  useEffect(() => {
    dispatch({ type: 'items', items });
  }, [items]);
  const hasItems = state.items.length > 0;
  useEffect(() => {
    if (!running || !hasItems) return undefined;
    const timer = setInterval(() => dispatch({ type: 'step' }), TICKER_STEP_MS);
    return () => clearInterval(timer);
  }, [running, hasItems]);
  return [state, dispatch];
}
