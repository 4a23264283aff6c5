import { createAppServices } from '../../src/commands/app-services.js';
import { createRuntime } from '../../src/commands/runtime.js';
import type { AppServices } from '../../src/ui/services-context.js';

/** The app's real services (database, fetcher, stores) over edition `name` in TIDINGS_HOME `home`. */
export function editionServices(name: string, home: string): AppServices {
  const rt = createRuntime({
    stdout: { write: () => true, isTTY: true, columns: 100 },
    stderr: { write: () => true },
    stdinIsTTY: true,
    env: { TIDINGS_HOME: home, HOME: '/nonexistent' },
    cwd: process.cwd(),
    now: () => new Date(),
  }, { edition: name, color: false });
  return createAppServices(rt, rt.editions.load(name, rt.editionChanges.get(name)), 'linux');
}
