import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { homeFirstFrame, homeFirstRows } from '../../src/ui/first-frame.js';
import { defaultWire, fakeServices, item, TEST_NOW } from '../helpers/fake-services.js';
import { renderApp } from '../helpers/render-app.js';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(TEST_NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

const text = (rows: ReturnType<typeof homeFirstRows>) => rows.map((r) => r.parts.map((p) => p.text).join('').trimEnd()).join('\n');

describe('first frame painted before Ink loads', () => {
  it.each([
    [80, 24, undefined],
    [100, 30, 'economy'],
    [40, 12, undefined],
    [40, 12, 'politics'],
  ])('has the same characters as the app\'s first frame at %sx%s (section %s)', async (columns, rows, section) => {
    const wire = [...defaultWire(), item('ar', 'إربد تطلق أول خط حافلات كهربائية', '/news/politics/', 3)];
    const { services, edition } = fakeServices({ offline: true, wire });
    const news = await services.news.load({ offline: true });
    const read = new Set([news.index.all[1].key]);
    const bookmarked = new Set([news.index.all[0].link]);
    const expected = text(homeFirstRows({ edition, snapshot: news, read, bookmarked, section, columns, rows, now: TEST_NOW, offline: true, refreshing: false, color: false, bidi: 'reorder', messages: services.messages }));
    const app = await renderApp({ ...services, preloaded: { news, read, bookmarked, staleAt: Number.POSITIVE_INFINITY } }, { columns, rows, section });
    const frame = app.frame().split('\n').map((l) => l.trimEnd()).join('\n');
    app.unmount();
    expect(frame).toBe(expected);
  });

  it('says "refreshing" only when a refresh starts at once (stored news that is still fresh is not refreshed)', async () => {
    const { services, edition } = fakeServices();
    const news = await services.news.load({ offline: true });
    const frame = (refreshing: boolean) => text(homeFirstRows({ edition, snapshot: news, read: new Set(), bookmarked: new Set(), columns: 100, rows: 24, now: TEST_NOW, offline: false, refreshing, color: false, bidi: 'reorder', messages: services.messages }));
    expect(frame(true)).toContain('refreshing');
    expect(frame(false)).not.toContain('refreshing');
    // The app's own first frame agrees with the plain one.
    const fresh = { ...services, news: { ...services.news, staleAt: () => TEST_NOW.getTime() + 600_000 }, preloaded: { news, read: new Set<string>(), bookmarked: new Set<string>(), staleAt: TEST_NOW.getTime() + 600_000 } };
    const app = await renderApp(fresh, { columns: 100, rows: 24 });
    expect(app.frame()).not.toContain('refreshing');
    app.unmount();
  });

  it('writes each row in place and leaves the cursor at the top', async () => {
    const { services, edition } = fakeServices();
    const news = await services.news.load({ offline: true });
    const out = homeFirstFrame({ edition, snapshot: news, read: new Set(), bookmarked: new Set(), columns: 80, rows: 24, now: TEST_NOW, offline: false, refreshing: true, color: true, bidi: 'reorder', messages: services.messages });
    expect(out).toContain('\u001b7\u001b[1;1H');
    expect(out).toContain('\u001b[23;1H');
    expect(out).not.toContain('\u001b[24;1H');
    expect(out.endsWith('\u001b[H')).toBe(true);
    expect(out).toContain('↻ refreshing');
    const plain = homeFirstFrame({ edition, snapshot: news, read: new Set(), bookmarked: new Set(), columns: 80, rows: 24, now: TEST_NOW, offline: false, refreshing: true, color: false, bidi: 'reorder', messages: services.messages });
    // Only cursor moves and resets: no colour or attribute codes without colour.
    expect(plain.match(/\[[\d;]*m/g)?.every((code) => code === '[0m')).toBe(true);
  });
});
