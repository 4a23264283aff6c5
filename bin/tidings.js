#!/usr/bin/env node
// The tidings command, plain Node on every platform. It runs the bundle through V8's code
// cache (src/launch.ts), kept in tidings' cache directory (TIDINGS_HOME/cache/code, else
// XDG_CACHE_HOME/tidings/code or ~/.cache/tidings/code; --home does not move it).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBundle } from '../dist/launch.js';
import { resolvePaths } from '../dist/services/paths.js';

const bundle = loadBundle(fileURLToPath(new URL('../dist/bundle/cli.cjs', import.meta.url)), join(resolvePaths(process.env).cache, 'code'));
// At exit the cache holds every function the run compiled, not just the top level.
process.once('exit', () => bundle.saveCache());
bundle.run();
