import { Text } from 'ink';
import { Component, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
    const text = helpLines().map((l) => l.text).join('\n');
    for (const binding of Object.values(KEYMAP)) expect(text).toContain(binding.help);
  });

  it('opens over any screen, scrolls with j, and closes on any other key', async () => {
    const app = await renderApp(fakeServices().services, { columns: 130, rows: 40 });
    await app.waitFor(/ 1\/\d+ *(\n|$)/);
    let frame = await app.press('?');
    expect(frame).toContain('Keys · any other key closes');
    expect(frame).toMatch(/Everywhere[\s\S]*Bookmarks/);
    frame = await app.press('x');
    expect(frame).toContain('⏎ headlines');
    app.unmount();
  });

  it('scrolls when the table does not fit', async () => {
    const app = await renderApp(fakeServices().services, { columns: 50, rows: 14 });
    await app.waitFor('Politics');
    let frame = await app.press('?');
    expect(frame).toContain('j/k: more ↓');
    frame = await app.press('space', 'space', 'space', 'space', 'space', 'space', 'space', 'space');
    expect(frame).toContain('j/k: end');
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
