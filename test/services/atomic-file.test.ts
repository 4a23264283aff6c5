import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readJsonFile, writeFileAtomic, writeFileAtomicSync } from '../../src/services/atomic-file.js';

describe('atomic-file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tidings-atomic-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes a string, creating missing directories, and leaves no temp file', async () => {
    const path = join(dir, 'a', 'b', 'file.json');
    await writeFileAtomic(path, '{"x":1}');
    expect(readFileSync(path, 'utf8')).toBe('{"x":1}');
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual(['file.json']);
  });

  it('replaces an existing file with bytes', async () => {
    const path = join(dir, 'file.bin');
    writeFileSync(path, 'old contents that are longer');
    await writeFileAtomic(path, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(path)]).toEqual([1, 2, 3]);
  });

  it('keeps concurrent writers from interleaving: the file is one of the writes', async () => {
    const path = join(dir, 'race.txt');
    const payloads = Array.from({ length: 20 }, (_, i) => String(i).repeat(10_000));
    await Promise.all(payloads.map((p) => writeFileAtomic(path, p)));
    expect(payloads).toContain(readFileSync(path, 'utf8'));
    expect(readdirSync(dir)).toEqual(['race.txt']);
  });

  it('cleans up the temp file when the rename fails', async () => {
    const path = join(dir, 'target');
    mkdirSync(join(path, 'child'), { recursive: true }); // a non-empty dir cannot be replaced by a file
    await expect(writeFileAtomic(path, 'x')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['target']);
  });

  it('sync variant writes and cleans up the same way', () => {
    const path = join(dir, 'sub', 'sync.txt');
    writeFileAtomicSync(path, 'héllo');
    expect(readFileSync(path, 'utf8')).toBe('héllo');
    const blocked = join(dir, 'blocked');
    mkdirSync(join(blocked, 'child'), { recursive: true });
    expect(() => writeFileAtomicSync(blocked, 'x')).toThrow();
    expect(readdirSync(dir).sort()).toEqual(['blocked', 'sub']);
  });

  it('readJsonFile returns undefined for a missing file and parses an existing one', async () => {
    expect(await readJsonFile(join(dir, 'missing.json'))).toBeUndefined();
    const path = join(dir, 'data.json');
    await writeFileAtomic(path, JSON.stringify({ a: [1, 2] }));
    expect(await readJsonFile<{ a: number[] }>(path)).toEqual({ a: [1, 2] });
  });

  it('readJsonFile throws on invalid JSON so callers can quarantine it', async () => {
    const path = join(dir, 'bad.json');
    writeFileSync(path, '{nope');
    await expect(readJsonFile(path)).rejects.toThrow(SyntaxError);
  });
});
