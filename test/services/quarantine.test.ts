import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quarantineFile } from '../../src/services/quarantine.js';
import { tempHome } from '../helpers/run-cli.js';

describe('quarantineFile', () => {
  it('moves the file aside by timestamp and never overwrites an earlier one', () => {
    const dir = tempHome();
    const file = join(dir, 'store.json');
    const now = new Date('2026-11-25T10:00:00.000Z');
    writeFileSync(file, 'first');
    const a = quarantineFile(file, now);
    writeFileSync(file, 'second');
    const b = quarantineFile(file, now);
    expect(a).toBe(`${file}.corrupt-2026-11-25T10-00-00-000Z`);
    expect(b).toBe(`${a}-2`);
    expect([readFileSync(a, 'utf8'), readFileSync(b, 'utf8')]).toEqual(['first', 'second']);
    expect(existsSync(file)).toBe(false);
  });
});
