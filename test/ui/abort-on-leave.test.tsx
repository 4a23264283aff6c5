import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeServices, TEST_NOW } from '../helpers/fake-services.js';
import { renderApp } from '../helpers/render-app.js';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(TEST_NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

/** A load that never settles, keeping the signal it was given. */
function pending(signals: (AbortSignal | undefined)[]) {
  return (o: { signal?: AbortSignal }) => {
    signals.push(o.signal);
    return new Promise<never>(() => undefined);
  };
}

describe('fetches in flight end with the screen that wanted them', () => {
  it('aborts the refresh when the app quits', async () => {
    const { services } = fakeServices();
    const load = services.news.load.bind(services.news);
    const signals: (AbortSignal | undefined)[] = [];
    services.news.load = (o) => (o.offline ? load(o) : pending(signals)(o));
    const app = await renderApp(services);
    await app.waitFor('refreshing');
    expect(signals).toHaveLength(1);
    expect(signals[0]?.aborted).toBe(false);
    await app.press('q');
    expect(app.exited()).toBe(true);
    expect(signals[0]?.aborted).toBe(true);
    app.unmount();
  });

  it('aborts the page fetch when the reader closes before it arrives', async () => {
    const { services } = fakeServices();
    const signals: (AbortSignal | undefined)[] = [];
    services.articles.load = (_url, o) => pending(signals)(o);
    const app = await renderApp(services);
    await app.waitFor(/ 1\/\d+ *\n/);
    await app.press('return', 'return');
    await app.waitFor('Loading');
    expect(signals[0]?.aborted).toBe(false);
    await app.press('escape');
    await app.waitFor('⏎ read');
    expect(signals[0]?.aborted).toBe(true);
    app.unmount();
  });
});
