// The full-screen app's three speed figures (issue 5 §4), over dist/ and the demo edition:
//  1. first frame with headlines on screen, warm cache, from the command (real pty)
//  2. keypress to frame with 5,000 headlines in a section (in process, and in a real pty)
//  3. CPU while idle with the ticker running at 80x24, over 30 s (/proc/<pid>/stat)
// The app runs in a pseudo-terminal made by `script`, so it sees a real TTY.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BIN, median, report, ROOT } from './lib.mjs';

const IDLE_SECONDS = Number(process.env.TUI_BENCH_IDLE_SECONDS ?? 30);
const HEADLINES = 5000;
const dist = (p) => pathToFileURL(join(ROOT, 'dist', p)).href;
const hasScript = (() => { try { execFileSync('script', ['--version'], { stdio: 'ignore' }); return true; } catch { return false; } })();
// eslint-disable-next-line no-control-regex
const stripAnsi = (s) => s.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b[78]|\u001b\][^\u0007]*\u0007/g, '');

// The bare command starts the app in a terminal; until it does, start it the same way directly.
const wired = readFileSync(join(ROOT, 'dist', 'commands', 'default.js'), 'utf8').includes('./app.js');
const LAUNCHER = `
import { createRuntime } from ${JSON.stringify(dist('commands/runtime.js'))};
import { runApp } from ${JSON.stringify(dist('commands/app.js'))};
const args = process.argv.slice(1);
const edition = args[args.indexOf('--edition') + 1];
const io = { stdout: process.stdout, stderr: process.stderr, stdinIsTTY: true, env: process.env, cwd: process.cwd(), now: () => new Date() };
process.exitCode = await runApp(createRuntime(io, { edition }), { section: args.includes('--section') ? args[args.indexOf('--section') + 1] : undefined });
`;
function appCommand(args) {
  if (wired) return `exec ${JSON.stringify(BIN)} ${args.join(' ')}`;
  const file = join(tmpdir(), `tidings-tui-launch-${process.pid}.mjs`);
  writeFileSync(file, LAUNCHER);
  return `exec ${JSON.stringify(process.execPath)} ${JSON.stringify(file)} ${args.join(' ')}`;
}

/** Starts the app in a pty of `cols`x`rows`; collects its screen output. */
function startApp(home, args, cols = 80, rows = 24) {
  const cmd = `stty cols ${cols} rows ${rows}; ${appCommand(args)}`;
  const started = process.hrtime.bigint();
  // No CI variable at all: Ink (is-in-ci) treats even an empty CI as "draw nothing until exit".
  const env = { ...process.env, TIDINGS_HOME: home, TERM: 'xterm-256color' };
  delete env.CI;
  const child = spawn('script', ['-qfec', cmd, '/dev/null'], { env, stdio: ['pipe', 'pipe', 'ignore'] });
  const app = { child, started, text: '', bytes: 0, waiters: [] };
  child.stdout.on('data', (chunk) => {
    app.bytes += chunk.length;
    app.text += stripAnsi(chunk.toString('utf8'));
    if (app.text.length > 200_000) app.text = app.text.slice(-100_000);
    for (const w of [...app.waiters]) if (w.test(app.text)) { app.waiters.splice(app.waiters.indexOf(w), 1); w.resolve(process.hrtime.bigint()); }
  });
  app.until = (test, ms = 15_000) => new Promise((resolve, reject) => {
    if (test(app.text)) return resolve(process.hrtime.bigint());
    const timer = setTimeout(() => reject(new Error(`timed out; screen text tail: ${app.text.slice(-400)}`)), ms);
    app.waiters.push({ test, resolve: (t) => { clearTimeout(timer); resolve(t); } });
  });
  app.press = (keys) => child.stdin.write(keys);
  app.quit = () => new Promise((resolve) => { child.on('close', resolve); child.stdin.write('q'); });
  return app;
}

function appPid(scriptPid) {
  const out = execFileSync('pgrep', ['-P', String(scriptPid)], { encoding: 'utf8' }).trim().split('\n')[0];
  return Number(out);
}
const cpuTicks = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]);
};
const ms = (from, to) => Number(to - from) / 1e6;

function freshHome() {
  const home = mkdtempSync(join(tmpdir(), 'tidings-tui-bench-'));
  execFileSync(process.execPath, [BIN, '--home', home, '--edition', 'demo', 'refresh'], { stdio: 'ignore' });
  return home;
}

