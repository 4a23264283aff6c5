import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createReadStateStore } from '../../src/services/read-state-store.js';

const dir = () => mkdtempSync(join(tmpdir(), 'tidings-read-'));
const at = (iso: string) => () => new Date(iso);

describe('read-state store', () => {
  it('starts empty, remembers marks across instances, and unmarks', async () => {
    const d = dir();
    const store = createReadStateStore({ dir: d, now: at('2026-11-25T10:00:00Z') });
    expect(await store.load()).toEqual(new Set());
    await store.mark(['a', 'b'], true);
    await store.mark(['a'], false);
    const again = createReadStateStore({ dir: d, now: at('2026-11-25T10:00:00Z') });
    expect(await again.load()).toEqual(new Set(['b']));
    expect(JSON.parse(readFileSync(join(d, 'read-state.json'), 'utf8'))).toEqual({ version: 1, read: { b: '2026-11-25T10:00:00.000Z' } });
  });

  it('prunes entries older than maxAgeDays and beyond maxEntries, newest kept', async () => {
    const d = dir();
    let now = new Date('2026-01-01T00:00:00Z');
    const store = createReadStateStore({ dir: d, now: () => now, maxEntries: 3, maxAgeDays: 30 });
    await store.mark(['old'], true);
    now = new Date('2026-03-01T00:00:00Z');
    for (const k of ['k1', 'k2', 'k3', 'k4']) {
      now = new Date(now.getTime() + 1000);
      await store.mark([k], true);
    }
    expect(await createReadStateStore({ dir: d, now: () => now }).load()).toEqual(new Set(['k2', 'k3', 'k4']));
  });

  it('keeps every mark when many are written at once', async () => {
    const d = dir();
    const store = createReadStateStore({ dir: d, now: at('2026-11-25T10:00:00Z') });
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.mark([`k${i}`], true)));
    expect((await createReadStateStore({ dir: d, now: at('2026-11-25T10:00:00Z') }).load()).size).toBe(20);
    expect(readdirSync(d).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('moves a corrupt file aside with a warning and starts fresh', async () => {
    const d = dir();
    writeFileSync(join(d, 'read-state.json'), '{not json');
    const warnings: string[] = [];
    const store = createReadStateStore({ dir: d, now: at('2026-11-25T10:00:00Z'), warn: (m) => warnings.push(m) });
    expect(await store.load()).toEqual(new Set());
    expect(warnings[0]).toMatch(/read marks were unreadable and were moved to .*read-state\.json\.corrupt-/);
    expect(readdirSync(d).some((f) => f.startsWith('read-state.json.corrupt-'))).toBe(true);
  });
});
