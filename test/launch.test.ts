import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { beforeEach, describe, expect, it } from 'vitest';
import { codeCacheFile, loadBundle } from '../src/launch.js';
import { tempHome } from './helpers/run-cli.js';

// What the test bundles record when they run, keyed by the run's label.
const runs = ((globalThis as { launchTestRuns?: Record<string, unknown> }).launchTestRuns ??= {});

/** A function with enough code that compiling it shows in the cache's size. */
const bigFunction = (name: string) =>
  `function ${name}(n) { let s = 0; ${Array.from({ length: 400 }, (_, i) => `s += (n * ${i}) % ${i + 7};`).join(' ')} return s; }`;

/** A bundle as bundle.mjs writes one: its build line, then CommonJS that records its run. */
function writeBundle(dir: string, buildId: string | null, body = ''): string {
  const file = join(dir, 'cli.cjs');
  const code = `'use strict';
globalThis.launchTestRuns[process.env.LAUNCH_TEST_LABEL] = { filename: __filename, dirname: __dirname, strict: this === module.exports && (function () { return this; })() === undefined, join: typeof require('node:path').join };
${bigFunction('first')}
${bigFunction('second')}
${body}`;
  writeFileSync(file, `${buildId ? `// tidings-build ${buildId}\n` : ''}${code}`);
  return file;
}

/** Loads and runs `bundle` under `label`; returns the load and what the run recorded. */
function launch(bundle: string, cacheDir: string | undefined, label: string, longRunMs?: number) {
  process.env.LAUNCH_TEST_LABEL = label;
  const loaded = loadBundle(bundle, cacheDir, longRunMs);
  loaded.run();
  return { loaded, ran: runs[label] as { filename: string; dirname: string; strict: boolean; join: string } };
}

describe('loadBundle', () => {
  let dir: string;
  let cacheDir: string;
  beforeEach(() => {
    dir = tempHome();
    cacheDir = join(dir, 'cache', 'code');
  });

  it('runs the bundle as Node runs a CommonJS module: its file, its directory, its require, strict mode', () => {
    const bundle = writeBundle(dir, 'aaaa1111');
    const { loaded, ran } = launch(bundle, cacheDir, 'module');
    expect(loaded.cache).toBe('missing');
    expect(ran).toEqual({ filename: bundle, dirname: dir, strict: true, join: 'function' });
  });

  it('saves the compiled code under the build id, and the next launch uses it', () => {
    const bundle = writeBundle(dir, 'aaaa1111', 'first(3);');
    const { loaded } = launch(bundle, cacheDir, 'cold');
    loaded.saveCache();
    expect(loaded.cacheFile).toBe(codeCacheFile(cacheDir, 'cli', 'aaaa1111'));
    expect(readdirSync(cacheDir)).toEqual([`cli-aaaa1111-node${process.versions.node}-${process.arch}.v8`]);
    const warm = launch(bundle, cacheDir, 'warm');
    expect(warm.loaded.cache).toBe('used');
    expect(warm.ran.filename).toBe(bundle);
  });

  it('compiles afresh when V8 rejects the cache, and replaces it', () => {
    const bundle = writeBundle(dir, 'bbbb2222');
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(codeCacheFile(cacheDir, 'cli', 'bbbb2222'), 'not a code cache');
    const { loaded, ran } = launch(bundle, cacheDir, 'rejected');
    expect(loaded.cache).toBe('rejected');
    expect(ran.join).toBe('function');
    loaded.saveCache();
    expect(launch(bundle, cacheDir, 'after-rejected').loaded.cache).toBe('used');
  });

  it('keeps only the newest build\'s cache once a new build has saved one', () => {
    const old = launch(writeBundle(dir, 'cccc3333'), cacheDir, 'old build');
    old.loaded.saveCache();
    const next = launch(writeBundle(dir, 'dddd4444'), cacheDir, 'new build');
    expect(next.loaded.cache).toBe('missing');
    next.loaded.saveCache();
    expect(readdirSync(cacheDir)).toEqual([`cli-dddd4444-node${process.versions.node}-${process.arch}.v8`]);
  });

  it('keeps no cache for a bundle without a build id, or without a cache directory', () => {
    const unnamed = launch(writeBundle(dir, null), cacheDir, 'no id');
    expect(unnamed.loaded.cache).toBe('off');
    unnamed.loaded.saveCache();
    const nowhere = launch(writeBundle(dir, 'eeee5555'), undefined, 'no dir');
    expect(nowhere.loaded.cache).toBe('off');
    nowhere.loaded.saveCache();
    expect(() => readdirSync(cacheDir)).toThrow(/ENOENT/);
  });

  it('starts without a cache when the cache directory cannot be written', () => {
    const blocked = join(dir, 'a-file');
    writeFileSync(blocked, '');
    const { loaded } = launch(writeBundle(dir, 'ffff6666'), join(blocked, 'code'), 'blocked');
    expect(() => loaded.saveCache()).not.toThrow();
    expect(launch(writeBundle(dir, 'ffff6666'), join(blocked, 'code'), 'blocked again').loaded.cache).toBe('missing');
  });

  it('leaves the cache alone at the exit of a quick run, and grows it after a long one', () => {
    const bundle = writeBundle(dir, 'abcd8888', 'first(1); if (process.env.LAUNCH_TEST_LABEL.startsWith("long")) second(2);');
    const cold = launch(bundle, cacheDir, 'cold run');
    cold.loaded.saveCache();
    const file = codeCacheFile(cacheDir, 'cli', 'abcd8888');
    const size = statSync(file).size;
    const quick = launch(bundle, cacheDir, 'quick run', Number.POSITIVE_INFINITY);
    quick.loaded.saveCache();
    expect(statSync(file).size).toBe(size);
    const long = launch(bundle, cacheDir, 'long run', 0);
    expect(long.loaded.cache).toBe('used');
    long.loaded.saveCache();
    expect(statSync(file).size).toBeGreaterThan(size * 1.1);
    expect(launch(bundle, cacheDir, 'long run again', 0).loaded.cache).toBe('used');
  });

  it('loads a script beside the bundle that it requires once, with a cache of its own', () => {
    writeFileSync(join(dir, 'vendor-part.cjs'), `// tidings-build 9999aaaa\nglobalThis.launchTestRuns.partLoads = (globalThis.launchTestRuns.partLoads ?? 0) + 1;\nexports.answer = 42;\n${bigFunction('third')}\nthird(1);\n`);
    const bundle = writeBundle(dir, 'aaaa9999', `globalThis.launchTestRuns.answers = [require('./vendor-part.cjs').answer, require('./vendor-part.cjs').answer];`);
    runs.partLoads = 0;
    const cold = launch(bundle, cacheDir, 'with a part');
    expect(runs.answers).toEqual([42, 42]);
    expect(runs.partLoads).toBe(1);
    expect(cold.loaded.scripts().map((s) => [s.file, s.cache])).toEqual([[bundle, 'missing'], [join(dir, 'vendor-part.cjs'), 'missing']]);
    cold.loaded.saveCache();
    expect(readdirSync(cacheDir).sort()).toEqual([`cli-aaaa9999-node${process.versions.node}-${process.arch}.v8`, `vendor-part-9999aaaa-node${process.versions.node}-${process.arch}.v8`]);
    const warm = launch(bundle, cacheDir, 'with a part again');
    expect(warm.loaded.scripts().map((s) => s.cache)).toEqual(['used', 'used']);
  });

  it('saves no code compiled under changed V8 flags (a normal start would reject it), and saves once they are back', () => {
    const bundle = writeBundle(dir, 'abab7777', 'first(1);');
    const file = codeCacheFile(cacheDir, 'cli', 'abab7777');
    const { loaded } = launch(bundle, cacheDir, 'flags changed');
    setFlagsFromString('--allow-natives-syntax');
    try {
      loaded.saveCache();
    } finally {
      setFlagsFromString('--no-allow-natives-syntax');
    }
    expect(() => statSync(file)).toThrow(/ENOENT/);
    loaded.saveCache();
    expect(launch(bundle, cacheDir, 'flags as at start').loaded.cache).toBe('used');
  });
});
