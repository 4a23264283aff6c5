import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { withFileLock } from '../../src/services/file-lock.js';

const lockPath = () => join(mkdtempSync(join(tmpdir(), 'tidings-lock-')), 'x.lock');

it('runs holders one at a time', async () => {
  const path = lockPath();
  const events: string[] = [];
  await Promise.all(['a', 'b', 'c'].map((name) => withFileLock(path, async () => {
    events.push(`${name}+`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    events.push(`${name}-`);
  })));
  for (let i = 0; i < events.length; i += 2) expect(events[i + 1]).toBe(events[i].replace('+', '-'));
});

it('keeps a lock held longer than the stale limit alive by refreshing it', async () => {
  const path = lockPath();
  const events: string[] = [];
  let started!: () => void;
  const holding = new Promise<void>((resolve) => { started = resolve; });
  const slow = withFileLock(path, async () => {
    events.push('slow+');
    started();
    await new Promise((resolve) => setTimeout(resolve, 1200));
    events.push('slow-');
  }, { staleMs: 400 });
  await holding;
  const owner = JSON.parse(readFileSync(path, 'utf8'));
  expect(owner.pid).toBe(process.pid);
  await withFileLock(path, async () => { events.push('fast'); }, { staleMs: 400 });
  await slow;
  expect(events).toEqual(['slow+', 'slow-', 'fast']);
});

it('passes errors through and releases the lock', async () => {
  const path = lockPath();
  await expect(withFileLock(path, async () => { throw new Error('boom'); })).rejects.toThrow('boom');
  expect(await withFileLock(path, async () => 'again')).toBe('again');
});
