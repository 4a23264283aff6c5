import type { Outcome } from './output-format.js';
import type { Runtime } from './runtime.js';

/** Options of the bare `tidings` command. */
export interface DefaultOptions {
  section?: string;
}

/** True when the environment says CI the way Ink reads it (Ink draws nothing until exit then). */
function inCi(env: Record<string, string | undefined>): boolean {
  const set = (name: string) => name in env && env[name] !== '0' && env[name] !== 'false';
  return set('CI') || set('CONTINUOUS_INTEGRATION');
}

/** Interactive means both ends are terminals, not CI: then the app, otherwise a listing. */
export function isInteractive(rt: Runtime): boolean {
  return rt.io.stdinIsTTY && Boolean(rt.io.stdout.isTTY) && !inCi(rt.io.env);
}

/** `tidings`: the full-screen app in a terminal; headlines when piped. */
export async function runDefault(rt: Runtime, _o: DefaultOptions): Promise<Outcome> {
  const section = rt.globals.section;
  if (isInteractive(rt)) {
    // Loaded only for the app: Ink and React are not needed to print headlines.
    const { runApp } = await import('./app.js');
    return runApp(rt, { section });
  }
  // Loaded only for a listing: the app never needs the listing command's code.
  const { runHeadlines } = await import('./headlines.js');
  return runHeadlines(rt, { section, limit: section ? undefined : 40 });
}
