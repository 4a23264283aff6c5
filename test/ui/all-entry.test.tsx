import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeServices, TEST_NOW } from '../helpers/fake-services.js';
import { editionServices } from '../helpers/edition-services.js';
import { startEstuaryEdition } from '../helpers/estuary-edition.js';
import type { LoopbackServer } from '../helpers/loopback-server.js';
import { renderApp } from '../helpers/render-app.js';

// The real services and database over a loopback edition; real timers (the stores' file
// lock backs off with setTimeout).
describe('the All entry of the section menu', () => {
  let server: LoopbackServer;
  let home: string;
  beforeAll(async () => {
    ({ server, home } = await startEstuaryEdition());
  });
  afterAll(() => server.close());
  const menu = (frame: string) => frame.split('\n').slice(2, 6).map((line) => line.split('│')[0].trimEnd());

  it('comes first with the unread count of every item, lists every feed, and A on it marks the whole edition', async () => {
    const services = editionServices('coast', home);
    const app = await renderApp(services, { columns: 100, rows: 24 });
    let frame = await app.waitFor('Parliament passes the budget');
    expect(menu(frame)).toEqual([expect.stringMatching(/^ +All +6$/), expect.stringMatching(/^› +Politics +1$/), expect.stringMatching(/^ +Nature +3$/), '']);
    frame = await app.press('k');
    expect(frame.split('\n')[0]).toContain('Coast › All');
    // The loose feed's item is in no section: All lists it with the rest.
    expect(frame).toContain('Lighthouse keeper retires');
    expect(frame).toContain('Harbour seals return to the estuary');
    expect(frame).toMatch(/1\/6 *$/m);
    await app.press('return', 'A');
    frame = await app.waitFor('Marked 6 read');
    expect(menu(frame)[0]).toMatch(/^ +All$/);
    expect((await services.readState.load()).size).toBe(6);
    app.unmount();
  });

  it('opens at All with --section all', async () => {
    const app = await renderApp(editionServices('coast', home), { columns: 100, rows: 24, section: 'all' });
    const frame = await app.waitFor('Lighthouse keeper retires');
    expect(frame.split('\n')[0]).toContain('Coast › All');
    app.unmount();
  });
});

describe('A on the All list', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(TEST_NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("marks the edition's whole history, not only the headlines listed (a section's list marks its own)", async () => {
    const { services, log } = fakeServices();
    const history = ['old-1', 'old-2'];
    const app = await renderApp({ ...services, readState: { ...services.readState, unreadKeys: async () => history } });
    await app.waitFor(/ 1\/\d+ *(\n|$)/);
    await app.press('k');
    expect(app.frame().split('\n')[0]).toContain('Test Edition › All');
    await app.press('return', 'A');
    await app.waitFor('Marked 2 read');
    expect(log.readMarks.at(-1)).toEqual({ keys: history, read: true });
    // With a filter, A marks what the filter lists.
    await app.press('/', 'b', 'a', 'n', 'k', 'return', 'A');
    await app.waitFor('Marked 1 read');
    expect(log.readMarks.at(-1)?.keys).toHaveLength(1);
    app.unmount();
  });
});
