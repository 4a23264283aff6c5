import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The app in a real terminal: tmux runs a shell in a 100x30 pane, we type the command and
// keys, and read the screen with capture-pane. It proves the screen draws, keys work,
// resize reflows, and quitting gives the shell back a clean, cooked terminal.

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'tidings.js');
const SOCKET = `tidings-e2e-${process.pid}`;
const hasTmux = spawnSync('tmux', ['-V'], { encoding: 'utf8' }).status === 0;
const PROMPT = 'e2e$ ';
// capture-pane drops trailing spaces.
const MARK = PROMPT.trimEnd();

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds dist/ only when a source file is newer than it (CI builds before the tests). */
function ensureBuilt(): void {
  const cli = join(ROOT, 'dist', 'cli.js');
  if (existsSync(cli) && statSync(cli).mtimeMs >= newestMtime(join(ROOT, 'src'))) return;
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore', timeout: 180_000 });
}

/** The bare command starts the app (not the piped listing) in a terminal. */
function appIsWired(): boolean {
  const file = join(ROOT, 'dist', 'commands', 'default.js');
  return existsSync(file) && readFileSync(file, 'utf8').includes('./app.js');
}

const tmux = (...args: string[]) => execFileSync('tmux', ['-L', SOCKET, '-f', '/dev/null', ...args], { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-t', 'e2e');

/** Polls the pane until `test` passes (or fails after `ms`, showing the screen). */
async function waitForScreen(test: string | RegExp | ((s: string) => boolean), ms = 10_000): Promise<string> {
  const ok = typeof test === 'string' ? (s: string) => s.includes(test) : test instanceof RegExp ? (s: string) => test.test(s) : test;
  const deadline = Date.now() + ms;
  for (;;) {
    const s = screen();
    if (ok(s)) return s;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(test)}; screen:\n${s}`);
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
}

const keys = (...k: string[]) => tmux('send-keys', '-t', 'e2e', ...k);
const percent = (s: string) => Number(/(\d+)%\s*\n/.exec(s)?.[1] ?? NaN);

describe.skipIf(!hasTmux)('the app in a real terminal (tmux)', () => {
  let home = '';
  let wired = false;

  beforeAll(() => {
    ensureBuilt();
    wired = appIsWired();
    home = mkdtempSync(join(tmpdir(), 'tidings-tmux-'));
    // Warm the cache, then run the app --offline so nothing here touches the network.
    execFileSync(process.execPath, [BIN, '--edition', 'demo', 'refresh'], { env: { ...process.env, TIDINGS_HOME: home }, stdio: 'ignore' });
    tmux('new-session', '-d', '-s', 'e2e', '-x', '100', '-y', '30', `env -i PATH="${process.env.PATH}" HOME="${home}" TERM=xterm-256color PS1='${PROMPT}' bash --norc --noprofile`);
  }, 200_000);

  afterAll(() => {
    if (hasTmux) spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
  });

  it('draws, moves, reads, follows, bookmarks, reflows and quits cleanly', async (ctx) => {
    if (!wired) ctx.skip('the bare `tidings` command does not start the app yet (src/commands/default.ts)');
    await waitForScreen(MARK);
    // DEV=true, as many environments set it: Ink must not take it as a call for React DevTools.
    keys(`cd ${ROOT} && TIDINGS_HOME=${home} DEV=true node bin/tidings.js --edition demo --offline`, 'Enter');

    // Headlines on screen, in the alternate screen, with the ticker and the section menu.
    let s = await waitForScreen('Assembly passes 2027 budget');
    expect(s).toContain('BREAKING');
    expect(s).toMatch(/▾ News/);
    expect(s).not.toContain(MARK);

    // Move through sections: the top bar follows.
    keys('j');
    await waitForScreen((x) => x.split('\n')[0].includes('News › Politics'));
    keys('j');
    await waitForScreen((x) => x.split('\n')[0].includes('News › Economy'));
    keys('k');
    await waitForScreen((x) => x.split('\n')[0].includes('News › Politics'));

    // Open the newest politics story and scroll it.
    keys('Enter');
    await waitForScreen('⏎ read');
    keys('Enter');
    s = await waitForScreen(/By .* min read/);
    expect(s).toContain('Assembly passes 2027 budget');
    expect(percent(s)).toBe(0);
    keys('Space');
    await waitForScreen((x) => percent(x) > 0);
    keys('G');
    s = await waitForScreen((x) => percent(x) === 100);
    expect(s).toContain('Read next');
    keys('g');
    await waitForScreen((x) => percent(x) === 0);

    // Follow link 1 (offline: it says why it cannot load, and offers the browser), then back.
    keys('f', '1', 'Enter');
    expect(await waitForScreen('Could not load the page')).toContain('o opens it in the browser');
    keys('Escape');
    await waitForScreen(/By .* min read/);

    // Bookmark the article; the mark shows in the status line.
    keys('b');
    s = await waitForScreen('Bookmarked: Assembly passes 2027 budget');
    expect(s).toMatch(/★ \d+%/);

    // Back to the list, where the headline is read and bookmarked.
    keys('Escape');
    s = await waitForScreen('⏎ read');
    expect(s).toMatch(/› ★ Assembly passes 2027 budget/);

    // Resize: everything reflows into 60x20.
    tmux('resize-window', '-t', 'e2e', '-x', '60', '-y', '20');
    s = await waitForScreen((x) => {
      const l = x.split('\n');
      return l.length <= 21 && /unread/.test(l[0]) && l.some((row) => row.includes('⏎ read'));
    });
    const rows = s.split('\n');
    expect(rows.every((row) => row.length <= 60)).toBe(true);
    expect(rows[0]).toMatch(/^ Tidings Demo › News › Politics/);
    expect(rows[1]).toMatch(/^BREAKING/);
    expect(rows.filter((row) => row.includes('│')).length).toBeGreaterThan(10);

    // Quit: the shell prompt is back, no escape junk on screen, the terminal is cooked again.
    keys('q');
    s = await waitForScreen((x) => x.trimEnd().endsWith(MARK));
    expect(s).not.toContain('BREAKING');
    expect(s.includes('\u001b')).toBe(false);
    expect(s).not.toMatch(/\[\?\d+[hl]|\^\[|\[\d+;\d+[Hm]/);
    keys('clear; stty -a | grep -oE -- "-?(icanon|echo) " | tr -d "\\n"; echo "done-$((40+2))"', 'Enter');
    s = await waitForScreen((x) => x.trimEnd().endsWith(`done-42\n${MARK}`));
    expect(s).toMatch(/^icanon echo done-42$/m);
  }, 90_000);
});
