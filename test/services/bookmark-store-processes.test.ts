import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { transpileSrc } from '../helpers/transpile-src.js';
import { tempStore } from '../helpers/bookmarks.js';

const WRITER = join(import.meta.dirname, '../helpers/bookmark-writer.mjs');
let storeModule: string;

beforeAll(() => {
  storeModule = transpileSrc('services/bookmark-store.ts');
});

function writer(dir: string, ...args: string[]): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [WRITER, storeModule, dir, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d) => { out += d; });
  child.stderr?.on('data', (d) => { err += d; });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => {
    if (code) process.stderr.write(err);
    resolve(code);
  }));
  return { child, output: () => out, exited };
}

/** Resolves once the child has printed at least `lines` lines. */
function linesPrinted(w: ReturnType<typeof writer>, lines: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (w.output().split('\n').length - 1 >= lines) resolve();
    };
    w.child.stdout?.on('data', check);
    w.child.on('exit', () => reject(new Error(`writer exited early: ${w.output()}`)));
    check();
  });
}

describe('two processes writing at the same time', () => {
  it('adding 100 bookmarks each ends with all 200', async () => {
    const { dir, open, warnings } = tempStore();
    const a = writer(dir, 'add', 'alpha', '100');
    const b = writer(dir, 'add', 'beta', '100');
    expect(await Promise.all([a.exited, b.exited])).toEqual([0, 0]);
    const store = open();
    const list = await store.list();
    expect(list).toHaveLength(200);
    expect(await store.list({ tag: 'alpha' })).toHaveLength(100);
    expect(await store.list({ tag: 'beta' })).toHaveLength(100);
    expect(new Set(list.map((x) => x.id)).size).toBe(200);
    expect((await store.search('wordalpha')).length).toBe(100);
    expect(readdirSync(join(dir, 'articles'))).toHaveLength(200);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock'))).toEqual([]);
    expect(warnings).toEqual([]);
  }, 60_000);
});

describe('a writer killed with SIGKILL mid-write', () => {
  it('leaves the old or the new store, never a broken one', async () => {
    const { dir, open, warnings } = tempStore();
    for (let round = 0; round < 6; round++) {
      const w = writer(dir, 'churn', `r${round}`);
      // Let it get into its loop, then kill it at a random point of a write.
      await linesPrinted(w, 2 + (round % 3));
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 40));
      w.child.kill('SIGKILL');
      await w.exited;
      const last = w.output().trim().split('\n').pop() as string;
      const [reported, next] = last.split(' ').map(Number);

      const store = open();
      const list = await store.list();
      expect([reported, reported + next]).toContain(list.length);
      expect(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')).bookmarks).toHaveLength(list.length);
      for (const b of list.filter((x) => x.hasArticle)) expect((await store.readArticle(b.id))?.contentHtml).toMatch(/^<p>word/);
      expect(await store.search('batch')).toHaveLength(list.filter((b) => b.tags.includes('batch')).length);
    }
    expect(warnings).toEqual([]);
    // The next writer breaks the dead writer's lock and sweeps its temp files.
    const after = open();
    await after.setTags((await after.list())[0].id, ['after']);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock'))).toEqual([]);
  }, 120_000);
});
