/**
 * Runs the bundle (dist/bundle/cli.cjs, one CommonJS script, and the vendor-*.cjs parts it
 * requires for the app and the reader) with V8's code cache, for every command and the app
 * alike: the first run of a build saves the code V8 compiled for each script, and later runs
 * start from that instead of parsing and compiling again. Node 20 has no compile cache of
 * its own (module.enableCompileCache came in Node 22.1), and vm.Script is the documented
 * way to hand V8 cached data; it takes scripts, not ES modules, hence CommonJS.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** How a launch used the code cache. */
export type CodeCacheUse = 'used' | 'missing' | 'rejected' | 'off';

/** A script of the launch (the bundle, or a part of it the bundle required) and its cache. */
export interface LaunchedScript {
  file: string;
  /** 'used': V8 took the saved code; 'missing' / 'rejected': it compiled afresh; 'off': no build id or cache directory. */
  cache: CodeCacheUse;
  /** The cache file for this build and Node, when caching is on. */
  cacheFile?: string;
}

/** A bundle compiled and ready to run. */
export interface LoadedBundle extends LaunchedScript {
  /** Runs the bundle's top level. */
  run(): void;
  /** The bundle and the parts it has required so far, in that order. */
  scripts(): LaunchedScript[];
  /**
   * Saves the code V8 holds for each script now (the functions run so far, not just the
   * top level) when the launch had no usable cache for it, or when a long run (the app)
   * compiled much more than its cache held. Not after the run changed V8's flags (see
   * flagProbe). Never throws: a cache that cannot be written only means the next start
   * compiles again.
   */
  saveCache(): void;
}

// The first line bundle.mjs writes: a hash of the script's text. V8 checks a cache against
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
// What the bundle requires that is a script beside it (dist/bundle/vendor-ui.cjs, say).
const SIBLING_SCRIPT = /^\.\/[\w-]+\.cjs$/;

/**
 * The cached data of one tiny script, made at the start: V8 checks a cache against the
 * flags in effect. A run that changes a flag (`refresh` delays tier-up) makes code that a
 * normal start rejects; whether V8 would reject this probe now tells so, by V8's own check
 * and without knowing its layout.
 * The sources differ so that V8's in-memory script cache does not answer instead.
 */
const flagProbe = (): Buffer => new Script('0//start').createCachedData();
const flagsChanged = (probe: Buffer): boolean => new Script('0//later', { cachedData: probe }).cachedDataRejected === true;

/** The cache file of a build of the script `name` for this Node and CPU (V8 rejects another V8's anyway). */
export function codeCacheFile(cacheDir: string, name: string, buildId: string): string {
  return join(cacheDir, `${name}-${buildId}-node${process.versions.node}-${process.arch}.v8`);
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes through a temporary file and a rename, so a parallel start never reads half a cache. */
function writeCache(cacheDir: string, name: string, file: string, data: Buffer): void {
  mkdirSync(cacheDir, { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, file);
  // The script's older builds' and Node versions' caches are dead weight once a new one is written.
  for (const other of readdirSync(cacheDir)) {
    const path = join(cacheDir, other);
    if (path !== file && other.startsWith(`${name}-`) && /^[0-9a-f]+-node/.test(other.slice(name.length + 1)) && other.endsWith('.v8')) rmSync(path, { force: true });
  }
}

interface Compiled extends LaunchedScript {
  script: Script;
  save(longRun: boolean): void;
}

/** Compiles one CommonJS script with its cache from `cacheDir`. */
function compile(file: string, cacheDir: string | undefined): Compiled {
  const name = basename(file, '.cjs');
  const source = readFileSync(file, 'utf8');
  const buildId = BUILD_LINE.exec(source)?.[1];
  const cacheFile = buildId && cacheDir ? codeCacheFile(cacheDir, name, buildId) : undefined;
  const cachedData = cacheFile ? readOrUndefined(cacheFile) : undefined;
  const script = new Script(WRAP_START + source + WRAP_END, { filename: file, cachedData });
  const cache: CodeCacheUse = !cacheFile ? 'off' : !cachedData ? 'missing' : script.cachedDataRejected ? 'rejected' : 'used';
  return {
    file,
    cache,
    cacheFile,
    script,
    save(longRun) {
      if (!cacheFile || !cacheDir || (cache === 'used' && !longRun)) return;
      try {
        const data = script.createCachedData();
        if (cache === 'used' && data.length < cachedData!.length * GROWTH_WORTH_SAVING) return;
        writeCache(cacheDir, name, cacheFile, data);
      } catch {
        // A read-only or full disk: the next start compiles again, as without a cache.
      }
    },
  };
}

/**
 * Compiles `bundle` with the cache from `cacheDir` (undefined: no cache) and returns how to
 * run it. The scripts beside it that it requires (`./vendor-ui.cjs`) load the same way, each
 * with a cache of its own, once. `longRunMs` is for tests: a run longer than this may grow
 * the caches at exit.
 */
export function loadBundle(bundle: string, cacheDir: string | undefined, longRunMs = LONG_RUN_MS): LoadedBundle {
  const loadedAt = performance.now();
  const startFlags = cacheDir ? flagProbe() : undefined;
  const main = compile(bundle, cacheDir);
  const compiled = [main];
  const nodeRequire = createRequire(bundle);
  const siblings = new Map<string, unknown>();
  const execute = (script: Compiled): unknown => {
    const module = { exports: {} };
    const wrapper = script.script.runInThisContext() as (...args: unknown[]) => void;
    wrapper.call(module.exports, module.exports, scriptRequire, module, script.file, dirname(script.file));
    return module.exports;
  };
  const requireSibling = (id: string): unknown => {
    const file = join(dirname(bundle), id);
    if (!siblings.has(file)) {
      const part = compile(file, cacheDir);
      compiled.push(part);
      siblings.set(file, execute(part));
    }
    return siblings.get(file);
  };
  const scriptRequire = Object.assign((id: string) => (SIBLING_SCRIPT.test(id) ? requireSibling(id) : nodeRequire(id)), nodeRequire);
  const describe = ({ file, cache, cacheFile }: Compiled): LaunchedScript => ({ file, cache, ...(cacheFile ? { cacheFile } : {}) });
  return {
    ...describe(main),
    run: () => void execute(main),
    scripts: () => compiled.map(describe),
    saveCache() {
      // Code compiled under other flags than a start has would be rejected at every start,
      // and each start would write it again: keep what is there.
      if (startFlags && flagsChanged(startFlags)) return;
      const longRun = performance.now() - loadedAt >= longRunMs;
      for (const script of compiled) script.save(longRun);
    },
  };
}
