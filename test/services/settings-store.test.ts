import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSettingsStore, DEFAULT_SETTINGS } from '../../src/services/settings-store.js';
import { checkSettings, SETTINGS_SCHEMA } from '../../src/services/settings-schema.js';
import { tempHome } from '../helpers/run-cli.js';

const now = () => new Date('2026-11-25T10:00:00Z');

function withFile(text: string) {
  const dir = join(tempHome(), 'config');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'settings.json'), text);
  const warnings: string[] = [];
  return { dir, warnings, store: createSettingsStore({ dir, now, warn: (m) => warnings.push(m) }) };
}

describe('settings schema', () => {
  it('gives every setting a default its own check accepts', () => {
    for (const [key, rule] of Object.entries(SETTINGS_SCHEMA)) expect(rule.valid(rule.default), key).toBe(true);
    expect(DEFAULT_SETTINGS).toMatchObject({ edition: 'world', refreshMinutes: 15, retentionDays: 90, retentionItems: 2000, articleCacheMB: 200 });
  });

  it.each([
    ['refreshMinutes', 'soon', '"refreshMinutes" must be a whole number ≥ 0; using 15'],
    ['refreshMinutes', -1, '"refreshMinutes" must be a whole number ≥ 0; using 15'],
    ['refreshMinutes', 1.5, '"refreshMinutes" must be a whole number ≥ 0; using 15'],
    ['bidi', 5, '"bidi" must be one of "auto", "terminal", "reorder"; using "auto"'],
    ['hyperlinks', true, '"hyperlinks" must be one of "auto", "on", "off"; using "auto"'],
    ['edition', '', '"edition" must be an edition name; using "world"'],
    ['articleCacheMB', 0, '"articleCacheMB" must be a whole number ≥ 1; using 200'],
    ['retentionDays', null, '"retentionDays" must be a whole number ≥ 1; using 90'],
    ['retentionItems', '2000', '"retentionItems" must be a whole number ≥ 1; using 2000'],
  ])('refuses %s = %j in one message', (key, value, message) => {
    expect(checkSettings({ [key]: value })).toEqual({ values: {}, problems: [message] });
  });

  it('keeps the valid keys and skips unknown and moved ones without a word', () => {
    expect(checkSettings({ edition: 'demo', bidi: 5, overlays: { x: 1 }, futureKey: true })).toEqual({
      values: { edition: 'demo' },
      problems: ['"bidi" must be one of "auto", "terminal", "reorder"; using "auto"'],
    });
  });
});

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
    const again = createSettingsStore({ dir, now, warn: () => undefined });
    expect(again.get('edition')).toBe('demo');
    expect(JSON.parse(readFileSync(store.path, 'utf8')).edition).toBe('demo');
  });

  it('tells each bad value once, naming the file and the key, and uses the rest', () => {
    const { store, warnings } = withFile('{"edition": "demo", "refreshMinutes": "soon", "bidi": 5}');
    expect(store.get('refreshMinutes')).toBe(15);
    expect(store.get('bidi')).toBe('auto');
    expect(store.get('edition')).toBe('demo');
    expect(warnings).toEqual([
      `${store.path}: "refreshMinutes" must be a whole number ≥ 0; using 15`,
      `${store.path}: "bidi" must be one of "auto", "terminal", "reorder"; using "auto"`,
    ]);
  });

  it('a write keeps every other key, even the bad ones, and does not choke on them', () => {
    const { store } = withFile('{"refreshMinutes": "soon", "bidi": 5, "futureKey": [1]}');
    store.set('edition', 'demo');
    expect(JSON.parse(readFileSync(store.path, 'utf8'))).toEqual({ refreshMinutes: 'soon', bidi: 5, futureKey: [1], edition: 'demo' });
  });

  it('refuses to write a value of the wrong shape, in one line', () => {
    const { store } = withFile('{}');
    expect(() => store.set('refreshMinutes', -3)).toThrow(`${store.path}: "refreshMinutes" must be a whole number ≥ 0`);
  });

  it.each([
    ['not JSON', '{"edition": "demo",', 'not valid JSON'],
    ['a list', '[1, 2]', 'valid JSON but not an object (a list)'],
    ['a number', '42', 'valid JSON but not an object (42)'],
    ['null', 'null', 'valid JSON but not an object (null)'],
  ])('moves a file holding %s aside with one warning and never empties it silently', (_name, text, why) => {
    const { dir, store, warnings } = withFile(text);
    expect(store.get('edition')).toBe('world');
    expect(warnings).toEqual([`${store.path}: ${why}; it was moved to ${store.path}.corrupt-2026-11-25T10-00-00-000Z; using the default settings`]);
    const aside = readdirSync(dir).find((f) => f.includes('.corrupt-'));
    expect(readFileSync(join(dir, aside as string), 'utf8')).toBe(text);
    store.set('refreshMinutes', 5);
    expect(createSettingsStore({ dir, now, warn: () => undefined }).get('refreshMinutes')).toBe(5);
  });
});
