import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSettingsStore, DEFAULT_SETTINGS } from '../../src/services/settings-store.js';
import { tempHome } from '../helpers/run-cli.js';

const now = () => new Date('2026-11-25T10:00:00Z');

describe('settings store', () => {
  it('starts with defaults and writes nothing until a value is set', () => {
    const dir = join(tempHome(), 'config');
    const store = createSettingsStore({ dir, now, warn: () => undefined });
    expect(store.get('edition')).toBe(DEFAULT_SETTINGS.edition);
    expect(existsSync(store.path)).toBe(false);
  });

  it('persists values through conf, readable by a new store', () => {
    const dir = join(tempHome(), 'config');
    const store = createSettingsStore({ dir, now, warn: () => undefined });
    store.set('edition', 'demo');
    store.updateOverlay('demo', (o) => ({ ...o, removeFeeds: ['https://x.test/a.xml'] }));
    const again = createSettingsStore({ dir, now, warn: () => undefined });
    expect(again.get('edition')).toBe('demo');
    expect(again.overlay('demo')).toEqual({ removeFeeds: ['https://x.test/a.xml'] });
    expect(JSON.parse(readFileSync(store.path, 'utf8')).edition).toBe('demo');
  });

  it('moves a corrupt file aside with a warning and never empties it silently', () => {
    const dir = join(tempHome(), 'config');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'settings.json'), '{"edition": "demo",');
    const warnings: string[] = [];
    const store = createSettingsStore({ dir, now, warn: (m) => warnings.push(m) });
    expect(store.get('edition')).toBe('world');
    expect(warnings).toEqual([expect.stringMatching(/settings were unreadable and were moved to .*settings\.json\.corrupt-2026-11-25T10-00-00-000Z/)]);
    const aside = readdirSync(dir).find((f) => f.includes('.corrupt-'));
    expect(readFileSync(join(dir, aside as string), 'utf8')).toBe('{"edition": "demo",');
    store.set('refreshMinutes', 5);
    expect(createSettingsStore({ dir, now, warn: () => undefined }).get('refreshMinutes')).toBe(5);
  });
});
