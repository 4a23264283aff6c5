import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TICKER_STEP_MS } from '../../src/ui/hooks/use-ticker.js';
import { fakeServices, item, TEST_NOW } from '../helpers/fake-services.js';
import { renderApp } from '../helpers/render-app.js';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(TEST_NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

const ready = / 1\/\d+ *(\n|$)/;
const lines = (frame: string) => frame.split('\n');

describe('home screen', () => {
  it('draws top bar, ticker, section tree, headline list and status at 80x24', async () => {
    const app = await renderApp(fakeServices().services);
    const frame = await app.waitFor(ready);
    expect(lines(frame)).toHaveLength(23);
    expect(frame).toMatchInlineSnapshot(`
      " Test Edition › News                                  10:00  ● online  7 unread
      BREAKING ▸ Fog closes the airport  •  Governor to speak at ten  •  Fog closes th
         All             7│ •  Assembly passes the budget             Wire          5m
      ›▾ News            3│ •  Central bank holds rates               Wire          1h
           Politics      2│ •  Voting age committee reports           Wire          2h
           Economy       1│
         Sport           1│
       ▾ Regions         1│
           Europe        1│
                          │
                          │
                          │
                          │
                          │
                          │
                          │
                          │
                          │
                          │
                          │
                          │
       Up to date                                                                 1/3
       j/k move  ⏎ headlines  Space fold  q quit  ? help  r refresh  B saved  Tab pane"
    `);
    app.unmount();
  });

  it('shows which pane has the keys without colour: › only in the focused pane (the ticker too)', async () => {
    const { services } = fakeServices();
    expect(services.color).toBe(false);
    const app = await renderApp(services);
    const cursors = (frame: string) => {
      const [, ticker, ...rest] = lines(frame);
      const body = rest.slice(0, 10);
      return {
        tree: body.filter((l) => l.startsWith('›')).length,
        list: body.filter((l) => l.includes('│›')).length,
        ticker: ticker.startsWith('BREAKING › '),
      };
    };
    expect(cursors(await app.waitFor(ready))).toEqual({ tree: 1, list: 0, ticker: false });
    expect(cursors(await app.press('tab'))).toEqual({ tree: 0, list: 1, ticker: false });
    expect(cursors(await app.press('tab'))).toEqual({ tree: 0, list: 0, ticker: true });
    expect(cursors(await app.press('tab'))).toEqual({ tree: 1, list: 0, ticker: false });
    app.unmount();
  });

  it('says in the top bar when feeds failed: "online" only when every feed answered', async () => {
    const wire = fakeServices().edition.feeds[0].url;
    const app = await renderApp(fakeServices({ failFeed: wire }).services);
    await app.waitFor('HTTP 403 Forbidden');
    const top = lines(app.frame())[0];
    expect(top).toContain('⚠ 1/2 feeds failed');
    expect(top).not.toContain('online');
    app.unmount();
  });

  it('stays usable at 40x12: one pane at a time, one status line', async () => {
    const app = await renderApp(fakeServices().services, { columns: 40, rows: 12 });
    let frame = await app.waitFor(ready);
    expect(lines(frame)).toHaveLength(11);
    expect(frame).toContain('Politics');
    frame = await app.press('return');
    expect(frame).toMatchInlineSnapshot(`
      " Test Edition › News           7 unread
      BREAKING ▸ Fog closes the airport  •  Go
      ›•  Assembly passes the budget        5m
       •  Central bank holds rates          1h
       •  Voting age committee reports      2h





       Up to date                         1/3"
    `);
    app.unmount();
  });

  it('reflows on resize', async () => {
    const app = await renderApp(fakeServices().services, { columns: 100, rows: 30 });
    await app.waitFor(ready);
    expect(lines(app.frame())).toHaveLength(29);
    const frame = await app.resize(60, 20);
    expect(lines(frame)).toHaveLength(19);
    expect(lines(frame).every((l) => l.length <= 60)).toBe(true);
    expect(frame).toContain('│');
    app.unmount();
  });

  it('opens at --section with the headlines focused and its path in the top bar', async () => {
    const app = await renderApp(fakeServices().services, { section: 'economy' });
    const frame = await app.waitFor(ready);
    expect(lines(frame)[0]).toContain('Test Edition › News › Economy');
    expect(frame).toContain('⏎ read');
    expect(frame).toMatch(/›• {2}Central bank holds rates/);
    app.unmount();
  });

  it('shows the cache first, then refreshes in the background and announces new items', async () => {
    const fresh = [item('n1', 'Breaking budget vote result', '/news/politics/', 1)];
    const { services, log } = fakeServices({ fresh });
    const app = await renderApp(services);
    const frame = await app.waitFor('1 new headline');
    expect(log.newsLoads).toEqual([{ offline: true }, { offline: false }]);
    expect(frame).toContain('Breaking budget vote result');
    app.unmount();
  });

  it('puts a failing feed in the status line, never over the list', async () => {
    const wireUrl = fakeServices().edition.feeds[0].url;
    const failing = fakeServices({ failFeed: wireUrl }).services;
    const app = await renderApp(failing);
    const frame = await app.waitFor('Wire: HTTP 403 Forbidden');
    expect(lines(frame)[21]).toContain('Wire: HTTP 403 Forbidden');
    expect(frame).toContain('Assembly passes the budget');
    app.unmount();
  });

  it('waits for stored news to go stale before its first background refresh (cache first)', async () => {
    const { services, log } = fakeServices({ refreshMinutes: 15, breaking: [] });
    const fresh = { ...services, news: { ...services.news, staleAt: () => services.now().getTime() + 10 * 60_000 } };
    const app = await renderApp(fresh);
    await app.waitFor(ready);
    await app.settle();
    expect(log.newsLoads.filter((l) => !l.offline)).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    await app.settle();
    expect(log.newsLoads.filter((l) => !l.offline)).toHaveLength(1);
    app.unmount();
  });

  it('refreshes again every refreshMinutes', async () => {
    const { services, log } = fakeServices({ refreshMinutes: 5, breaking: [] });
    const app = await renderApp(services);
    await app.waitFor(ready);
    expect(log.newsLoads.filter((l) => !l.offline)).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    await app.settle();
    expect(log.newsLoads.filter((l) => !l.offline)).toHaveLength(2);
    app.unmount();
  });

  it('never touches the network with --offline', async () => {
    const { services, log } = fakeServices({ offline: true });
    const app = await renderApp(services);
    await app.waitFor(ready);
    await app.press('r');
    expect(app.frame()).toContain('Offline: showing cached headlines');
    expect(log.newsLoads).toEqual([{ offline: true }]);
    app.unmount();
  });

  it('scrolls the ticker one cell a step, and p holds it', async () => {
    const app = await renderApp(fakeServices().services);
    await app.waitFor(ready);
    const strip = () => lines(app.frame())[1];
    expect(strip()).toMatch(/^BREAKING ▸ Fog closes/);
    await vi.advanceTimersByTimeAsync(TICKER_STEP_MS * 4);
    expect(strip()).toMatch(/^BREAKING ▸ closes the airport/);
    await app.press('p');
    expect(strip()).toMatch(/^BREAKING ‖ closes/);
    await vi.advanceTimersByTimeAsync(TICKER_STEP_MS * 10);
    expect(strip()).toMatch(/^BREAKING ‖ closes/);
    app.unmount();
  });

  it('says so quietly when there is no breaking news', async () => {
    const app = await renderApp(fakeServices({ breaking: [] }).services);
    await app.waitFor(ready);
    expect(lines(app.frame())[1].trimEnd()).toBe('BREAKING  No breaking news right now');
    app.unmount();
  });

  it('marks read headlines: no dot, smaller unread counts', async () => {
    const { services, log } = fakeServices();
    const app = await renderApp(services);
    await app.waitFor(ready);
    await app.press('return', 'return');
    await app.waitFor('0%');
    const frame = await app.press('escape');
    expect(frame).toMatch(/› {3}Assembly passes the budget/);
    expect(lines(frame)[0]).toContain('6 unread');
    expect(frame).toMatch(/News {12}2│/);
    expect(log.readMarks).toEqual([{ keys: [expect.any(String)], read: true }]);
    app.unmount();
  });

  it('filters the list as you type and clears with Esc', async () => {
    const app = await renderApp(fakeServices().services);
    await app.waitFor(ready);
    let frame = await app.press('return', '/', 'v', 'o', 't');
    expect(frame).toContain('filter: vot');
    expect(frame).toContain('Voting age committee reports');
    expect(frame).not.toContain('Central bank');
    frame = await app.press('return');
    expect(frame).not.toContain('filter: vot▏');
    expect(frame).not.toContain('Central bank');
    frame = await app.press('escape');
    expect(frame).toContain('Central bank');
    app.unmount();
  });

  it('keeps a 5,000-headline section windowed: only visible rows are drawn', async () => {
    const wire = Array.from({ length: 5000 }, (_, i) => item(`x${i}`, `Story number ${i}`, '/news/politics/', i));
    const app = await renderApp(fakeServices({ wire }).services);
    await app.waitFor(ready);
    const frame = await app.press('return', 'G');
    expect(frame).toContain('5000/5000');
    expect(frame).toContain('Story number 4999');
    expect(frame).not.toContain('Story number 4980 ');
    app.unmount();
  });
});
