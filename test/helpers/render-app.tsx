import { render } from 'ink-testing-library';
import { App } from '../../src/ui/App.js';
import { ServicesProvider, type AppServices } from '../../src/ui/services-context.js';
import type { ReactElement } from 'react';

/** Keys by name, as a terminal sends them. */
export const KEYS: Record<string, string> = {
  downArrow: '\u001b[B', upArrow: '\u001b[A', leftArrow: '\u001b[D', rightArrow: '\u001b[C',
  return: '\r', escape: '\u001b', tab: '\t', 'shift+tab': '\u001b[Z', space: ' ',
  pageDown: '\u001b[6~', pageUp: '\u001b[5~', home: '\u001b[H', end: '\u001b[F',
  backspace: '\u007f', 'ctrl+d': '\u0004', 'ctrl+u': '\u0015', 'ctrl+c': '\u0003', 'ctrl+z': '\u001a',
};

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]|\u001b\][^\u0007]*\u0007/g;

/** A mounted app (or element) with keys in and frames out. */
export interface Harness {
  /** The last frame, without escape sequences. */
  frame(): string;
  /** Sends keys (names from {@link KEYS} or literal text) one by one, each waiting for its frame. */
  press(...keys: string[]): Promise<string>;
  /** Waits (event-loop turns, up to 5 s) until the frame contains `text` or passes `test`. */
  waitFor(test: string | RegExp | ((frame: string) => boolean), what?: string): Promise<string>;
  /** Resizes the terminal and waits for the reflowed frame. */
  resize(columns: number, rows: number): Promise<string>;
  /** Lets pending promises and immediates run. */
  settle(turns?: number): Promise<string>;
  unmount(): void;
  /** True once the app has quit (Ink stopped reading the keyboard). */
  exited(): boolean;
  frames: string[];
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Mounts `element` in a fake terminal of `columns` × `rows`. */
export async function renderElement(element: ReactElement, size: { columns?: number; rows?: number } = {}): Promise<Harness> {
  const instance = render(element);
  const stdout = instance.stdout as unknown as { columns: number; rows: number; emit(e: string): void };
  const setSize = (columns: number, rows: number) => {
    Object.defineProperty(stdout, 'columns', { value: columns, configurable: true, writable: true });
    Object.defineProperty(stdout, 'rows', { value: rows, configurable: true, writable: true });
    stdout.emit('resize');
  };
  const frame = () => (instance.lastFrame() ?? '').replace(ANSI, '');
  const settle = async (turns = 20) => {
    for (let i = 0; i < turns; i++) await turn();
    return frame();
  };
  const waitFor = async (test: string | RegExp | ((f: string) => boolean), what?: string) => {
    const ok = typeof test === 'string' ? (f: string) => f.includes(test) : test instanceof RegExp ? (f: string) => test.test(f) : test;
    // Event-loop turns until a deadline on the real clock (performance.now is never faked):
    // real services wait on disk and file locks, fake ones on promises.
    const deadline = performance.now() + 5000;
    while (performance.now() < deadline) {
      if (ok(frame())) return frame();
      await turn();
    }
    if (ok(frame())) return frame();
    throw new Error(`timed out waiting for ${what ?? String(test)}; last frame:\n${frame()}`);
  };
  const harness: Harness = {
    frame,
    frames: instance.frames,
    settle,
    waitFor,
    async press(...keys) {
      for (const k of keys) {
        const before = frame();
        instance.stdin.write(KEYS[k] ?? k);
        // Wait for the frame to change; a key that changes nothing gets a bounded number of turns.
        for (let i = 0; i < 40 && frame() === before; i++) await turn();
        await settle(3);
      }
      return frame();
    },
    async resize(columns, rows) {
      setSize(columns, rows);
      return settle();
    },
    unmount: () => instance.unmount(),
    exited: () => instance.stdin.listenerCount('readable') === 0,
  };
  setSize(size.columns ?? 80, size.rows ?? 24);
  await settle();
  return harness;
}

/** Mounts the whole app over `services` (see fake-services.ts) at 80×24 unless told otherwise. */
export async function renderApp(services: AppServices, options: { section?: string; columns?: number; rows?: number } = {}): Promise<Harness> {
  return renderElement(
    <ServicesProvider services={services}><App section={options.section} /></ServicesProvider>,
    options,
  );
}
