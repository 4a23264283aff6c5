import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, openSync, closeSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempHome } from '../helpers/run-cli.js';

// The "done when": real `tidings` processes (the built bin) on a real database file.
const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'tidings.js');
const built = existsSync(join(ROOT, 'dist', 'cli.js'));

interface Run { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

/** Starts `tidings <args>` in `home`; `kill()` sends SIGKILL. */
function start(home: string, args: string[]): { done: Promise<Run>; kill: () => void } {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, TIDINGS_HOME: home, NO_COLOR: '1', CI: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => { stdout += d; });
  child.stderr.on('data', (d) => { stderr += d; });
  const done = new Promise<Run>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { done, kill: () => child.kill('SIGKILL') };
}

const tidings = (home: string, args: string[]) => start(home, args).done;

function urls(home: string): string[] {
  const run = spawnSync(process.execPath, [BIN, 'bookmarks', 'list', '--json'], { env: { ...process.env, TIDINGS_HOME: home }, encoding: 'utf8' });
  expect(run.stderr).not.toMatch(/error|damaged/);
  expect(run.status).toBe(0);
  return (JSON.parse(run.stdout).bookmarks as { url: string }[]).map((b) => b.url).sort();
}

const dbPath = (home: string) => join(home, 'data', 'tidings.db');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A tidings JSON export of `count` bookmarks, each with a page of about `pageBytes`. */
function exportFile(dir: string, name: string, count: number, pageBytes: number): { file: string; urls: string[] } {
  const words = 'tide mill heron bridge harbour lamp ferry quay storm river '.repeat(Math.ceil(pageBytes / 60)).slice(0, pageBytes);
  const bookmarks = Array.from({ length: count }, (_, i) => {
    const url = `https://${name}.example/story/${i}`;
    return {
      url, title: `${name} story ${i}`, source: name, section: '', savedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(), tags: [name], note: '',
      article: { url, title: `${name} ${i}`, byline: null, siteName: name, publishedTime: null, lang: 'en', dir: 'ltr', excerpt: null, contentHtml: `<p>${name}${i} ${words}</p>`, leadImage: null, tags: [], wordCount: 10, readingMinutes: 1 },
    };
  });
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify({ format: 'tidings-bookmarks', schemaVersion: 2, bookmarks }));
  return { file, urls: bookmarks.map((b) => b.url).sort() };
}

function integrity(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

/** Rowids `lo`..`hi` of `table` read one by one; a row on a destroyed page is skipped. */
function readRows<T>(db: Database.Database, table: string, columns: string): T[] {
  const found: T[] = [];
  const { lo, hi } = db.prepare(`SELECT min(rowid) AS lo, max(rowid) AS hi FROM ${table}`).get() as { lo: number; hi: number };
  const row = db.prepare(`SELECT ${columns} FROM ${table} WHERE rowid = ?`);
  for (let rowid = lo; rowid <= hi; rowid++) {
    try {
      const r = row.get(rowid) as T | undefined;
      if (r) found.push(r);
    } catch {
      // a destroyed page: this row is lost
    }
  }
  return found;
}

/** What a row-by-row read of `path` can get back: bookmark URLs, and those whose page is readable too. */
function readable(path: string): { urls: string[]; offline: string[] } {
  const db = new Database(path, { readonly: true });
  try {
    const marks = readRows<{ id: string; url: string }>(db, 'bookmarks', 'id, url, title, source, section, saved_at, tags, note');
    const pages = new Set(readRows<{ id: string }>(db, 'bookmark_pages', 'id, article, body').map((p) => p.id));
    return { urls: marks.map((m) => m.url).sort(), offline: marks.filter((m) => pages.has(m.id)).map((m) => m.url).sort() };
  } finally {
    db.close();
  }
}

describe.skipIf(!built)('bookmarks from many processes at once', () => {
  it('180 concurrent `bookmarks add` in 3 bursts of 60 end with 180 bookmarks', async () => {
    const home = tempHome();
    const pages = join(home, 'pages');
    mkdirSync(pages);
    const html = readFileSync(join(ROOT, 'test', 'fixtures', 'bookmarks', 'story.html'), 'utf8');
    const files = Array.from({ length: 180 }, (_, i) => {
      const file = join(pages, `story-${i}.html`);
      writeFileSync(file, html.replace('Rivers run backwards for a day', `Rivers run backwards, take ${i}`));
      return file;
    });
    for (let burst = 0; burst < 3; burst++) {
      const runs = await Promise.all(files.slice(burst * 60, burst * 60 + 60).map((f) => tidings(home, ['bookmarks', 'add', f, '--json'])));
      for (const run of runs) {
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
      }
    }
    const saved = urls(home);
    expect(saved).toHaveLength(180);
    expect(new Set(saved).size).toBe(180);
    const search = await tidings(home, ['bookmarks', 'search', 'heron', '--json']);
    expect(JSON.parse(search.stdout).bookmarks).toHaveLength(180);
    // Each process spends ~0.2 s of CPU starting up: 180 of them need 20-40 s on 2 idle cores,
    // and far longer when the machine is busy.
  }, 240_000);
});

describe.skipIf(!built)('a `bookmarks import` killed with SIGKILL', () => {
  it('never loses a bookmark that existed before it, and leaves a sound database', async () => {
    const seed = tempHome();
    const before = exportFile(seed, 'before', 40, 2000);
    expect((await tidings(seed, ['bookmarks', 'import', before.file])).code).toBe(0);
    const big = exportFile(seed, 'big', 1500, 1500);
    const timed = performance.now();
    expect((await tidings(tempHome(), ['bookmarks', 'import', big.file])).code).toBe(0);
    const whole = performance.now() - timed;

    for (let round = 0; round < 6; round++) {
      // Each round starts from the same 40 bookmarks (the seed's database, closed cleanly).
      const home = tempHome();
      mkdirSync(join(home, 'data'));
      copyFileSync(dbPath(seed), dbPath(home));
      const run = start(home, ['bookmarks', 'import', big.file]);
      await sleep(Math.random() * whole);
      run.kill();
      const { signal, code } = await run.done;
      if (signal === null) expect(code).toBe(0);
      const now = urls(home);
      expect(now).toEqual(expect.arrayContaining(before.urls));
      // One transaction: all of the import or none of it.
      expect([before.urls.length, before.urls.length + big.urls.length]).toContain(now.length);
      expect(integrity(dbPath(home))).toBe('ok');
    }
  }, 120_000);
});

/** Overwrites `pages` whole pages from the middle of the file with bytes no page can hold. */
// Overwrites `pages` pages from the middle of the saved pages' table on: damage that costs
// rows, wherever the schema's indexes happen to lie in the file.
function destroyPages(path: string, pages: number): void {
  const pageSize = 4096;
  const db = new Database(path, { readonly: true });
  const leaves = db.prepare("SELECT pageno FROM dbstat WHERE name = 'bookmark_pages' AND pagetype = 'leaf' ORDER BY pageno").pluck().all() as number[];
  db.close();
  const middle = (leaves[Math.floor(leaves.length / 2)] - 1) * pageSize;
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, Buffer.alloc(pages * pageSize, 0xa5), 0, pages * pageSize, middle);
  } finally {
    closeSync(fd);
  }
}

