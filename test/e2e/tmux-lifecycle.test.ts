import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBundle, hasTmux, ROOT, tmuxPane } from '../helpers/tmux-pane.js';
import { hang, sendBody, startLoopbackServer, type LoopbackServer } from '../helpers/loopback-server.js';

// The app's life in a real terminal (tmux): quitting while a refresh waits on the network,
// and Ctrl-Z / fg. Like tmux.test.ts, it runs the built bin in a shell and reads the pane.

const SOCKET = `tidings-life-${process.pid}`;
const PROMPT = 'life$ ';
const MARK = PROMPT.trimEnd();

const { tmux, keys, waitUntil } = tmuxPane(SOCKET, 'life');
const atPrompt = (s: string) => s.trimEnd().endsWith(MARK);

/** The app is wired to the bare command once dist/ has it (see tmux.test.ts). */
function appIsWired(): boolean {
  const file = join(ROOT, 'dist', 'commands', 'default.js');
  return existsSync(file) && readFileSync(file, 'utf8').includes('./app.js');
}

describe.skipIf(!hasTmux)('the app in a real terminal: quit and suspend (tmux)', () => {
  let home = '';
  let server: LoopbackServer;
  let answered = false;

  beforeAll(async () => {
    // `npm test` builds first; the bundle must exist to run the bin.
    ensureBundle();
    const wire = readFileSync(join(ROOT, 'test', 'fixtures', 'cli', 'wire.xml'), 'utf8');
    server = await startLoopbackServer({ '/wire.xml': sendBody(wire) });
    home = mkdtempSync(join(tmpdir(), 'tidings-life-'));
    mkdirSync(join(home, 'config', 'editions'), { recursive: true });
    writeFileSync(join(home, 'config', 'editions', 'loop.json'), JSON.stringify({
      name: 'loop', title: 'Loop', feeds: [{ url: server.url('/wire.xml'), title: 'Wire' }],
      sections: [{ id: 'news', title: 'News', match: { paths: ['/news/'] } }],
    }));
    // Warm the cache, then make the feed hang: every refresh from now on waits for an answer
    // that only comes when the test is over.
    // Asynchronously: the loopback server answers from this process's event loop.
    const run = promisify(execFile);
    await run(process.execPath, [BIN, '--edition', 'loop', 'refresh'], { env: { ...process.env, TIDINGS_HOME: home } });
    await run(process.execPath, [BIN, '--edition', 'demo', 'refresh'], { env: { ...process.env, TIDINGS_HOME: home } });
    server.route('/wire.xml', (req, res) => {
      res.on('finish', () => {
        answered = true;
      });
      hang()(req, res);
    });
    tmux('new-session', '-d', '-s', 'life', '-x', '100', '-y', '30', `env -i PATH="${process.env.PATH}" HOME="${home}" TERM=xterm-256color PS1='${PROMPT}' bash --norc --noprofile`);
  }, 200_000);

  afterAll(async () => {
    if (hasTmux) spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
    await server?.close();
  });

  it('quits at once on q while a refresh waits on a server that never answers', async (ctx) => {
    if (!appIsWired()) ctx.skip('the bare `tidings` command does not start the app yet');
    await waitUntil(atPrompt, 'the shell prompt');
    const before = server.requestsTo('/wire.xml').length;
    // --timeout 600: the fetch's own timeout cannot be what ends the wait.
    keys(`clear; cd ${ROOT} && TIDINGS_HOME=${home} node bin/tidings.js --edition loop --timeout 600; echo "quit-$?"`, 'Enter');
    // The stored news is fresh (cache first: no refresh by itself): `r` asks for one.
    await waitUntil((s) => s.includes('Parliament passes the budget'), 'the cached headlines');
    keys('r');
    await waitUntil(() => server.requestsTo('/wire.xml').length > before, 'the refresh to reach the server');
    keys('q');
    const s = await waitUntil((x) => /quit-0\s*\n/.test(x) && atPrompt(x), 'the app to exit');
    expect(s).not.toContain('BREAKING');
    // The server is still holding the response: the app did not wait for it.
    expect(answered).toBe(false);
  }, 60_000);

  it('suspends on Ctrl-Z (terminal restored, shell back) and redraws on fg', async (ctx) => {
    if (!appIsWired()) ctx.skip('the bare `tidings` command does not start the app yet');
    await waitUntil(atPrompt, 'the shell prompt');
    // The demo edition: its ticker runs, writing its line straight to the terminal.
    keys(`clear; cd ${ROOT} && TIDINGS_HOME=${home} node bin/tidings.js --edition demo --offline`, 'Enter');
    await waitUntil((s) => s.includes('Assembly passes 2027 budget') && s.includes('BREAKING ▸'), 'the app');
    keys('C-z');
    let s = await waitUntil((x) => x.includes('Stopped') && atPrompt(x), 'the job to stop and the prompt to return');
    expect(s).not.toContain('BREAKING');
    // The terminal is cooked again while the app sleeps.
    keys('stty -a | grep -oE -- "-?(icanon|echo) " | tr -d "\\n"; echo "awake-$((40+2))"', 'Enter');
    s = await waitUntil((x) => /awake-42\s*\n/.test(x) && atPrompt(x), 'the shell to run a command');
    expect(s).toMatch(/^icanon echo awake-42$/m);
    keys('fg', 'Enter');
    s = await waitUntil((x) => x.includes('Assembly passes 2027 budget') && x.includes('BREAKING') && !x.includes('awake-42'), 'the app to redraw');
    expect(s.split('\n')[0]).toContain('Tidings Demo');
    // Raw again: a single key reaches the app without Enter.
    keys('Tab');
    await waitUntil((x) => x.includes('⏎ read'), 'the app to take a key after fg');
    keys('q');
    // The shell's screen as it was: nothing of the app (a ticker step, a late frame) on it.
    s = await waitUntil((x) => atPrompt(x) && x.includes('awake-42'), 'the app to quit after fg');
    expect(s).not.toContain('BREAKING');
    expect(s).not.toContain('Assembly');
  }, 60_000);
});
