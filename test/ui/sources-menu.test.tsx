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
const body = (frame: string) => frame.split('\n').slice(2, 8).join('\n');

describe('sources menu (S)', () => {
  it('lists the edition\'s feeds with unread counts, and Enter lists one feed\'s items', async () => {
    const app = await renderApp(fakeServices().services);
    await app.waitFor(ready);
    let frame = await app.press('S');
    expect(top(frame)).toContain('Test Edition › Sources › Wire');
    expect(body(frame)).toMatch(/^› +Wire +5│/m);
    expect(body(frame)).toMatch(/^ +Breaking +2│/m);
    expect(frame).not.toContain('Politics');
    await app.press('j');
    frame = await app.press('return');
    expect(top(frame)).toContain('Sources › Breaking');
    expect(body(frame)).toContain('Fog closes the airport');
    expect(body(frame)).toContain('Governor to speak at ten');
    expect(body(frame)).not.toContain('Assembly passes');
    expect(frame).toMatch(/1\/2 *$/m);
    app.unmount();
  });

  it('counts follow the read marks, A marks the feed listed, and S goes back to the section left', async () => {
    const { services, log } = fakeServices();
    const app = await renderApp(services);
    await app.waitFor(ready);
    await app.press('j', 'S', 'return', 'm');
    await app.waitFor(/Wire +4│/);
    let frame = await app.press('A');
    expect(frame).toContain('Marked 4 read — u to undo');
    expect(log.readMarks.at(-1)).toMatchObject({ keys: { length: 4 }, read: true });
    frame = await app.waitFor(/Wire +│/);
    expect(frame).toMatch(/Breaking +2│/);
    frame = await app.press('h', 'S');
    expect(top(frame)).toContain('News › Politics');
    frame = await app.press('S');
    expect(top(frame)).toContain('Sources › Wire');
    app.unmount();
  });

  it('with U shows only the feeds with unread items', async () => {
    const app = await renderApp(fakeServices().services);
    await app.waitFor(ready);
    await app.press('S', 'j', 'return', 'A', 'h', 'k');
    let frame = await app.press('U');
    expect(frame).toMatch(/› +Wire +5│/);
    expect(frame).not.toMatch(/Breaking +│/);
    frame = await app.press('U');
    expect(frame).toMatch(/Breaking +│/);
    app.unmount();
  });
});
