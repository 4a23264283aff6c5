import { Text } from 'ink';
import { Component, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ENGLISH } from '../../src/core/i18n/messages.js';
import { KEYMAP } from '../../src/ui/keymap.js';
import { helpLines } from '../../src/ui/screens/HelpOverlay.js';
import { useServices } from '../../src/ui/services-context.js';
import { fakeServices, TEST_NOW } from '../helpers/fake-services.js';
import { renderApp, renderElement } from '../helpers/render-app.js';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(TEST_NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('help overlay', () => {
  it('is generated from the keymap: every binding has a line', () => {
    const text = helpLines(ENGLISH).map((l) => l.text).join('\n');
    for (const binding of Object.values(KEYMAP)) expect(text).toContain(ENGLISH.t(binding.help));
  });

  it('opens over any screen and closes on Esc, ? or q only', async () => {
    const app = await renderApp(fakeServices().services, { columns: 130, rows: 50 });
    await app.waitFor(/ 1\/\d+ *(\n|$)/);
    for (const close of ['escape', '?', 'q']) {
      let frame = await app.press('?');
      expect(frame).toContain('Keys · Esc, ? or q closes');
      expect(frame).toMatch(/Everywhere[\s\S]*Bookmarks/);
      frame = await app.press('x');
      expect(frame).toContain('Keys · Esc, ? or q closes');
      frame = await app.press(close);
      expect(frame).toContain('⏎ headlines');
      expect(app.exited()).toBe(false);
    }
    app.unmount();
  });

  it('shows every description whole at a wide size (200x50)', async () => {
    const app = await renderApp(fakeServices().services, { columns: 200, rows: 50 });
    await app.waitFor(/ 1\/\d+ *(\n|$)/);
    const frame = await app.press('?');
    expect(frame).not.toContain('j/k: more');
    for (const binding of Object.values(KEYMAP)) expect(frame).toContain(ENGLISH.t(binding.help));
    app.unmount();
  });

  it('wraps descriptions rather than cutting them where columns are narrow', () => {
    const text = helpLines(ENGLISH, 48).map((l) => l.text);
    expect(text.every((l) => l.length <= 48)).toBe(true);
    expect(text.join(' ').replace(/\s+/g, ' ')).toContain('follow link n: f, the number, Enter (or type the digits)');
  });

  it('scrolls on a held key (repeats arrive as one chunk) instead of closing', async () => {
    const app = await renderApp(fakeServices().services, { columns: 50, rows: 14 });
    await app.waitFor('Politics');
    const opened = await app.press('?');
    let frame = await app.press('jjjj');
    expect(frame).toContain('Keys · Esc, ? or q closes');
    expect(frame).not.toBe(opened);
    const afterJ = frame;
    frame = await app.press('\u001b[B\u001b[B\u001b[B');
    expect(frame).toContain('Keys · Esc, ? or q closes');
    expect(frame).not.toBe(afterJ);
    app.unmount();
  });

  it('scrolls when the table does not fit', async () => {
    const app = await renderApp(fakeServices().services, { columns: 50, rows: 14 });
    await app.waitFor('Politics');
    let frame = await app.press('?');
    expect(frame).toContain('j/k: more ↓');
    // Page down until the end, however long the table grows (a bounded number of pages).
    for (let page = 0; page < 20 && !frame.includes('j/k: end'); page++) frame = await app.press('space');
    expect(frame).toContain('j/k: end');
    expect(frame).not.toContain('j/k: more ↓');
    app.unmount();
  });
});

describe('services context', () => {
  it('throws outside its provider, so a missing provider fails loudly', async () => {
    function Probe() {
      useServices();
      return <Text>never</Text>;
    }
    // Caught by our own boundary: Ink's error overlay is not drawn when CI is set.
    let caught: Error | undefined;
    class Boundary extends Component<{ children: ReactNode }, { failed: boolean }> {
      override state = { failed: false };
      static getDerivedStateFromError() {
        return { failed: true };
      }
      override componentDidCatch(error: Error) {
        caught = error;
      }
      override render() {
        return this.state.failed ? <Text>failed</Text> : this.props.children;
      }
    }
    const app = await renderElement(<Boundary><Probe /></Boundary>);
    expect(caught?.message).toContain('useServices() must be used inside <ServicesProvider>');
    app.unmount();
  });
});
