import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The demo's very first run in a real terminal (tmux), with an empty database: the pane is
// captured over and over from launch. The first frame with headlines must already carry the
// breaking items (the local feeds are read before it), and no capture after it may be blank
// (Ink's first frame overwrites the plain one in place; tmux ignores synchronized output).

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'tidings.js');
const SOCKET = `tidings-first-${process.pid}`;
const hasTmux = spawnSync('tmux', ['-V'], { encoding: 'utf8' }).status === 0;

const tmux = (...args: string[]) => execFileSync('tmux', ['-L', SOCKET, '-f', '/dev/null', ...args], { encoding: 'utf8' });
const capture = () => tmux('capture-pane', '-p', '-t', 'first');
const breakingTitles = [...readFileSync(join(ROOT, 'editions', 'demo', 'feeds', 'breaking.xml'), 'utf8').matchAll(/<item>[\s\S]*?<title>([^<]*)<\/title>/g)].map((m) => m[1]);

describe.skipIf(!hasTmux)('the demo on a first run (tmux)', () => {
  beforeAll(() => {
    // `npm test` builds first; the bundle must exist to run the bin.
    if (!existsSync(join(ROOT, 'dist', 'bundle', 'cli.cjs'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore', timeout: 180_000 });
  }, 200_000);

  afterAll(() => {
    if (hasTmux) spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
  });

  it('shows the breaking items in the first frame, and never a blank frame after it', async () => {
    expect(breakingTitles.length).toBeGreaterThan(2);
    const home = mkdtempSync(join(tmpdir(), 'tidings-first-'));
    // As `npm start` runs it, with a fresh home: nothing stored yet.
    tmux('new-session', '-d', '-s', 'first', '-x', '100', '-y', '30',
      `env -i PATH="${process.env.PATH}" HOME="${home}" TIDINGS_HOME="${home}" TERM=xterm-256color ${process.execPath} ${BIN} --edition demo`);
    const frames: string[] = [];
    // Until Ink has drawn, then a second more. The plain first frame has the same
    // characters as Ink's: Ink shows itself by moving the ticker, which only it does.
    const deadline = Date.now() + 20_000;
    const tickerLine = (f: string) => f.split('\n').find((l) => l.startsWith('BREAKING')) ?? null;
    let inkAt = 0;
    let firstTicker: string | null = null;
    while (Date.now() < deadline && (inkAt === 0 || Date.now() < inkAt + 1000)) {
      const frame = capture();
      frames.push(frame);
      const ticker = tickerLine(frame);
      if (firstTicker === null) firstTicker = ticker;
      else if (inkAt === 0 && ticker !== null && ticker !== firstTicker) inkAt = Date.now();
    }
    tmux('send-keys', '-t', 'first', 'q');
    expect(inkAt, `Ink never drew; last capture:\n${frames.at(-1)}`).toBeGreaterThan(0);

    const first = frames.findIndex((f) => f.includes('BREAKING'));
    expect(first).toBeGreaterThanOrEqual(0);
    const ticker = frames[first].split('\n').find((l) => l.startsWith('BREAKING')) ?? '';
    expect(ticker).not.toContain('No breaking news');
    expect(breakingTitles.some((t) => ticker.includes(t.slice(0, 30))), `ticker: ${ticker}`).toBe(true);

    const blank = frames.slice(first).findIndex((f) => f.trim() === '');
    expect(blank, `capture ${blank} of ${frames.length - first} after the first frame is blank`).toBe(-1);
    // Many captures, so a flash of a few milliseconds would have been seen.
    expect(frames.length - first).toBeGreaterThan(20);
  }, 60_000);
});
