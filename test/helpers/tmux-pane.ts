/**
 * One tmux pane on a private server, for the end-to-end tests that drive the built bin in a
 * real terminal: run tmux, read the pane, send keys, and poll until the screen shows something.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The repository's root, and the bin a user runs. */
export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'tidings.js');

/** True when tmux can run here (the tests skip themselves otherwise). */
export const hasTmux = spawnSync('tmux', ['-V'], { encoding: 'utf8' }).status === 0;

/** Builds the bundle the bin runs when it is missing (`npm test` builds it first). */
export function ensureBundle(): void {
  if (!existsSync(join(ROOT, 'dist', 'bundle', 'cli.cjs'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore', timeout: 180_000 });
}

/** The pane `target` on the tmux server `socket`. */
export function tmuxPane(socket: string, target: string) {
  const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
  const screen = () => tmux('capture-pane', '-p', '-t', target);
  const keys = (...k: string[]) => tmux('send-keys', '-t', target, ...k);
  /** Polls until `test` passes on the screen, failing after `ms` with the screen. */
  async function waitUntil(test: (s: string) => boolean, what: string, ms = 15_000): Promise<string> {
    const deadline = Date.now() + ms;
    for (;;) {
      const s = screen();
      if (test(s)) return s;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; screen:\n${s}`);
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
  }
  return { tmux, screen, keys, waitUntil };
}
