// Bundles tsc's output (dist/) into dist/bundle/: the CLI as one CommonJS script, cli.cjs,
// which bin/tidings.js runs through V8's code cache (src/launch.ts), and the parse worker.
// Resolving and reading ~150 small modules cost ~20 ms of each command, and Node 20 keeps
// no compiled code for ES modules; one script lets V8's cache skip parsing and compiling.
// Modules still run lazily: esbuild turns the program's import() into calls within the file.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinsRequired, noStreamsShim, noTopLevelAwait } from './bundle-plugins.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
rmSync(join(root, 'dist', 'bundle'), { recursive: true, force: true });

const shared = {
  absWorkingDir: root,
  // Users get the production builds of React and friends: the development build's checks
  // and performance marks cost every frame (tests run the sources, in development).
  define: { 'process.env.NODE_ENV': '"production"' },
  bundle: true,
  platform: 'node',
  target: 'node20.19',
  legalComments: 'none',
  logLevel: 'warning',
};

/**
 * The bundle with every character past ASCII written as a \\u escape. esbuild escapes them in
 * strings but not in regular expressions; V8 keeps an ASCII source as one byte a character,
 * and Node reads it ~3x faster. An escape means the same code unit in a pattern, u flag or
 * not, except right after a backslash: that would change the pattern, so the build stops.
 */
function asciiOnly(text) {
  const escaped = /\\[\u0080-\uffff]/.exec(text);
  if (escaped) throw new Error(`the bundle escapes a non-ASCII character: ${escaped[0]}`);
  return text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const cli = join(root, 'dist', 'bundle', 'cli.cjs');
const { metafile } = await build({
  ...shared,
  // Paths built from import.meta.url (editions/, the worker script) resolve from the bundle,
  // two levels below the repository like dist/<dir>/*.js.
  define: { ...shared.define, 'import.meta.url': 'importMetaUrl' },
  inject: ['scripts/import-meta-url.mjs'],
  entryPoints: ['dist/cli.js'],
  outfile: cli,
  format: 'cjs',
  metafile: true,
  // No comments or indentation: less text to read and hash at every start.
  minifyWhitespace: true,
  plugins: [noStreamsShim, noTopLevelAwait, builtinsRequired],
  // Ink loads React DevTools only when DEV is set; it is not a dependency. fetch-blob
  // falls back to the web-streams polyfill only where node:stream/web is missing (never on
  // Node 20); bundled, its 190 KB were parsed on every first request. iconv-lite loads its
  // encoding tables on first use, which a bundle would turn into 550 KB parsed up front.
  // better-sqlite3 is a native addon: it loads its compiled binary from its own package.
  external: ['react-devtools-core', 'web-streams-polyfill', 'web-streams-polyfill/*', 'iconv-lite', 'better-sqlite3'],
});

// vm.Script gives a script no import(): one left for a package outside the bundle would fail.
const dynamicExternal = Object.values(metafile.inputs).flatMap((input) => input.imports)
  .filter((i) => i.kind === 'dynamic-import' && i.external).map((i) => i.path);
if (dynamicExternal.length > 0) throw new Error(`the bundle imports ${dynamicExternal.join(', ')} with import(): bundle it or require it`);

// The build's id, first line of the bundle: src/launch.ts names the code cache after it
// (V8 checks a cache against the source's length only).
const text = asciiOnly(readFileSync(cli, 'utf8'));
writeFileSync(cli, `// tidings-build ${createHash('sha256').update(text).digest('hex').slice(0, 16)}\n${text}`);

// The parse worker as one CommonJS file: a worker that loads an ES module graph spends
// ~25 ms and ~70 ms of CPU more before its first job (the ES loader boots in every thread).
await build({
  ...shared,
  entryPoints: ['dist/services/parse-worker.js'],
  outfile: 'dist/bundle/parse-worker.cjs',
  format: 'cjs',
  external: ['iconv-lite'],
});
