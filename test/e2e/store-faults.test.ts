/**
 * The database's faults with real processes and real files: the built bin, run in parallel,
 * on a real full filesystem (a small tmpfs) and a real read-only one (a read-only bind mount).
 * Mounting needs root (as in CI); elsewhere the full-disk test is skipped and the read-only
 * one uses chmod.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { fixture } from '../core/article/article-fixtures.js';
import { sendBody, startLoopbackServer } from '../helpers/loopback-server.js';
import { tempHome } from '../helpers/run-cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'tidings.js');
const built = existsSync(join(ROOT, 'dist', 'cli.js'));
const isRoot = process.getuid?.() === 0;

interface Run { code: number | null; stdout: string; stderr: string }

/** Runs the bin with `home` as TIDINGS_HOME, piped; resolves when it exits. */
function tidings(home: string, args: string[], edition: string[] = ['--edition', 'demo'], asUser?: string): Promise<Run> {
  return new Promise((done) => {
    const command = [process.execPath, BIN, ...edition, ...args];
    const [program, ...rest] = asUser ? ['runuser', '-u', asUser, '--', ...command] : command;
    const child = spawn(program, rest, {
      env: { ...process.env, TIDINGS_HOME: home, NO_COLOR: '1', CI: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** Local feed files named Feed 1…n (feeds add takes a path). */
function feedFiles(n: number, base = tmpdir()): string[] {
  const dir = mkdtempSync(join(base, 'tidings-feeds-'));
  return Array.from({ length: n }, (_, i) => {
    const file = join(dir, `f${i + 1}.xml`);
    writeFileSync(file, `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed ${i + 1}</title><link>https://f${i + 1}.test/</link>
      <item><title>Item ${i + 1}</title><link>https://f${i + 1}.test/1</link><guid>f${i + 1}</guid></item></channel></rss>`);
    return file;
  });
}

const addedUrls = async (home: string) =>
  (JSON.parse((await tidings(home, ['feeds', 'list', '--json'])).stdout).feeds as { url: string }[]).map((f) => f.url).filter((u) => u.includes('tidings-feeds-'));
const noStack = (text: string) => !/\n\s+at |TypeError|SqliteError|node:internal/.test(text);

const mounts: string[] = [];
/** Mounts a tmpfs of `size` at a new temp dir; undefined when this machine cannot. */
function mountTmpfs(size: string): string | undefined {
  if (!isRoot) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'tidings-mnt-'));
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]).status !== 0) return undefined;
  mounts.push(dir);
  return dir;
}
/** Makes `dir` read-only for this process: a read-only bind mount as root (chmod does not stop root), else chmod 555. */
function makeReadOnly(dir: string): boolean {
  if (!isRoot) {
    chmodSync(dir, 0o555);
    return true;
  }
  if (spawnSync('mount', ['--bind', dir, dir]).status !== 0) return false;
  mounts.push(dir);
  return spawnSync('mount', ['-o', 'remount,bind,ro', dir]).status === 0;
}
/** Writes zeros into `dir` until the filesystem is full. */
function fill(dir: string): void {
  const fd = openSync(join(dir, `filler-${Date.now()}-${Math.random()}`), 'a');
  const block = Buffer.alloc(4096);
  try {
    for (;;) writeSync(fd, block);
  } catch {
    // ENOSPC: full
  } finally {
    closeSync(fd);
  }
}
afterAll(() => {
  for (const dir of mounts.reverse()) spawnSync('umount', [dir]);
});


describe.skipIf(!built)('database faults, with the built bin', () => {
  it('8 parallel `feeds add` keep 8 feeds, and 5 parallel `sections add` keep 5 sections', async () => {
    const home = tempHome();
    await tidings(home, ['feeds', 'list']); // the database exists before the race (its creation is tested elsewhere)
    const files = feedFiles(8);
    const adds = await Promise.all(files.map((f) => tidings(home, ['feeds', 'add', f])));
    expect(adds.map((r) => r.code)).toEqual(Array(8).fill(0));
    expect((await addedUrls(home)).sort()).toEqual(files.map((f) => `file://${f}`).sort());

    const names = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon'];
    const sections = await Promise.all(names.map((n) => tidings(home, ['sections', 'add', n])));
    expect(sections.map((r) => r.code)).toEqual(Array(5).fill(0));
    const tree = JSON.parse((await tidings(home, ['sections', '--json'])).stdout).sections as { id: string }[];
    expect(tree.map((s) => s.id)).toEqual(expect.arrayContaining(names.map((n) => n.toLowerCase())));
  }, 60_000);

  it('8 parallel `feeds add` on a fresh install (all racing to create the database) keep 8', async () => {
    const home = tempHome();
    const files = feedFiles(8);
    const adds = await Promise.all(files.map((f) => tidings(home, ['feeds', 'add', f])));
    expect(adds.map((r) => r.stderr).join('')).toBe('');
    expect((await addedUrls(home)).length).toBe(8);
  }, 60_000);

  it('wrong-shape settings and old edition changes give one line each, and the command works', async () => {
    const home = tempHome();
    mkdirSync(join(home, 'config'));
    const file = join(home, 'config', 'settings.json');
    writeFileSync(file, JSON.stringify({ edition: 'demo', refreshMinutes: 'soon', bidi: 5, overlays: { demo: { removeFeeds: 'y', addFeeds: [null], addSections: 5 } } }));
    // Without --edition, so the command reads settings.json (each command checks it when it first reads it).
    const run = await tidings(home, ['headlines'], []);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Tidings Demo');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toEqual(expect.arrayContaining([
      `tidings: warning: ${file}: "refreshMinutes" must be a whole number ≥ 0; using 15`,
      `tidings: warning: ${file}: "bidi" must be one of "auto", "terminal", "reorder"; using "auto"`,
      `tidings: warning: ${file}: "overlays" of edition "demo": "removeFeeds" must be a list of feed URLs; ignored`,
      `tidings: warning: ${file}: "overlays" of edition "demo": "addFeeds" must be a list of {"url", "title"?, "section"?}: entry 0 ignored`,
      `tidings: warning: ${file}: "overlays" of edition "demo": "addSections" must be a list of {"id", "title", "parent"?}; ignored`,
    ]));
    expect(lines).toHaveLength(7); // and "moved your tidings data…", "your old files were kept in…"
    expect(noStack(run.stderr)).toBe(true);
    // Next time: the settings lines only (the edition changes were imported once, cleaned).
    const again = await tidings(home, ['headlines'], []);
    expect(again.code).toBe(0);
    expect(again.stderr.trimEnd().split('\n')).toHaveLength(2);
    // settings.json that is JSON but not an object: one line, moved aside, defaults.
    writeFileSync(file, '[1, 2]');
    const list = await tidings(home, ['feeds', 'list'], []); // the default edition, world: listed without fetching
    expect(list.code).toBe(0);
    expect(list.stderr).toMatch(new RegExp(`^tidings: warning: ${file}: valid JSON but not an object \\(a list\\); it was moved to ${file}\\.corrupt-\\S+; using the default settings\\n$`));
    // An edition no file names: one line naming the file and the key, and the default edition.
    writeFileSync(file, JSON.stringify({ edition: 'nope' }));
    const other = await tidings(home, ['feeds', 'list'], []);
    expect(other.code).toBe(0);
    expect(other.stderr).toBe(`tidings: warning: ${file}: "edition" is "nope", which no edition file names (see: tidings editions); using "world"\n`);
  }, 60_000);

  it.skipIf(!isRoot)('a full disk: a write gives one line naming the file, reads go on, and the reserve lets one write through', async () => {
    const mount = mountTmpfs('6m');
    if (!mount) return; // no tmpfs here: see the README of the tests
    const home = join(mount, 'home');
    const db = join(home, 'data', 'tidings.db');
    const [f1, f2, f3] = feedFiles(3);
    const html = { headers: { 'content-type': 'text/html; charset=utf-8' } };
    const server = await startLoopbackServer({ '/story': sendBody(fixture('structures.html'), html), '/other': sendBody(fixture('cjk.html'), html) });
    expect((await tidings(home, ['read', server.url('/story')])).code).toBe(0); // into the article cache
    expect((await tidings(home, ['feeds', 'add', f1])).code).toBe(0);
    expect((await tidings(home, ['feeds', 'add', f2])).code).toBe(0);
    expect((await tidings(home, ['headlines'])).code).toBe(0);
    expect(existsSync(`${db}.reserve`)).toBe(true);

    fill(mount);
    // The reserve is given up so this write (a removal, to make room) goes through.
    const remove = await tidings(home, ['feeds', 'remove', `file://${f1}`]);
    expect(remove).toMatchObject({ code: 0, stderr: '' });
    expect(existsSync(`${db}.reserve`)).toBe(false);

    fill(mount);
    const add = await tidings(home, ['feeds', 'add', f3]);
    expect(add.code).toBe(1);
    expect(add.stderr).toBe(`tidings: the disk holding ${db} is full: nothing was saved (free some space, or remove bookmarks with \`tidings bookmarks remove\`)\n`);

    const list = await tidings(home, ['feeds', 'list', '--json']);
    expect(list.code).toBe(0);
    expect((JSON.parse(list.stdout).feeds as { url: string }[]).map((f) => f.url)).toContain(`file://${f2}`);
    expect(list.stderr).toBe(`tidings: warning: the disk holding ${db} is full: reading only, nothing will be saved\n`);
    const offline = await tidings(home, ['headlines', '--offline']);
    expect(offline.code).toBe(0);
    expect(offline.stdout).toContain('Item 2');
    expect(noStack(offline.stderr)).toBe(true);
    // The article cache: a hit still reads; a page that cannot be stored is still shown.
    const cached = await tidings(home, ['read', '--offline', server.url('/story')]);
    expect(cached.code).toBe(0);
    expect(cached.stdout.length).toBeGreaterThan(200);
    const fresh = await tidings(home, ['read', server.url('/other')]);
    expect(fresh.code).toBe(0);
    expect(fresh.stderr).toBe(`tidings: warning: the article cache was not saved: the disk holding ${db} is full: nothing was saved (free some space, or remove bookmarks with \`tidings bookmarks remove\`)\n`);
    await server.close();

    spawnSync('sh', ['-c', `rm -f "${mount}"/filler-*`]);
    expect((await tidings(home, ['feeds', 'add', f3])).code).toBe(0);
    expect(await addedUrls(home)).toEqual([`file://${f2}`, `file://${f3}`]);
  }, 60_000);

  it.skipIf(!isRoot || spawnSync('runuser', ['--help']).status !== 0)('a data directory chmod 555, for a user who is not root: one line for a write, reads go on', async () => {
    // Under /tmp itself: the test run's own temp dir is closed to other users.
    const home = mkdtempSync('/tmp/tidings-nobody-');
    chmodSync(home, 0o777);
    const [f1, f2] = feedFiles(2, home);
    chmodSync(join(f1, '..'), 0o755);
    onTestFinished(() => rmSync(home, { recursive: true, force: true }));
    const run = (args: string[]) => tidings(home, args, ['--edition', 'demo'], 'nobody');
    expect((await run(['feeds', 'add', f1])).code).toBe(0);
    expect((await run(['headlines'])).code).toBe(0);
    const data = join(home, 'data');
    chmodSync(data, 0o555);
    const add = await run(['feeds', 'add', f2]);
    expect(add).toMatchObject({ code: 1, stderr: `tidings: cannot write ${join(data, 'tidings.db')}: the file or its directory is read-only\n` });
    const offline = await run(['headlines', '--offline']);
    expect(offline.code).toBe(0);
    expect(offline.stdout).toContain('Item 1');
    expect(offline.stderr).toBe(`tidings: warning: ${data} is read-only: reading only, nothing will be saved\n`);
  }, 60_000);

  it('a read-only data directory: a write gives one line naming the file, reads go on', async () => {
    const home = tempHome();
    const [f1, f2] = feedFiles(2);
    expect((await tidings(home, ['feeds', 'add', f1])).code).toBe(0);
    expect((await tidings(home, ['headlines'])).code).toBe(0);
    const data = join(home, 'data');
    if (!makeReadOnly(data)) return;
    const db = join(data, 'tidings.db');
    try {
      const add = await tidings(home, ['feeds', 'add', f2]);
      expect(add.code).toBe(1);
      expect(add.stderr).toBe(`tidings: cannot write ${db}: the file or its directory is read-only\n`);
      const list = await tidings(home, ['feeds', 'list', '--json']);
      expect(list.code).toBe(0);
      expect(list.stdout).toContain(`file://${f1}`);
      expect(list.stderr).toBe(`tidings: warning: ${data} is read-only: reading only, nothing will be saved\n`);
      const offline = await tidings(home, ['headlines', '--offline']);
      expect(offline.code).toBe(0);
      expect(offline.stdout).toContain('Item 1');
      expect(noStack(offline.stderr)).toBe(true);
      // Never searched before it went read-only: the items are stored but not indexed, and search says so.
      const search = await tidings(home, ['search', 'Item', '--offline']);
      expect(search.code).toBe(0);
      expect(search.stderr).toMatch(/tidings: warning: \d+ stored items are not searched: the database is read-only/);
    } finally {
      if (!isRoot) chmodSync(data, 0o755);
    }
  }, 60_000);
});
