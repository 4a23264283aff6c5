import { spawn } from 'node:child_process';

/** Options: the platform and environment to decide whether a browser can be shown. */
export interface OpenUrlOptions {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  /** Replaces child_process.spawn in tests. */
  spawn?: (command: string, args: string[]) => { on(event: 'error', cb: (e: Error) => void): unknown; unref(): void };
}

/**
 * The command that opens a URL on this system, or null when there is no display (SSH,
 * console). $BROWSER is not used: it is often a terminal browser, which cannot share the
 * terminal with the running app.
 */
export function browserCommand(platform: NodeJS.Platform, env: Record<string, string | undefined>): { command: string; args: string[] } | null {
  if (platform === 'darwin') return { command: 'open', args: [] };
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""'] };
  if (env.DISPLAY || env.WAYLAND_DISPLAY) return { command: 'xdg-open', args: [] };
  return null;
}

/**
 * Returns a function that opens http(s) URLs in the browser, detached and silent, and
 * resolves to false when it cannot (no display, other schemes, spawn failure) so the UI
 * shows the URL instead.
 */
export function createUrlOpener(options: OpenUrlOptions): (url: string) => Promise<boolean> {
  const run = options.spawn ?? ((command: string, args: string[]) => spawn(command, args, { detached: true, stdio: 'ignore' }));
  return async (url: string) => {
    if (!/^https?:\/\//i.test(url)) return false;
    const cmd = browserCommand(options.platform, options.env);
    if (!cmd) return false;
    return new Promise<boolean>((resolve) => {
      try {
        const child = run(cmd.command, [...cmd.args, url]);
        child.on('error', () => resolve(false));
        child.unref();
        // spawn reports a missing command asynchronously; give it a tick before saying yes.
        setImmediate(() => resolve(true));
      } catch {
        resolve(false);
      }
    });
  };
}