/** An edition with one section of `n` headlines from a local RSS file (for the pty keypress figure). */
function bigEditionHome(n) {
  const home = mkdtempSync(join(tmpdir(), 'tidings-tui-big-'));
  const dir = join(home, 'config', 'editions');
  mkdirSync(dir, { recursive: true });
  const base = Date.parse('2026-11-25T10:00:00Z');
  const items = Array.from({ length: n }, (_, i) => `<item><title>Bench story ${i}</title><link>https://bench.test/all/${i}</link><guid>b${i}</guid><pubDate>${new Date(base - i * 60_000).toUTCString()}</pubDate><description>Story ${i}.</description></item>`).join('');
  writeFileSync(join(dir, 'big.xml'), `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title><link>https://bench.test/</link><description>b</description>${items}</channel></rss>`);
  writeFileSync(join(dir, 'bigbench.json'), JSON.stringify({ name: 'bigbench', title: 'Big Bench', feeds: [{ url: 'big.xml', title: 'Big' }], sections: [{ id: 'all', title: 'All', feeds: ['big.xml'] }] }));
  execFileSync(process.execPath, [BIN, '--home', home, '--edition', 'bigbench', 'refresh'], { stdio: 'ignore' });
  return home;
}

async function firstFrame() {
  const home = freshHome();
  const times = [];
  const inkTimes = [];
  // Not counted: a first session, as a user has had. The code cache (src/launch.ts) is made
  // by the refresh above and grows at the exit of a run over a second, like this one.
  const first = startApp(home, ['--edition', 'demo']);
  await first.until((t) => t.includes('Assembly passes 2027 budget'));
  await new Promise((r) => setTimeout(r, 1500));
  await first.quit();
  for (let i = 0; i < 8; i++) {
    const app = startApp(home, ['--edition', 'demo']);
    // The raw output keeps escapes: Ink's first frame is one synchronized update written over
    // the plain frame from the top left; it is on screen (and keys are live) when it ends.
    let raw = '';
    const inkSeen = new Promise((resolve) => app.child.stdout.on('data', (c) => {
      raw += c.toString('latin1');
      const start = raw.indexOf('\u001b[?2026h\u001b[H');
      if (start >= 0 && raw.indexOf('\u001b[?2026l', start) >= 0) resolve(process.hrtime.bigint());
    }));
    const seen = await app.until((t) => t.includes('Assembly passes 2027 budget'));
    times.push(ms(app.started, seen));
    inkTimes.push(ms(app.started, await inkSeen));
    await app.quit();
  }
  rmSync(home, { recursive: true, force: true });
  report('tui first frame with headlines, warm cache (median)', median(times), 'ms');
  report('tui first Ink frame (keys live), warm cache (median)', median(inkTimes), 'ms');
  report('tui first frame with headlines, warm cache (worst)', Math.max(...times), 'ms');
  report('tui first Ink frame (keys live), warm cache (worst)', Math.max(...inkTimes), 'ms');
}

