// Bundles tsc's output (dist/) into dist/bundle/ as CommonJS scripts, which bin/tidings.js
// runs through V8's code cache (src/launch.ts): cli.cjs, the commands and the app's own
// code; vendor-ui.cjs (React, Ink) and vendor-reader.cjs (linkedom, Readability), which it
// requires only when it needs them; and the parse worker. Node 20 keeps no compiled code
// for ES modules, and resolving and reading ~150 of them cost ~20 ms of each command.
// Modules still run lazily: esbuild turns the program's import() into calls within the file.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinsRequired, fromVendorParts, noStreamsShim, noTopLevelAwait, stringWidthOnFirstCall } from './bundle-plugins.mjs';

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

// The external packages of each part; the app's and the reader's libraries are most of the
// code (ink and React ~600 KB, linkedom ~500 KB), and most commands use neither.
// Each part's entry (scripts/vendor/) exports those packages under their names.
const VENDOR_PARTS = {
  ui: ['react', 'react/jsx-runtime', 'ink'],
  reader: ['linkedom/worker', '@mozilla/readability'],
};
const VENDOR_ENTRIES = { ui: 'scripts/vendor/ui.cjs', reader: 'scripts/vendor/reader.mjs' };
// Ink loads React DevTools only when DEV is set; it is not a dependency. fetch-blob
// falls back to the web-streams polyfill only where node:stream/web is missing (never on
// Node 20); bundled, its 190 KB were parsed on every first request. iconv-lite loads its
// encoding tables on first use, which a bundle would turn into 550 KB parsed up front.
// better-sqlite3 is a native addon: it loads its compiled binary from its own package.
const external = ['react-devtools-core', 'web-streams-polyfill', 'web-streams-polyfill/*', 'iconv-lite', 'better-sqlite3'];

/** Bundles `entry` into the CommonJS script `name` in dist/bundle, as src/launch.ts runs it. */
async function bundleScript(entry, name, plugins = []) {
  const outfile = join(root, 'dist', 'bundle', name);
  const { metafile } = await build({
    ...shared,
    // Paths built from import.meta.url (editions/, the worker script) resolve from the
    // bundle, two levels below the repository like dist/<dir>/*.js.
    define: { ...shared.define, 'import.meta.url': 'importMetaUrl' },
    inject: ['scripts/import-meta-url.mjs'],
    entryPoints: [entry],
    outfile,
    format: 'cjs',
    metafile: true,
    // No comments or indentation: less text to read at every start.
    minifyWhitespace: true,
    plugins: [noStreamsShim, noTopLevelAwait, builtinsRequired, stringWidthOnFirstCall, ...plugins],
    external,
  });
  // vm.Script gives a script no import(): one left for a package outside it would fail.
  const dynamicExternal = Object.values(metafile.inputs).flatMap((input) => input.imports)
    .filter((i) => i.kind === 'dynamic-import' && i.external).map((i) => i.path);
  if (dynamicExternal.length > 0) throw new Error(`${name} imports ${dynamicExternal.join(', ')} with import(): bundle it or require it`);
  // The build's id, first line of the script: src/launch.ts names the code cache after it
  // (V8 checks a cache against the source's length only).
  const text = asciiOnly(readFileSync(outfile, 'utf8'));
  writeFileSync(outfile, `// tidings-build ${createHash('sha256').update(text).digest('hex').slice(0, 16)}\n${text}`);
  return metafile;
}

const cli = await bundleScript('dist/cli.js', 'cli.cjs', [fromVendorParts(VENDOR_PARTS)]);
for (const [part, entry] of Object.entries(VENDOR_ENTRIES)) await bundleScript(entry, `vendor-${part}.cjs`);
// A package of a part bundled into the CLI too would be a second copy (two Reacts break hooks).
const strays = Object.keys(cli.inputs).filter((p) => /node_modules[\\/](react|ink|linkedom|@mozilla[\\/]readability)[\\/]/.test(p));
if (strays.length > 0) throw new Error(`cli.cjs bundles what a vendor part holds: ${strays.slice(0, 3).join(', ')}`);

// The parse worker as one CommonJS file: a worker that loads an ES module graph spends
// ~25 ms and ~70 ms of CPU more before its first job (the ES loader boots in every thread).
await build({
  ...shared,
  entryPoints: ['dist/services/parse-worker.js'],
  outfile: 'dist/bundle/parse-worker.cjs',
  format: 'cjs',
  external: ['iconv-lite'],
  plugins: [stringWidthOnFirstCall],
});
