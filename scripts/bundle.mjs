// Bundles tsc's output (dist/) into dist/bundle/: the CLI entry, the parse worker and the
// chunks they load lazily (the app, the reader). Node 20 has no module compile cache, and
// resolving and reading ~150 small modules on every start cost ~20 ms of each command.
// Chunks sit beside the entries, two levels below the repository like dist/<dir>/*.js, so
// paths built from import.meta.url (editions/, the worker script) resolve the same.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Chunk names carry content hashes: clear the old ones out.
rmSync(join(root, 'dist', 'bundle'), { recursive: true, force: true });

// fetch-blob's streams.cjs only makes sure a global ReadableStream exists (and Blob.stream,
// for Node 14). Node 20 has both, but the check reads the lazy global and so loads the whole
// WHATWG streams implementation (~5 ms) with node-fetch; Blob.stream still finds it later.
const noStreamsShim = {
  name: 'no-fetch-blob-streams-shim',
  setup(build) {
    build.onResolve({ filter: /^\.\/streams\.cjs$/ }, (args) =>
      /[\\/]fetch-blob[\\/]/.test(args.importer) ? { path: args.path, namespace: 'empty-shim' } : undefined);
    build.onLoad({ filter: /.*/, namespace: 'empty-shim' }, () => ({ contents: '', loader: 'js' }));
  },
};

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

await build({
  ...shared,
  entryPoints: { cli: 'dist/cli.js' },
  outdir: 'dist/bundle',
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  splitting: true,
  format: 'esm',
  plugins: [noStreamsShim],
  // Ink loads React DevTools only when DEV is set; it is not a dependency. fetch-blob
  // falls back to the web-streams polyfill only where node:stream/web is missing (never on
  // Node 20); bundled, its 190 KB were parsed on every first request. iconv-lite loads its
  // encoding tables on first use, which a bundle would turn into 550 KB parsed up front.
  // better-sqlite3 is a native addon: it loads its compiled binary from its own package.
  external: ['react-devtools-core', 'web-streams-polyfill', 'web-streams-polyfill/*', 'iconv-lite', 'better-sqlite3'],
  // CommonJS dependencies (commander, iconv-lite) call require() for Node's modules.
  banner: { js: "import { createRequire as __tidingsRequire } from 'node:module'; const require = __tidingsRequire(import.meta.url);" },
});

// The parse worker as one CommonJS file: a worker that loads an ES module graph spends
// ~25 ms and ~70 ms of CPU more before its first job (the ES loader boots in every thread).
await build({
  ...shared,
  entryPoints: ['dist/services/parse-worker.js'],
  outfile: 'dist/bundle/parse-worker.cjs',
  format: 'cjs',
  external: ['iconv-lite'],
});
