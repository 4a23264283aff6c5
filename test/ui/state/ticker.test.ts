import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../../src/core/text/width.js';
import { TICKER_SEPARATOR, tickerFrame, tickerItemOffset, tickerReducer, type TickerItem, type TickerState } from '../../../src/ui/state/ticker.js';

const items = (...texts: string[]): TickerItem[] => texts.map((text, i) => ({ key: `k${i}`, text }));
const text = (f: ReturnType<typeof tickerFrame>) => f.spans.map((s) => s.text).join('');

describe('tickerFrame', () => {
  it('shows `width` cells of the strip from the offset', () => {
    const strip = items('Alpha', 'Beta');
    expect(text(tickerFrame(strip, 0, 12))).toBe(`Alpha${TICKER_SEPARATOR}Be`);
    expect(text(tickerFrame(strip, 2, 6))).toBe('pha  •');
  });

  it('loops without a seam: the end of the strip runs into its start', () => {
    const strip = items('Alpha', 'Beta');
    const cycle = tickerFrame(strip, 0, 1).cycle;
    expect(cycle).toBe('Alpha'.length + 'Beta'.length + 2 * TICKER_SEPARATOR.length);
    expect(text(tickerFrame(strip, cycle - 2, 6))).toBe('  Alph');
    expect(text(tickerFrame(strip, cycle, 10))).toBe(text(tickerFrame(strip, 0, 10)));
    expect(text(tickerFrame(strip, cycle * 3 + 4, 10))).toBe(text(tickerFrame(strip, 4, 10)));
  });

  it('repeats a strip narrower than the screen', () => {
    expect(text(tickerFrame(items('Hi'), 0, 18))).toBe(`Hi${TICKER_SEPARATOR}Hi${TICKER_SEPARATOR}Hi  `);
  });

  it('never cuts a wide character: a half at either edge shows as a space', () => {
    const strip = items('日本語ニュース');
    for (let offset = 0; offset < 30; offset++) {
      for (const width of [5, 6, 7]) {
        const frame = tickerFrame(strip, offset, width);
        expect(displayWidth(text(frame)), `offset ${offset} width ${width}`).toBe(width);
      }
    }
    expect(text(tickerFrame(strip, 1, 5))).toBe(' 本語');
    expect(text(tickerFrame(strip, 0, 5))).toBe('日本 ');
  });

  it('keeps combining marks with their letter', () => {
    const frame = tickerFrame(items('Cafe\u0301 news'), 3, 3);
    expect(text(frame)).toBe('e\u0301 n');
  });

  it('names the item under the marker, skipping a separator', () => {
    const strip = items('Alpha', 'Beta');
    expect(tickerFrame(strip, 0, 10).current).toBe(0);
    expect(tickerFrame(strip, 4, 10).current).toBe(0);
    expect(tickerFrame(strip, 6, 10).current).toBe(1);
    expect(tickerFrame(strip, tickerItemOffset(strip, 1), 10).current).toBe(1);
  });

  it('marks spans of fresh items and separators', () => {
    const frame = tickerFrame([{ key: 'a', text: 'Old' }, { key: 'b', text: 'New', fresh: true }], 0, 16);
    expect(frame.spans.map((s) => [s.text, s.item, s.fresh])).toEqual([
      ['Old', 0, false], [TICKER_SEPARATOR, -1, false], ['New', 1, true], [TICKER_SEPARATOR, -1, false],
    ]);
  });

  it('is blank with nothing to show', () => {
    expect(tickerFrame([], 5, 4)).toEqual({ spans: [{ text: '    ', item: -1, fresh: false }], current: -1, cycle: 0 });
  });
});

describe('tickerReducer', () => {
  const start = (list: TickerItem[]): TickerState => tickerReducer({ offset: 0, items: [], pending: null }, { type: 'items', items: list });

  it('takes the first items at once, not highlighted', () => {
    const state = start(items('A', 'B'));
    expect(state.items.map((i) => i.fresh)).toEqual([false, false]);
  });

  it('steps one cell and wraps at the end of the loop', () => {
    let state = start(items('AB'));
    const cycle = tickerFrame(state.items, 0, 1).cycle;
    for (let i = 0; i < cycle - 1; i++) state = tickerReducer(state, { type: 'step' });
    expect(state.offset).toBe(cycle - 1);
    expect(tickerReducer(state, { type: 'step' }).offset).toBe(0);
  });

  it('lets new items join at the next loop, highlighted for one loop', () => {
    let state = start(items('A', 'B'));
    state = tickerReducer(state, { type: 'step' });
    state = tickerReducer(state, { type: 'items', items: [{ key: 'n', text: 'New' }, ...items('A', 'B')] });
    expect(state.items.map((i) => i.text)).toEqual(['A', 'B']);
    expect(state.offset).toBe(1);
    const cycle = tickerFrame(state.items, 0, 1).cycle;
    while (state.offset !== 0) state = tickerReducer(state, { type: 'step' });
    expect(state.items.map((i) => [i.text, i.fresh])).toEqual([['New', true], ['A', false], ['B', false]]);
    const next = tickerFrame(state.items, 0, 1).cycle;
    expect(next).toBeGreaterThan(cycle);
    for (let i = 0; i < next; i++) state = tickerReducer(state, { type: 'step' });
    expect(state.items.every((i) => !i.fresh)).toBe(true);
  });

  it('ignores the same items again', () => {
    const state = start(items('A'));
    expect(tickerReducer(state, { type: 'items', items: items('A') })).toBe(state);
  });

  it('jumps to the next and previous item starts', () => {
    let state = start(items('Alpha', 'Beta', 'Gamma'));
    state = tickerReducer(state, { type: 'jump', by: 1 });
    expect(state.offset).toBe(tickerItemOffset(state.items, 1));
    state = tickerReducer(state, { type: 'jump', by: -1 });
    expect(state.offset).toBe(0);
    state = tickerReducer(state, { type: 'jump', by: -1 });
    expect(state.offset).toBe(tickerItemOffset(state.items, 2));
    state = tickerReducer({ ...state, offset: tickerItemOffset(state.items, 1) + 2 }, { type: 'jump', by: -1 });
    expect(state.offset).toBe(tickerItemOffset(state.items, 1));
  });
});
