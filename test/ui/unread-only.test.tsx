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
const statusLine = (frame: string) => frame.split('\n').at(-2) ?? '';

describe('unread only (U)', () => {
  it('lists only unread headlines, says so in the status line, and U again shows them all', async () => {
    const app = await renderApp(fakeServices().services);
    await app.waitFor(ready);
    await app.press('return', 'm');
    expect(app.frame()).toContain('Assembly passes the budget');
    let frame = await app.press('U');
    expect(statusLine(frame)).toContain('Showing unread headlines only');
    expect(statusLine(frame)).toMatch(/unread only {2}1\/2 *$/);
    expect(frame).not.toContain('Assembly passes the budget');
    expect(frame).toContain('Central bank holds rates');
    frame = await app.press('U');
    expect(statusLine(frame)).toContain('Showing all headlines');
    expect(frame).not.toContain('unread only');
    expect(frame).toContain('Assembly passes the budget');
    app.unmount();
  });

  it('hides the sections with nothing unread from the menu (keeping the selected one), and brings them back', async () => {
    const app = await renderApp(fakeServices().services);
    await app.waitFor(ready);
    // Read the only sport item, then go back to the top of the menu.
    await app.press('j', 'j', 'j', 'return', 'm', 'h', 'g');
    let frame = await app.press('U');
    expect(frame).not.toMatch(/^.{0,4}Sport/m);
    expect(frame).toMatch(/Politics +2│/);
    frame = await app.press('U');
    expect(frame).toMatch(/Sport +│/);
    app.unmount();
  });

  it('drops a headline from the list once it is read, so going back lands on the next unread one', async () => {
    const { services } = fakeServices();
    const app = await renderApp(services);
    await app.waitFor(ready);
    await app.press('return', 'U', 'return');
    await app.waitFor('Article at news/politics/p1');
    const frame = await app.press('escape');
    expect(frame).not.toContain('Assembly passes the budget');
    expect(frame).toMatch(/│› *• *Central bank holds rates/);
    app.unmount();
  });
});
