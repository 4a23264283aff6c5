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

const ready = / 1\/\d+ *(\n|$)/;
const top = (frame: string) => frame.split('\n')[0];
const statusLine = (frame: string) => frame.split('\n').at(-2) ?? '';

describe('A marks the list read, u undoes', () => {
  it('marks the headlines listed read through the read-state port, and u marks the same ones unread again', async () => {
    const { services, log } = fakeServices();
    const app = await renderApp(services);
    await app.waitFor(ready);
    // News lists three; one is read already, so A marks the other two.
    await app.press('return', 'm');
    expect(top(app.frame())).toContain('6 unread');
    let frame = await app.press('A');
    expect(statusLine(frame)).toContain('Marked 2 read — u to undo');
    expect(top(frame)).toContain('4 unread');
    expect(frame).toMatch(/News +│/);
    expect(log.readMarks.at(-1)).toMatchObject({ keys: { length: 2 }, read: true });
    frame = await app.press('u');
    expect(statusLine(frame)).toContain('Marked 2 unread again');
    expect(top(frame)).toContain('6 unread');
    expect(log.readMarks.at(-1)?.read).toBe(false);
    expect((await services.readState.load()).size).toBe(1);
    app.unmount();
  });

  it("from the section menu marks the edition's whole history, not only the headlines loaded, and u undoes that", async () => {
    const { services, log } = fakeServices();
    // The store knows unread items older than anything loaded (history past the list limit).
    const history = ['old-1', 'old-2', 'old-3'];
    const withHistory = { ...services, readState: { ...services.readState, unreadKeys: async () => [...history, 'p1-key-not-loaded'] } };
    const app = await renderApp(withHistory);
    await app.waitFor(ready);
    await app.press('A');
    await app.waitFor('Marked 4 read');
    expect(statusLine(app.frame())).toContain('Marked 4 read — u to undo');
    expect(log.readMarks.at(-1)).toEqual({ keys: [...history, 'p1-key-not-loaded'], read: true });
    await app.press('u');
    expect(log.readMarks.at(-1)).toEqual({ keys: [...history, 'p1-key-not-loaded'], read: false });
    app.unmount();
  });

  it('from the section menu marks the whole edition read', async () => {
    const { services } = fakeServices();
    const app = await renderApp(services);
    await app.waitFor(ready);
    const frame = await app.press('A');
    expect(statusLine(frame)).toContain('Marked 7 read — u to undo');
    expect(top(frame)).toContain(' 0 unread');
    expect((await services.readState.load()).size).toBe(7);
    app.unmount();
  });

  it('u does nothing once the message is gone', async () => {
    const { services, log } = fakeServices();
    const app = await renderApp(services);
    await app.waitFor(ready);
    await app.press('return', 'A');
    vi.advanceTimersByTime(10_000);
    await app.waitFor((f) => !f.includes('u to undo'), 'the message to go');
    const marks = log.readMarks.length;
    await app.press('u');
    expect(log.readMarks).toHaveLength(marks);
    expect(top(app.frame())).toContain('4 unread');
    app.unmount();
  });

  it('says so when there is nothing unread', async () => {
    const app = await renderApp(fakeServices().services);
    await app.waitFor(ready);
    await app.press('return', 'A');
    expect(statusLine(await app.press('A'))).toContain('Nothing unread here');
    app.unmount();
  });
});
