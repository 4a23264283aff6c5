import { createElement } from 'react';
import { findSection } from '../core/edition/edition.js';
import { UsageError } from '../core/errors.js';
import { App } from '../ui/App.js';
import { ServicesProvider } from '../ui/services-context.js';
import { createAppServices } from './app-services.js';
import type { Runtime } from './runtime.js';
import { enterTerminalSession } from './terminal-session.js';

/** Options of the full-screen app. */
export interface AppOptions {
  section?: string;
}

/**
 * Runs the full-screen app until the user quits. Bad options fail before the screen is
 * touched; once it is, the terminal is restored on every way out (q, Ctrl-C, signals, errors).
 */
export async function runApp(rt: Runtime, o: AppOptions): Promise<number> {
  const name = rt.editionName();
  const edition = rt.editions.load(name, rt.settings.overlay(name));
  if (o.section && !findSection(edition.sections, o.section)) {
    throw new UsageError(`no section "${o.section}" in edition ${edition.name} (see: tidings sections)`);
  }
  const { services, warnings } = createAppServices(rt, edition, process.platform);
  const { render } = await import('ink');
  let unmount = () => undefined as void;
  const session = enterTerminalSession(process, () => unmount());
  try {
    const tree = createElement(ServicesProvider, { services }, createElement(App, { section: o.section }));
    const instance = render(tree, {
      stdout: process.stdout,
      stdin: process.stdin,
      exitOnCtrlC: false,
      patchConsole: true,
      // Ink 6.8's incremental mode is off by one line for output shorter than the screen
      // (it redraws one row low), so each frame is rewritten whole; a few KB per frame.
      incrementalRendering: false,
      maxFps: 30,
    });
    unmount = () => instance.unmount();
    await instance.waitUntilExit();
  } finally {
    session.restore();
    session.dispose();
  }
  for (const w of warnings) rt.warn(w);
  return 0;
}
