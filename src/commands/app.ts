import { findMenuSection } from '../core/edition/edition.js';
import { UsageError } from '../core/errors.js';
import type { NewsSnapshot } from '../services/news-service.js';
import { homeFirstFrame } from '../ui/first-frame.js';
import type { AppServices } from '../ui/services-context.js';
import { createAppServices } from './app-services.js';
import type { Runtime } from './runtime.js';
import { enterTerminalSession } from './terminal-session.js';

/** Options of the full-screen app. */
export interface AppOptions {
  section?: string;
}

// Begin and end of a synchronized update: terminals that know it show the frame at once.
const SYNC_START = '\u001b[?2026h';
const SYNC_END = '\u001b[?2026l';

/**
 * Runs `draw` (Ink's synchronous first render) with the stream's writes held, then writes
 * them as one chunk over the plain first frame in place: home, each line's rest erased,
 * the rows below erased. A clear screen before it showed as a blank flash in terminals (and
 * tmux) that ignore synchronized output.
 */
function overwriteInPlace<T>(stdout: NodeJS.WriteStream, draw: () => T): T {
  const write = stdout.write;
  const held: string[] = [];
  stdout.write = ((chunk: string | Uint8Array) => {
    held.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof stdout.write;
  try {
    return draw();
  } finally {
    stdout.write = write;
    stdout.write(`${SYNC_START}\u001b[H${held.join('').replace(/\n/g, '\u001b[K\n')}\u001b[K\u001b[J${SYNC_END}`);
  }
}

/**
 * The stored headlines; on a first run with nothing stored, the edition's local (file:)
 * feeds are read first: they take milliseconds, and the first frame then shows their news
 * (the demo's breaking items) instead of an empty screen. Network feeds wait for the app.
 */
async function storedOrLocalNews(rt: Runtime, services: AppServices): Promise<NewsSnapshot | null> {
  const stored = await services.news.load({ offline: true }).catch((): NewsSnapshot | null => null);
  if (stored && stored.index.all.length > 0) return stored;
  const local = services.news.edition.feeds.map((f) => f.url).filter((url) => url.startsWith('file:'));
  // Even with --offline: reading a local file is not the network.
  if (local.length === 0) return stored;
  await rt.fetcher.refreshMany(local, { concurrency: rt.globals.concurrency ?? 8 }).catch(() => undefined);
  return services.news.load({ offline: true }).catch(() => stored);
}

/** The stored headlines, read marks and bookmarked URLs, read while the UI code loads. */
async function preload(rt: Runtime, services: AppServices): Promise<AppServices['preloaded']> {
  const [news, read, bookmarked] = await Promise.all([
    storedOrLocalNews(rt, services),
    services.readState.load().catch(() => new Set<string>()),
    services.bookmarks.urls().catch(() => new Set<string>()),
  ]);
  const staleAt = services.offline ? Number.POSITIVE_INFINITY : services.news.staleAt?.() ?? 0;
  return news && news.index.all.length > 0 ? { news, read, bookmarked, staleAt } : undefined;
}

/**
 * Runs the full-screen app until the user quits. Bad options fail before the screen is
 * touched; once it is, the terminal is restored on every way out (q, Ctrl-C, signals, errors).
 * Cache first: while Ink and React load, the cached headlines are painted as the first frame.
 */
export async function runApp(rt: Runtime, o: AppOptions): Promise<number> {
  const name = rt.editionName();
  const edition = rt.editions.load(name, rt.editionChanges.get(name));
  if (o.section && !findMenuSection(edition.sections, o.section)) {
    throw new UsageError(`no section "${o.section}" in edition ${edition.name} (see: tidings sections)`);
  }
  const services = createAppServices(rt, edition, process.platform);
  let unmount = () => undefined as void;
  const session = enterTerminalSession(process, () => unmount());
  services.suspend = () => session.suspend();
  try {
    // The cached headlines first, then the UI code: loading that (a large chunk to compile)
    // while the cache is read only delayed both. Ink's first render takes tens of ms more,
    // so the plain frame is what the user sees first.
    services.preloaded = await preload(rt, services);
    const ui = Promise.all([import('react'), import('ink'), import('../ui/App.js'), import('../ui/services-context.js')]);
    const { stdout } = process;
    if (services.preloaded) {
      stdout.write(homeFirstFrame({
        edition, snapshot: services.preloaded.news, read: services.preloaded.read, bookmarked: services.preloaded.bookmarked,
        section: o.section, columns: stdout.columns || 80, rows: stdout.rows || 24, now: rt.io.now(), offline: services.offline, refreshing: services.preloaded.staleAt <= rt.io.now().getTime(), color: rt.color, bidi: services.bidi, messages: services.messages,
      }));
    }
    const [react, { render }, { App }, { ServicesProvider }] = await ui;
    // React is CommonJS: its exports are on `default` in Node and in the bundle alike
    // (the bundle's dynamic import of a CommonJS module has no named exports).
    const { createElement } = react.default;
    // Ink draws its first frame synchronously inside render(): it replaces the plain one in one write.
    const instance = overwriteInPlace(stdout, () => render(createElement(ServicesProvider, { services }, createElement(App, { section: o.section })), {
      stdout,
      stdin: process.stdin,
      exitOnCtrlC: false,
      patchConsole: true,
      // Ink 6.8's incremental mode is off by one line for output shorter than the screen
      // (it redraws one row low), so each frame is rewritten whole; a few KB per frame.
      incrementalRendering: false,
      maxFps: 60,
    }));
    unmount = () => instance.unmount();
    await instance.waitUntilExit();
  } finally {
    session.restore();
    session.dispose();
  }
  return 0;
}