async function keypressInProcess() {
  const React = (await import('react')).default;
  const { render } = await import('ink-testing-library');
  const { App } = await import(dist('ui/App.js'));
  const { ServicesProvider } = await import(dist('ui/services-context.js'));
  const { resolveEdition } = await import(dist('core/edition/edition.js'));
  const { buildEditionIndex } = await import(dist('core/edition/headlines.js'));
  const { countIndex } = await import(dist('core/edition/counts.js'));
  const { createMessages } = await import(dist('core/i18n/messages.js'));
  const edition = resolveEdition({ name: 'b', title: 'Bench', feeds: [{ url: 'https://b.test/f.xml' }], sections: [{ id: 'all', title: 'All', feeds: ['https://b.test/f.xml'] }] }, 'https://b.test/e.json');
  const now = new Date('2026-11-25T10:00:00Z');
  const items = Array.from({ length: HEADLINES }, (_, i) => ({ id: `i${i}`, title: `Bench story ${i}`, link: `https://b.test/${i}`, published: new Date(now - i * 60_000).toISOString(), updated: null, author: null, summary: '', contentHtml: null, categories: [], image: null }));
  const index = buildEditionIndex(edition, new Map([['https://b.test/f.xml', { format: 'rss', title: 'F', link: '', description: '', language: null, items }]]), now);
  const snapshot = { edition, results: [{ url: 'https://b.test/f.xml', status: 'cached', stored: true, fromCache: true }], index, counts: countIndex(index, () => false), read: new Set(), fetchedAt: now };
  const none = async () => undefined;
  const services = {
    news: { edition, load: async () => snapshot, search: async () => [], sources: async () => [], sourceHeadlines: async () => ({ headlines: [], read: new Set() }) },
    articles: { load: async () => { throw new Error('no'); } },
    bookmarks: { list: async () => [], search: async () => [], readArticle: none, add: none, remove: none, take: none, restore: none, setTags: none, urls: async () => new Set() },
    readState: { load: async () => new Set(), mark: none },
    speech: { engine: null, missing: '', speak: none },
    openUrl: async () => false, now: () => now, refreshMinutes: 0, bidi: 'reorder', offline: true, color: false, messages: createMessages('en'),
  };
  const inst = render(React.createElement(ServicesProvider, { services }, React.createElement(App, { section: 'all' })));
  Object.defineProperty(inst.stdout, 'columns', { value: 80, configurable: true });
  Object.defineProperty(inst.stdout, 'rows', { value: 24, configurable: true });
  inst.stdout.emit('resize');
  const turn = () => new Promise((r) => setImmediate(r));
  // A frame that never comes (the app failed to render) ends the bench instead of spinning.
  const until = async (ready, what) => {
    const deadline = performance.now() + 10_000;
    while (!ready()) {
      if (performance.now() > deadline) throw new Error(`tui bench: no frame ${what} within 10 s; last frame:\n${inst.lastFrame()}`);
      await turn();
    }
  };
  await until(() => (inst.lastFrame() ?? '').includes(`1/${HEADLINES}`), `listing 1/${HEADLINES}`);
  const keys = ['j', 'j', 'j', 'k', '\u0004', '\u0015', 'G', 'g'];
  const times = [];
  for (let i = 0; i < 240; i++) {
    const before = inst.lastFrame();
    const t0 = performance.now();
    inst.stdin.write(keys[i % keys.length]);
    await until(() => inst.lastFrame() !== before, `after key ${JSON.stringify(keys[i % keys.length])}`);
    times.push(performance.now() - t0);
  }
  inst.unmount();
  times.sort((a, b) => a - b);
  report(`tui keypress→frame, ${HEADLINES} headlines, in process (median)`, median(times), 'ms');
  report(`tui keypress→frame, ${HEADLINES} headlines, in process (p95)`, times[Math.floor(times.length * 0.95)], 'ms');
}

async function keypressPty() {
  const home = bigEditionHome(HEADLINES);
  const app = startApp(home, ['--edition', 'bigbench', '--section', 'all']);
  // The app holds the newest 1,000 of a list (the rest stay in the database).
  await app.until((t) => t.includes(`1/${Math.min(HEADLINES, 1000)}`));
  // The stored news is fresh (just refreshed): cache first, no background refresh runs.
  const times = [];
  for (let i = 1; i <= 60; i++) {
    // A person's keys come tens of ms apart; back to back they would measure Ink's frame throttle.
    await new Promise((r) => setTimeout(r, 60));
    const want = `${i + 1}/${Math.min(HEADLINES, 1000)}`;
    const t0 = process.hrtime.bigint();
    app.press('j');
    const t1 = await app.until((t) => t.slice(-3000).includes(want));
    times.push(ms(t0, t1));
  }
  await app.quit();
  rmSync(home, { recursive: true, force: true });
  report(`tui keypress→frame, ${HEADLINES} headlines, real pty (median)`, median(times), 'ms');
  report(`tui keypress→frame, ${HEADLINES} headlines, real pty (worst)`, Math.max(...times), 'ms');
}

async function idleCpu() {
  const home = freshHome();
  const app = startApp(home, ['--edition', 'demo'], 80, 24);
  await app.until((t) => t.includes('Assembly passes 2027 budget'));
  const pid = appPid(app.child.pid);
  await new Promise((r) => setTimeout(r, 2000));
  const hz = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
  const ticks0 = cpuTicks(pid);
  const bytes0 = app.bytes;
  const t0 = process.hrtime.bigint();
  await new Promise((r) => setTimeout(r, IDLE_SECONDS * 1000));
  const seconds = ms(t0, process.hrtime.bigint()) / 1000;
  const used = (cpuTicks(pid) - ticks0) / hz;
  const painted = app.bytes - bytes0;
  await app.quit();
  rmSync(home, { recursive: true, force: true });
  report(`tui idle CPU, ticker running, 80x24, ${IDLE_SECONDS} s`, (used / seconds) * 100, '% of a core');
  report('tui ticker output while idle', painted / seconds, 'bytes/s');
}

if (!hasScript || !existsSync(join(ROOT, 'dist', 'cli.js'))) {
  console.log('tui: skipped (needs `script` from util-linux and a built dist/)');
  process.exit(0);
}
if (!wired) console.log('tui: note: the bare `tidings` command does not start the app yet; launching dist/commands/app.js directly');
await firstFrame();
await keypressInProcess();
await keypressPty();
if (existsSync('/proc/self/stat')) await idleCpu();
else console.log('tui: idle CPU skipped (no /proc)');
