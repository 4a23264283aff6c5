import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EDITION_NOTICE_MS } from '../../src/ui/hooks/use-edition-notice.js';
import { fakeServices, TEST_NOW } from '../helpers/fake-services.js';
import { renderApp } from '../helpers/render-app.js';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(TEST_NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

const NOTICE = 'Offline demo edition: every story here is fictional';
const statusLine = (frame: string) => frame.split('\n').at(-2) ?? '';

describe('edition notice', () => {
  it('is shown in the status line as the edition opens, over the first refresh message, until a key', async () => {
    const app = await renderApp(fakeServices({ notice: NOTICE }).services);
    await app.waitFor(/ 1\/\d+ *(\n|$)/);
    await app.settle();
    expect(statusLine(app.frame())).toContain(NOTICE);
    await app.press('j');
    expect(app.frame()).not.toContain(NOTICE);
    expect(statusLine(app.frame())).toContain('Up to date');
    app.unmount();
  });

  it('goes away by itself after a while, and only once', async () => {
    const app = await renderApp(fakeServices({ notice: NOTICE }).services);
    await app.waitFor(NOTICE);
    vi.advanceTimersByTime(EDITION_NOTICE_MS + 1);
    await app.waitFor((f) => !f.includes(NOTICE), 'the notice to go');
    await app.press('?');
    await app.press('escape');
    expect(app.frame()).not.toContain(NOTICE);
    app.unmount();
  });

  it('is absent when the edition has none', async () => {
    const app = await renderApp(fakeServices().services);
    const frame = await app.waitFor('Up to date');
    expect(frame).not.toContain('fictional');
    app.unmount();
  });
});
