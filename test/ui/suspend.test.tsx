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

describe('Ctrl-Z', () => {
  it('suspends through the services and, on resume, draws the whole screen again with its state kept', async () => {
    const { services } = fakeServices();
    let resume = () => undefined as void;
    let suspended = 0;
    services.suspend = () => new Promise<void>((resolve) => {
      suspended++;
      resume = resolve;
    });
    const app = await renderApp(services);
    await app.waitFor(/ 1\/\d+ *\n/);
    const before = await app.press('j', 'j');
    expect(before.split('\n')[0]).toContain('News › Economy');
    await app.press('ctrl+z');
    expect(suspended).toBe(1);
    const seen = app.frames.length;
    resume();
    await app.waitFor((f) => f === '', 'the empty frame');
    // The app stays blank a moment (longer than Ink's render throttle), then draws itself.
    await app.waitFor((f) => {
      vi.advanceTimersByTime(20);
      return f === before;
    }, 'the screen drawn again');
    // An empty frame first: Ink then rewrites every line of the screen the terminal cleared.
    expect(app.frames.slice(seen)).toContain('');
    expect(app.frame()).toBe(before);
    app.unmount();
  });
});