describe.skipIf(!built)('a damaged database, and a repair killed half-way', () => {
  it('keeps every bookmark whose row could still be read, and the one added after', async () => {
    const home = tempHome();
    const saved = exportFile(home, 'saved', 300, 40_000);
    const imported = await tidings(home, ['bookmarks', 'import', saved.file]);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    // As if the daily check were due, so the next start looks at the whole file.
    const db = new Database(dbPath(home));
    db.prepare("DELETE FROM meta WHERE key = 'checked_at'").run();
    db.close();
    destroyPages(dbPath(home), 24);
    const copy = join(home, 'damaged-copy.db');
    copyFileSync(dbPath(home), copy);
    expect(integrity(copy)).not.toBe('ok');
    const before = readable(copy);
    expect(before.urls.length).toBeGreaterThan(0);
    // The damage cost rows: bookmarks, pages or both.
    expect(before.urls.length + before.offline.length).toBeLessThan(600);

    // The first command finds the damage (reading a bad page, or the daily check as it
    // closes), says so in one line and leaves the repair to the next start.
    const found = await tidings(home, ['bookmarks', 'list', '--json']);
    expect(found.stderr.trim().split('\n')).toHaveLength(1);
    expect(found.stderr).toMatch(/tidings(: warning)?: the database .*tidings\.db (is damaged|failed its check)/);
    expect(existsSync(`${dbPath(home)}.damaged`)).toBe(true);

    // Kill that next start later and later, each time on a fresh copy of the damaged file,
    // until one is killed while it copies rows back (the damaged file is then still pending).
    let home2 = '';
    for (let delay = 120; delay < 3000 && !home2; delay += 30 + Math.random() * 30) {
      const attempt = tempHome();
      mkdirSync(join(attempt, 'data'));
      copyFileSync(copy, dbPath(attempt));
      writeFileSync(`${dbPath(attempt)}.damaged`, '');
      const run = start(attempt, ['bookmarks', 'list', '--json']);
      await sleep(delay);
      run.kill();
      if ((await run.done).signal === null) break; // too late: the repair finished
      const aside = existsSync(join(attempt, 'data', 'damaged')) ? readdirSync(join(attempt, 'data', 'damaged')) : [];
      if (aside.some((n) => n.endsWith('.db') && !n.endsWith('.recovered.db'))) home2 = attempt;
    }
    expect(home2).not.toBe('');
    // The next start is killed at a random moment too.
    const again = start(home2, ['bookmarks', 'list', '--json']);
    await sleep(Math.random() * 400);
    again.kill();
    await again.done;

    const html = readFileSync(join(ROOT, 'test', 'fixtures', 'bookmarks', 'story.html'), 'utf8');
    const page = join(home2, 'after.html');
    writeFileSync(page, html);
    const added = await tidings(home2, ['bookmarks', 'add', page]);
    expect(added.code).toBe(0);
    expect(urls(home2)).toEqual([...before.urls, `file://${page}`].sort());
    const list = await tidings(home2, ['bookmarks', 'list', '--json']);
    const offline = (JSON.parse(list.stdout).bookmarks as { url: string; offline: boolean }[]).filter((b) => b.offline).map((b) => b.url);
    expect(offline.sort()).toEqual([...before.offline, `file://${page}`].sort());
    // The damaged file is kept, marked as copied back, and no repair is left pending.
    const damaged = readdirSync(join(home2, 'data', 'damaged')).filter((n) => n.endsWith('.db'));
    expect(damaged.every((n) => n.endsWith('.recovered.db'))).toBe(true);
    expect(integrity(dbPath(home2))).toBe('ok');
  }, 120_000);
});
