/**
 * Runs the bundle (dist/bundle/cli.cjs, one CommonJS script) with V8's code cache, for every
 * command and the app alike: the first run of a build saves the code V8 compiled for it, and
 * later runs start from that instead of parsing and compiling 2.4 MB again. Node 20 has no
 * compile cache of its own (module.enableCompileCache came in Node 22.1), and vm.Script is
 * the documented way to hand V8 cached data; it takes scripts, not ES modules, hence CJS.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** How a launch used the code cache. */
export type CodeCacheUse = 'used' | 'missing' | 'rejected' | 'off';

/** A bundle compiled and ready to run. */
export interface LoadedBundle {
  /** 'used': V8 took the saved code; 'missing' / 'rejected': it compiled afresh; 'off': no build id, no cache. */
  cache: CodeCacheUse;
  /** The cache file for this build and Node, when caching is on. */
  cacheFile?: string;
  /** Runs the bundle's top level. */
  run(): void;
  /**
   * Saves the code V8 holds for the bundle now (the functions run so far, not just the top
   * level) when the launch had no usable cache, or when a long run (the app) compiled
   * much more than its cache held. Never throws: a cache that cannot be written only means
   * the next start compiles again.
   */
  saveCache(): void;
}

// The first line bundle.mjs writes: a hash of the bundle's text. V8 checks a cache against
// the source's length only, so the file name must tell builds apart.
const BUILD_LINE = /^\/\/ tidings-build ([0-9a-f]{8,64})\n/;
// The wrapper Node's CommonJS loader puts around a module, so the bundle sees the same names.
const WRAP_START = '(function (exports, require, module, __filename, __dirname) { ';
const WRAP_END = '\n});';
// A run this long is not a quick command (the app, a refresh over the network): one more
// serialisation at its exit costs nothing anyone waits for, and covers what the run used
// that the cache's first run did not (the app after a `tidings refresh`, say).
const LONG_RUN_MS = 1000;
// Grown by less than this, the cache is as good as rewritten.
const GROWTH_WORTH_SAVING = 1.1;

/** The cache file of a build for this Node and CPU (V8 rejects a cache of another V8 anyway). */
export function codeCacheFile(cacheDir: string, buildId: string): string {
  return join(cacheDir, `cli-${buildId}-node${process.versions.node}-${process.arch}.v8`);
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes through a temporary file and a rename, so a parallel start never reads half a cache. */
function writeCache(cacheDir: string, file: string, data: Buffer): void {
  mkdirSync(cacheDir, { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, file);
  // Older builds' and Node versions' caches are dead weight once a new one is written.
  for (const name of readdirSync(cacheDir)) {
    if (name.startsWith('cli-') && join(cacheDir, name) !== file && !name.endsWith('.tmp')) rmSync(join(cacheDir, name), { force: true });
  }
}

/**
 * Compiles `bundle` with the cache from `cacheDir` (undefined: no cache) and returns how to
 * run it. `longRunMs` is for tests: a run longer than this may grow the cache at exit.
 */
export function loadBundle(bundle: string, cacheDir: string | undefined, longRunMs = LONG_RUN_MS): LoadedBundle {
  const loadedAt = performance.now();
  const source = readFileSync(bundle, 'utf8');
  const buildId = BUILD_LINE.exec(source)?.[1];
  const cacheFile = buildId && cacheDir ? codeCacheFile(cacheDir, buildId) : undefined;
  const cachedData = cacheFile ? readOrUndefined(cacheFile) : undefined;
  const script = new Script(WRAP_START + source + WRAP_END, { filename: bundle, cachedData });
  const cache: CodeCacheUse = !cacheFile ? 'off' : !cachedData ? 'missing' : script.cachedDataRejected ? 'rejected' : 'used';
  const module = { exports: {} };
  return {
    cache,
    cacheFile,
    run() {
      const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
      wrapper.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
    },
    saveCache() {
      if (!cacheFile || !cacheDir) return;
      if (cache === 'used' && performance.now() - loadedAt < longRunMs) return;
      try {
        const data = script.createCachedData();
        if (cache === 'used' && data.length < cachedData!.length * GROWTH_WORTH_SAVING) return;
        writeCache(cacheDir, cacheFile, data);
      } catch {
        // A read-only or full disk: the next start compiles again, as without a cache.
      }
    },
  };
}
